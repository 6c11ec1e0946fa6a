import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../bridge/contract.js';
import type { BoardCall } from '../../bridge/queue-protocol.js';
import { type Announcement, Announcer, type Chime, type Speech } from '../../renderer/board/announcer.js';
import { shownSentence, spokenNumber, spokenSentence } from '../../renderer/board/call-sentence.js';

interface Heard {
  what: string;
  start: number;
  end: number | null;
}

/** A chime that takes `ms` to sound, and remembers when it did. */
function recordingChime(log: Heard[], ms = 1_000): Chime {
  return {
    play() {
      const heard: Heard = { what: 'chime', start: Date.now(), end: null };
      log.push(heard);
      return new Promise((resolve) =>
        setTimeout(() => {
          heard.end = Date.now();
          resolve();
        }, ms),
      );
    },
  };
}

/** A voice that takes `ms` per sentence (never ends when `ms` is null), or is missing for some locales. */
function recordingSpeech(log: Heard[], ms: number | null = 3_000, voices: Locale[] = ['vi', 'en']): Speech & { cancelled: string[] } {
  const cancelled: string[] = [];
  return {
    cancelled,
    speak(text, locale) {
      if (!voices.includes(locale)) return null;
      const heard: Heard = { what: text, start: Date.now(), end: null };
      log.push(heard);
      const done = new Promise<void>((resolve) => {
        if (ms !== null)
          setTimeout(() => {
            heard.end = Date.now();
            resolve();
          }, ms);
      });
      return {
        done,
        cancel() {
          heard.end = Date.now();
          cancelled.push(text);
        },
      };
    },
  };
}

let nextCallId = 1;
function call(number: string, counter: number, kind: BoardCall['kind'] = 'call', callId = nextCallId++): BoardCall {
  return { callId, number, counter, serviceId: 'civil', priority: null, kind, at: Date.now() };
}

