import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devicesSchema } from '../../domain/config/schema.js';
import { EspeakSpeaker, SpeechError, espeakArgs } from '../../devices/speech/espeak-speaker.js';
import { deviceAlertMessage } from '../../runtime/device-alerts.js';
import { closeDevices, createDevices, monitoredDevices } from '../../runtime/devices.js';

/**
 * A stand-in for espeak-ng: answers --version, records every other call's arguments and stdin, and
 * behaves by the text it is given (fail..., slow..., pause..., mute...).
 */
const FAKE_ESPEAK = `#!/bin/sh
[ "$1" = --version ] && { echo "eSpeak NG text-to-speech: fake"; exit 0; }
text=$(cat)
{ printf 'call'; for a in "$@"; do printf ' [%s]' "$a"; done; printf ' stdin=[%s]\\n' "$text"; } >> "$(dirname "$0")/calls"
case "$text" in
  fail*) echo "Failed to read voice 'xx'" >&2; exit 1 ;;
  slow*) echo $$ > "$(dirname "$0")/pid"; exec sleep 30 ;;
  pause*) sleep 0.4 ;;
  mute*) echo "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default" >&2; echo "error: No such file or directory" >&2 ;;
esac
`;

const dirs: string[] = [];
const speakers: EspeakSpeaker[] = [];

