/** The kiosk's own voice: one utterance at a time, the newest cutting the last, screens' readings cut with their screen. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../bridge/contract.js';
import type { Speaker } from '../../devices/speech/speaker.js';
import { MemoryLogger } from '../../runtime/log.js';
import { KioskVoice } from '../../runtime/speech/kiosk-voice.js';
import { type Harness, settle, startHarness } from '../helpers/kiosk-harness.js';
import { walkToMenu } from '../helpers/walks.js';

/** A speaker whose utterances last until the test ends them (or they are aborted, as espeak-ng is killed). */
class HeldSpeaker implements Speaker {
  readonly locales: readonly Locale[] = ['vi'];
  readonly started: string[] = [];
  readonly aborted: string[] = [];
  private readonly finishers = new Map<string, () => void>();

  speak(text: string, _locale: Locale, signal?: AbortSignal): Promise<void> {
    this.started.push(text);
    return new Promise((resolve, reject) => {
      this.finishers.set(text, resolve);
      signal?.addEventListener('abort', () => {
        this.aborted.push(text);
        reject(signal.reason);
      });
    });
  }

  finish(text: string): void {
    this.finishers.get(text)?.();
  }

  async close(): Promise<void> {}
}

describe('KioskVoice', () => {
  it('says one thing at a time: a new utterance cuts the one being said, and the view shows what is said now', async () => {
    const speaker = new HeldSpeaker();
    const voice = new KioskVoice(speaker, new MemoryLogger());
    const first = voice.say('Xin chào', 'vi', 'line');
    expect(voice.view()).toEqual({ locales: ['vi'], speaking: { text: 'Xin chào', locale: 'vi' } });
    const second = voice.say('Mời chọn dịch vụ', 'vi', 'screen');
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(speaker.aborted).toEqual(['Xin chào']);
    expect(voice.view().speaking?.text).toBe('Mời chọn dịch vụ');
    speaker.finish('Mời chọn dịch vụ');
    await second;
    expect(voice.view().speaking).toBeNull();
  });

  it("stop('screen') cuts a screen's reading but lets a line of the kiosk's own run on", async () => {
    const speaker = new HeldSpeaker();
    const voice = new KioskVoice(speaker, new MemoryLogger());
    const line = voice.say('Đây là quầy 3', 'vi', 'line');
    voice.stop('screen');
    expect(speaker.aborted).toEqual([]);
    speaker.finish('Đây là quầy 3');
    await line;
    const reading = voice.say('Màn hình chính', 'vi', 'screen');
    voice.stop('screen');
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("an aborted caller's signal cuts only its own utterance", async () => {
    const speaker = new HeldSpeaker();
    const voice = new KioskVoice(speaker, new MemoryLogger());
    const caller = new AbortController();
    const greeting = voice.say('Xin chào', 'vi', 'line', caller.signal);
    caller.abort();
    await expect(greeting).rejects.toBeDefined();
    expect(voice.view().speaking).toBeNull();
  });

  it('sayAndForget logs a failing device and throws nothing', async () => {
    const logger = new MemoryLogger();
    const failing: Speaker = { locales: ['vi'], speak: () => Promise.reject(new Error('no sound card')), close: async () => {} };
    new KioskVoice(failing, logger).sayAndForget('Xin chào', 'vi', 'screen');
    await settle();
    expect(logger.lines.some((line) => line.includes('no sound card'))).toBe(true);
  });
});

describe('reading aloud through the runtime', () => {
  let kiosk: Harness;
  afterEach(async () => kiosk?.close());

  it('ui.readAloud speaks the text in its language through the speech device', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToMenu());
    kiosk.devices.speaker.spoken.length = 0;
    await kiosk.send({ type: 'ui.readAloud', text: 'Mời chọn một trong ba việc', locale: 'vi' });
    await settle();
    expect(kiosk.devices.speaker.spoken).toEqual([{ text: 'Mời chọn một trong ba việc', locale: 'vi' }]);
    expect(kiosk.runtime.currentView().voice.locales).toEqual(['vi', 'en']);
  });

  it('refuses a reading that is empty or too long, and says nothing', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToMenu());
    kiosk.devices.speaker.spoken.length = 0;
    expect(kiosk.runtime.dispatch({ type: 'ui.readAloud', text: '   ', locale: 'vi' })).toMatchObject({ ok: false });
    expect(kiosk.runtime.dispatch({ type: 'ui.readAloud', text: 'a'.repeat(5000), locale: 'vi' })).toMatchObject({ ok: false });
    expect(kiosk.runtime.dispatch({ type: 'ui.readAloud', text: 'Xin chào', locale: 'fr' })).toMatchObject({ ok: false });
    await settle();
    expect(kiosk.devices.speaker.spoken).toEqual([]);
  });
});