function announcerWith(options: { locale?: Locale; speech: Speech; chime: Chime; shown?: Array<Announcement | null> }): Announcer {
  return new Announcer({
    locale: options.locale ?? 'vi',
    speech: options.speech,
    chime: options.chime,
    utteranceTimeoutMs: 10_000,
    minShowMs: 4_000,
    onChange: (current) => options.shown?.push(current),
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('call sentences', () => {
  it('shows the number as printed and spells it out, digit by digit, for the voice', () => {
    const a023 = { number: 'A023', counter: 3, kind: 'call' as const };
    expect(shownSentence(a023, 'vi')).toBe('Mời số A023 đến quầy số 3');
    expect(spokenSentence(a023, 'vi')).toBe('Mời số a, không, hai, ba, đến quầy số 3');
    expect(shownSentence(a023, 'en')).toBe('Ticket A023, please go to counter 3');
    expect(spokenSentence(a023, 'en')).toBe('Ticket A, zero, two, three, please go to counter 3');
  });

  it('names letters in Vietnamese so a voice does not read them in English', () => {
    expect(spokenNumber('B105', 'vi')).toBe('bê, một, không, năm');
    expect(spokenNumber('X009', 'vi')).toBe('ích xì, không, không, chín');
  });

  it('prefixes a recall', () => {
    expect(shownSentence({ number: 'C007', counter: 12, kind: 'recall' }, 'vi')).toBe('Nhắc lại: Mời số C007 đến quầy số 12');
    expect(shownSentence({ number: 'C007', counter: 12, kind: 'recall' }, 'en')).toBe('Repeat: Ticket C007, please go to counter 12');
  });
});

describe('Announcer', () => {
  it('says two calls that arrive together one after the other, each after its chime, never overlapping', async () => {
    const log: Heard[] = [];
    const announcer = announcerWith({ speech: recordingSpeech(log), chime: recordingChime(log) });
    announcer.announce(call('A001', 1));
    announcer.announce(call('B002', 2));
    await vi.advanceTimersByTimeAsync(20_000);

    expect(log.map((heard) => heard.what)).toEqual([
      'chime',
      'Mời số a, không, không, một, đến quầy số 1',
      'chime',
      'Mời số bê, không, không, hai, đến quầy số 2',
    ]);
    for (let i = 1; i < log.length; i++) {
      const previousEnd = log[i - 1]?.end;
      expect(previousEnd).not.toBeNull();
      expect(log[i]?.start).toBeGreaterThanOrEqual(previousEnd ?? Infinity);
    }
  });

  it('announces a recall again, prefixed, in the board language', async () => {
    const log: Heard[] = [];
    const announcer = announcerWith({ locale: 'en', speech: recordingSpeech(log), chime: recordingChime(log) });
    announcer.announce(call('A023', 3));
    await vi.advanceTimersByTimeAsync(10_000);
    announcer.announce(call('A023', 3, 'recall'));
    await vi.advanceTimersByTimeAsync(10_000);

    expect(log.filter((heard) => heard.what !== 'chime').map((heard) => heard.what)).toEqual([
      'Ticket A, zero, two, three, please go to counter 3',
      'Repeat: Ticket A, zero, two, three, please go to counter 3',
    ]);
    expect(log.filter((heard) => heard.what === 'chime')).toHaveLength(2);
  });

  it('ignores a call it has already announced (a reconnect resends it)', async () => {
    const log: Heard[] = [];
    const announcer = announcerWith({ speech: recordingSpeech(log), chime: recordingChime(log) });
    const first = call('A005', 2);
    expect(announcer.announce(first)).toBe(true);
    expect(announcer.announce({ ...first })).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(announcer.announce({ ...first })).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);

    expect(log.filter((heard) => heard.what !== 'chime')).toHaveLength(1);
  });

  it('cuts a voice that never finishes after the timeout and moves on', async () => {
    const log: Heard[] = [];
    const speech = recordingSpeech(log, null);
    const announcer = announcerWith({ speech, chime: recordingChime(log) });
    announcer.announce(call('A001', 1));
    announcer.announce(call('A002', 4));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(log.map((heard) => heard.what)).toEqual(['chime', 'Mời số a, không, không, một, đến quầy số 1']);

    await vi.advanceTimersByTimeAsync(3_000);
    expect(speech.cancelled).toEqual(['Mời số a, không, không, một, đến quầy số 1']);
    const second = log.find((heard) => heard.what.startsWith('Mời số a, không, không, hai'));
    // Chime (1 s) + the 10 s timeout: the second call starts with its chime right after the cut.
    expect(second?.start).toBe(1_000_000 + 1_000 + 10_000 + 1_000);
  });

  it('with no voice for the language still shows each call and chimes, one after the other', async () => {
    const log: Heard[] = [];
    const shown: Array<Announcement | null> = [];
    const announcer = announcerWith({ speech: recordingSpeech(log, 3_000, ['en']), chime: recordingChime(log), shown });
    announcer.announce(call('A001', 1));
    announcer.announce(call('A002', 2));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(shown.map((current) => current?.text ?? null)).toEqual(['Mời số A001 đến quầy số 1']);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(shown.map((current) => current?.text ?? null)).toEqual(['Mời số A001 đến quầy số 1', 'Mời số A002 đến quầy số 2', null]);
    expect(log.map((heard) => heard.what)).toEqual(['chime', 'chime']);
    // Each stays on screen for the minimum time, so the second chime comes 4 s after the first.
    expect(log[1]?.start).toBe(1_000_000 + 4_000);
  });

  it('keeps going when the chime or the voice throws', async () => {
    const shown: Array<Announcement | null> = [];
    const problems: string[] = [];
    const announcer = new Announcer({
      locale: 'vi',
      speech: {
        speak() {
          throw new Error('synthesis unavailable');
        },
      },
      chime: { play: () => Promise.reject(new Error('audio device gone')) },
      minShowMs: 1_000,
      onChange: (current) => shown.push(current),
      onProblem: (message) => problems.push(message),
    });
    announcer.announce(call('A001', 1));
    announcer.announce(call('A002', 2));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown.map((current) => current?.call.number ?? null)).toEqual(['A001', 'A002', null]);
    expect(problems).toHaveLength(4);
  });
});