async function fakeSpeaker(options: { command?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'fake-espeak-'));
  dirs.push(dir);
  const command = join(dir, 'espeak-ng');
  await writeFile(command, FAKE_ESPEAK);
  await chmod(command, 0o755);
  const speaker = new EspeakSpeaker({ voices: { vi: 'vi', en: 'en-gb' }, wordsPerMinute: 140, command: options.command ?? command });
  speakers.push(speaker);
  const calls = async () => (await readFile(join(dir, 'calls'), 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { speaker, calls, dir };
}

afterEach(async () => {
  await Promise.all(speakers.splice(0).map((speaker) => speaker.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('EspeakSpeaker', () => {
  it('checks espeak-ng at start and reports ready', async () => {
    const { speaker } = await fakeSpeaker();
    expect(speaker.health()).toMatchObject({ kind: 'speech', adapter: 'espeak', state: 'connecting' });
    await vi.waitFor(() => expect(speaker.health()).toMatchObject({ state: 'ready', reason: null }));
  });

  it('speaks each language with its own voice, the rate, and the text on stdin', async () => {
    const { speaker, calls } = await fakeSpeaker();
    await speaker.speak('Xin chào ông/bà', 'vi');
    await speaker.speak('Welcome', 'en');
    expect(await calls()).toEqual([
      'call [-v] [vi] [-s] [140] [-b] [1] [--stdin] stdin=[Xin chào ông/bà]',
      'call [-v] [en-gb] [-s] [140] [-b] [1] [--stdin] stdin=[Welcome]',
    ]);
  });

  it('never reads the text as options, even when it starts with a dash', async () => {
    const { speaker, calls } = await fakeSpeaker();
    await speaker.speak('--version -w /tmp/x.wav', 'vi');
    expect(await calls()).toEqual(['call [-v] [vi] [-s] [140] [-b] [1] [--stdin] stdin=[--version -w /tmp/x.wav]']);
  });

  it('speaks one utterance at a time: the next waits for the one playing', async () => {
    const { speaker, calls } = await fakeSpeaker();
    const first = speaker.speak('pause one', 'vi');
    const second = speaker.speak('two', 'en');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await calls()).toHaveLength(1);
    await Promise.all([first, second]);
    expect((await calls()).map((line) => line.replace(/.*stdin=/, ''))).toEqual(['[pause one]', '[two]']);
  });

  it('kills espeak-ng when the utterance is aborted, and the next one still plays', async () => {
    const { speaker, calls, dir } = await fakeSpeaker();
    const controller = new AbortController();
    const speaking = speaker.speak('slow sentence', 'vi', controller.signal);
    const pid = Number(await vi.waitFor(async () => (await readFile(join(dir, 'pid'), 'utf8')).trim()));
    controller.abort(new Error('session moved on'));
    await expect(speaking).rejects.toThrow('session moved on');
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    await speaker.speak('after', 'en');
    expect(await calls()).toHaveLength(2);
    expect(speaker.health().state).toBe('ready');
  });

  it('does not start an utterance already aborted while it waited its turn', async () => {
    const { speaker, calls } = await fakeSpeaker();
    const controller = new AbortController();
    const first = speaker.speak('pause', 'vi');
    const second = speaker.speak('never heard', 'vi', controller.signal);
    controller.abort(new Error('gone'));
    await expect(second).rejects.toThrow('gone');
    await first;
    expect(await calls()).toHaveLength(1);
  });

  it('without espeak-ng: fault "notInstalled" at start and a clear rejection', async () => {
    const { speaker } = await fakeSpeaker({ command: '/nonexistent/espeak-ng' });
    await vi.waitFor(() => expect(speaker.health()).toMatchObject({ state: 'fault', reason: 'notInstalled' }));
    const speaking = speaker.speak('Xin chào', 'vi');
    await expect(speaking).rejects.toBeInstanceOf(SpeechError);
    await expect(speaking).rejects.toThrow(/not installed \(apt-get install espeak-ng\)/);
     expect(deviceAlertMessage(speaker.health())).toBe('Loa: chưa cài espeak-ng.');
  });

  it('a non-zero exit rejects with what espeak-ng said (never the text), faults the device, and a later success clears it', async () => {
    const { speaker } = await fakeSpeaker();
    await vi.waitFor(() => expect(speaker.health().state).toBe('ready'));
    const speaking = speaker.speak('fail Nguyễn Văn A', 'vi');
    await expect(speaking).rejects.toThrow("exited with code 1: Failed to read voice 'xx' (speaking 17 characters in vi)");
    await expect(speaking).rejects.not.toThrow(/Nguyễn/);
    expect(speaker.health()).toMatchObject({ state: 'fault', reason: 'failed', lastError: expect.stringContaining('code 1') });
    expect(deviceAlertMessage(speaker.health())).toBe('Loa: không phát được tiếng.');
    await speaker.speak('fine', 'vi');
    expect(speaker.health()).toMatchObject({ state: 'ready', reason: null, lastError: null });
  });

  it('with no sound output (espeak-ng complains yet exits 0) rejects and faults "noSound"', async () => {
    const { speaker } = await fakeSpeaker();
    await expect(speaker.speak('mute', 'vi')).rejects.toThrow('played nothing: error: No such file or directory (speaking 4 characters in vi)');
    expect(speaker.health()).toMatchObject({ state: 'fault', reason: 'noSound' });
    expect(deviceAlertMessage(speaker.health())).toBe('Loa: không ra tiếng, kiểm tra loa và âm lượng.');
  });

  it('close stops what is playing and refuses later utterances', async () => {
    const { speaker, dir } = await fakeSpeaker();
    const speaking = speaker.speak('slow', 'vi');
    await vi.waitFor(() => readFile(join(dir, 'pid'), 'utf8'));
    await speaker.close();
    await expect(speaking).rejects.toThrow('speaker closed');
    await expect(speaker.speak('later', 'vi')).rejects.toThrow('speaker closed');
  });

  it('builds its arguments with the voice and rate only', () => {
    expect(espeakArgs('vi-vn-x-south', 160)).toEqual(['-v', 'vi-vn-x-south', '-s', '160', '-b', '1', '--stdin']);
  });
});

describe('devices.speech config', () => {
  it('espeak defaults to the vi and en voices at 150 words a minute', () => {
    expect(devicesSchema.parse({ speech: { kind: 'espeak' } }).speech).toEqual({ kind: 'espeak', voiceVi: 'vi', voiceEn: 'en', wordsPerMinute: 150 });
  });

  it('refuses a voice that could pass for an option, and a rate espeak-ng does not have', () => {
    expect(devicesSchema.safeParse({ speech: { kind: 'espeak', voiceVi: '-w' } }).success).toBe(false);
    expect(devicesSchema.safeParse({ speech: { kind: 'espeak', wordsPerMinute: 20 } }).success).toBe(false);
  });

  it('is built as the espeak speaker and watched like the other devices', async () => {
    const devices = createDevices(devicesSchema.parse({ speech: { kind: 'espeak' } }));
    try {
      expect(devices.speaker).toBeInstanceOf(EspeakSpeaker);
      expect(monitoredDevices(devices)).toContain(devices.speaker);
    } finally {
      await closeDevices(devices);
    }
  });
});
