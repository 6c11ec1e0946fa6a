/**
 * The real espeak-ng (`apt-get install espeak-ng`): the Vietnamese voice exists and speaks with the
 * speaker's own arguments. Into a WAV file rather than the sound card, which CI machines lack.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EspeakSpeaker, espeakArgs } from '../../devices/speech/espeak-speaker.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'espeak-hil-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Speaks `text` as EspeakSpeaker would, into a WAV file; returns the file's bytes. */
async function speakToWav(text: string, voice: string, wordsPerMinute: number): Promise<Buffer> {
  const path = join(dir, `${voice}-${wordsPerMinute}.wav`);
  const child = spawn('espeak-ng', [...espeakArgs(voice, wordsPerMinute), '-w', path], { stdio: ['pipe', 'ignore', 'inherit'] });
  child.stdin.end(text);
  const code = await new Promise((resolve, reject) => child.once('error', reject).once('close', resolve));
  expect(code).toBe(0);
  return readFile(path);
}

/** Seconds of sound in a RIFF/WAVE file, from its header. */
function wavSeconds(wav: Buffer): number {
  expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
  expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
  expect(wav.toString('ascii', 36, 40)).toBe('data');
  const bytesPerSecond = wav.readUInt32LE(28);
  return wav.readUInt32LE(40) / bytesPerSecond;
}

const SENTENCE = 'Xin mời ông bà lấy số thứ tự và chờ đến lượt tại quầy số ba.';

describe('espeak-ng, the real one', () => {
  it('speaks a Vietnamese sentence with the vi voice for as long as a sentence takes', async () => {
    const seconds = wavSeconds(await speakToWav(SENTENCE, 'vi', 150));
    // 15 words at 150 a minute: about six seconds.
    expect(seconds).toBeGreaterThan(3);
    expect(seconds).toBeLessThan(12);
  });

  it('honours the rate: the same sentence is much shorter at 300 words a minute', async () => {
    const slow = wavSeconds(await speakToWav(SENTENCE, 'vi', 120));
    const fast = wavSeconds(await speakToWav(SENTENCE, 'vi', 300));
    expect(fast).toBeLessThan(slow * 0.7);
  });

  it('the speaker finds it at start, and passes on what espeak-ng says about a voice it lacks', async () => {
    // Not "no-such-voice": espeak-ng reads that as Norwegian with a variant.
    const speaker = new EspeakSpeaker({ voices: { vi: 'nosuchvoice', en: 'en' }, wordsPerMinute: 150 });
    try {
      await vi.waitFor(() => expect(speaker.health()).toMatchObject({ state: 'ready', reason: null }));
      await expect(speaker.speak('Xin chào', 'vi')).rejects.toThrow(/espeak-ng exited with code 1: .*voice does not exist.*\(speaking 8 characters in vi\)/);
      expect(speaker.health()).toMatchObject({ state: 'fault', reason: 'failed' });
    } finally {
      await speaker.close();
    }
  });

  // A machine with a sound card would speak aloud instead: there the kiosk's own ears are the test.
  it.skipIf(existsSync('/dev/snd'))('with no sound card, the speaker says it played nothing instead of pretending', async () => {
    const speaker = new EspeakSpeaker({ voices: { vi: 'vi', en: 'en' }, wordsPerMinute: 150 });
    try {
      await expect(speaker.speak('Xin chào', 'vi')).rejects.toThrow(/espeak-ng played nothing: error: /);
      expect(speaker.health()).toMatchObject({ state: 'fault', reason: 'noSound' });
    } finally {
      await speaker.close();
    }
  });
});
