/** The page's voice (renderer/speech/page-voice.ts): the browser's own where it has the language, else the kiosk's, else none. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskUiEvent, Locale } from '../../bridge/contract.js';
import { PageVoice, readingVoice } from '../../renderer/speech/page-voice.js';

/** What the page handed the browser to say. */
class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function voice(lang: string, localService = true): SpeechSynthesisVoice {
  return { lang, localService, name: lang, voiceURI: lang, default: false } as SpeechSynthesisVoice;
}

/** A browser's speech synthesis with these voices, recording what it was asked to say. */
function fakeSynthesis(voices: SpeechSynthesisVoice[]) {
  const spoken: FakeUtterance[] = [];
  let cancels = 0;
  const synthesis = {
    getVoices: () => voices,
    speak: (utterance: FakeUtterance) => spoken.push(utterance),
    cancel: () => {
      cancels += 1;
    },
  } as unknown as SpeechSynthesis;
  return { synthesis, spoken, cancels: () => cancels };
}

beforeEach(() => vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance));
afterEach(() => vi.unstubAllGlobals());

function pageVoice(synthesis: SpeechSynthesis | null) {
  const sent: KioskUiEvent[] = [];
  const readingChanges: boolean[] = [];
  const voiceOfPage = new PageVoice({ synthesis, send: (event) => sent.push(event), onPageReading: (reading) => readingChanges.push(reading) });
  return { voice: voiceOfPage, sent, readingChanges };
}

const KIOSK_SPEAKS: Locale[] = ['vi', 'en'];

describe('readingVoice', () => {
  it('prefers the browser voice for the language, then the kiosk, then none', () => {
    const { synthesis } = fakeSynthesis([voice('vi-VN')]);
    expect(readingVoice(synthesis, KIOSK_SPEAKS, 'vi')).toBe('page');
    expect(readingVoice(synthesis, KIOSK_SPEAKS, 'en')).toBe('kiosk');
    expect(readingVoice(synthesis, ['vi'], 'en')).toBe('none');
    expect(readingVoice(null, [], 'vi')).toBe('none');
  });
});

describe('PageVoice', () => {
  it('speaks in the page with a Vietnamese voice, and tells the kiosk nothing', async () => {
    const fake = fakeSynthesis([voice('en-US'), voice('vi-VN')]);
    const { voice: page, sent, readingChanges } = pageVoice(fake.synthesis);
    expect(page.read('Mời ông/bà chọn việc cần làm.', 'vi', KIOSK_SPEAKS)).toBe('page');
    expect(fake.spoken.map(({ text, lang }) => ({ text, lang }))).toEqual([{ text: 'Mời ông/bà chọn việc cần làm.', lang: 'vi-VN' }]);
    expect(sent).toEqual([]);
    expect(readingChanges).toEqual([true]);
    fake.spoken[0]?.onend?.();
    await vi.waitFor(() => expect(readingChanges).toEqual([true, false]));
  });

  it('cuts the kiosk voice talking (the greeting) when the page speaks itself', () => {
    const fake = fakeSynthesis([voice('vi_VN')]);
    const { voice: page, sent } = pageVoice(fake.synthesis);
    page.read('Xin chào!', 'vi', KIOSK_SPEAKS, true);
    expect(sent).toEqual([{ type: 'ui.stopReading' }]);
    expect(fake.spoken).toHaveLength(1);
  });

  it('asks the kiosk to read when the page has no voice for the language', () => {
    const fake = fakeSynthesis([voice('en-GB')]);
    const { voice: page, sent } = pageVoice(fake.synthesis);
    expect(page.read('Mời ông/bà chọn việc cần làm.', 'vi', KIOSK_SPEAKS)).toBe('kiosk');
    expect(fake.spoken).toEqual([]);
    expect(sent).toEqual([{ type: 'ui.readAloud', text: 'Mời ông/bà chọn việc cần làm.', locale: 'vi' }]);
    expect(page.kioskReads({ text: 'Mời ông/bà chọn việc cần làm.' })).toBe(true);
    expect(page.kioskReads({ text: 'Xin chào!' })).toBe(false);
    expect(page.kioskReads(null)).toBe(false);
  });

  it('without speechSynthesis at all, the kiosk reads; with neither, nobody does and nothing is sent', () => {
    const withKiosk = pageVoice(null);
    expect(withKiosk.voice.read('Xin chào!', 'vi', KIOSK_SPEAKS)).toBe('kiosk');
    expect(withKiosk.sent).toHaveLength(1);
    const silent = pageVoice(fakeSynthesis([]).synthesis);
    expect(silent.voice.read('Xin chào!', 'vi', [])).toBe('none');
    expect(silent.sent).toEqual([]);
  });

  it('stops: the page voice by cancelling, the kiosk voice by ui.stopReading only when it reads for the page', () => {
    const fake = fakeSynthesis([voice('vi-VN')]);
    const { voice: page, sent, readingChanges } = pageVoice(fake.synthesis);
    page.read('Một.', 'vi', KIOSK_SPEAKS);
    page.stop(false);
    expect(fake.cancels()).toBe(1);
    expect(readingChanges).toEqual([true, false]);
    expect(sent).toEqual([]);
    page.stop(true);
    expect(sent).toEqual([{ type: 'ui.stopReading' }]);
  });

  it('leaving the screen cuts only the page voice, and a new reading cuts the last', () => {
    const fake = fakeSynthesis([voice('vi-VN')]);
    const { voice: page, sent } = pageVoice(fake.synthesis);
    page.stopPage();
    expect(fake.cancels()).toBe(0);
    page.read('Một.', 'vi', KIOSK_SPEAKS);
    page.read('Hai.', 'vi', KIOSK_SPEAKS);
    expect(fake.cancels()).toBe(1);
    page.stopPage();
    expect(fake.cancels()).toBe(2);
    expect(fake.spoken.map(({ text }) => text)).toEqual(['Một.', 'Hai.']);
    expect(sent).toEqual([]);
  });
});
