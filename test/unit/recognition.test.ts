/// <reference types="dom-speech-recognition" />
/** One utterance through the browser's speech recognition, against a stand-in recogniser. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ListenFailure,
  ListeningAvailability,
  appendSpoken,
  failureOf,
  findRecognition,
  listenOnce,
} from '../../renderer/speech/recognition.js';

/** Stands in for the browser's recogniser: the test plays the events it would fire. */
class FakeRecognition {
  static made: FakeRecognition[] = [];
  static refuseToStart = false;
  lang = '';
  interimResults = false;
  continuous = true;
  maxAlternatives = 0;
  started = false;
  aborted = false;
  onresult: ((event: { resultIndex: number; results: unknown }) => void) | null = null;
  onnomatch: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;

  constructor() {
    FakeRecognition.made.push(this);
  }
  start() {
    if (FakeRecognition.refuseToStart) throw new DOMException('no', 'InvalidStateError');
    this.started = true;
  }
  abort() {
    this.aborted = true;
    // A real recogniser ends after an abort: its handlers must be gone by then.
    this.onend?.();
  }
  stop() {}

  /** The recogniser's guess so far: each entry a result, final or not. */
  says(...results: Array<[string, boolean]>) {
    const list = results.map(([transcript, isFinal]) => Object.assign([{ transcript, confidence: 0.9 }], { isFinal }));
    this.onresult?.({ resultIndex: 0, results: list });
  }
}

const Recognition = FakeRecognition as unknown as new () => SpeechRecognition;

function listen(timeoutMs = 10_000) {
  const events: string[] = [];
  const cancel = listenOnce(Recognition, { language: 'vi-VN', timeoutMs }, {
    interim: (text) => events.push(`interim:${text}`),
    heard: (text) => events.push(`heard:${text}`),
    failed: (reason: ListenFailure) => events.push(`failed:${reason}`),
  });
  const recognition = FakeRecognition.made.at(-1);
  if (recognition === undefined) throw new Error('no recogniser made');
  return { events, cancel, recognition };
}

beforeEach(() => {
  FakeRecognition.made = [];
  FakeRecognition.refuseToStart = false;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('listening once', () => {
  it('starts in the language asked, with words as they come, for one utterance', () => {
    const { recognition } = listen();
    expect(recognition).toMatchObject({ lang: 'vi-VN', interimResults: true, continuous: false, maxAlternatives: 1, started: true });
  });

  it('hands on the words heard so far, then the final words, once', () => {
    const { events, recognition } = listen();
    recognition.says(['làm giấy', false]);
    recognition.says(['làm giấy', false]);
    recognition.says(['làm giấy khai sinh', false]);
    recognition.says([' làm giấy khai sinh cho con ', true]);
    recognition.onend?.();
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual(['interim:làm giấy', 'interim:làm giấy khai sinh', 'heard:làm giấy khai sinh cho con']);
    expect(recognition.aborted).toBe(true);
  });

  it('joins several results, the final ones', () => {
    const { events, recognition } = listen();
    recognition.says(['mấy giờ', true], ['mở cửa', true]);
    expect(events).toEqual(['heard:mấy giờ mở cửa']);
  });

  it('keeps only the final words, trimmed, when a guess follows them', () => {
    const { events, recognition } = listen();
    recognition.says([' chờ lâu ', true], ['quá', false]);
    expect(events).toEqual(['heard:chờ lâu']);
  });

  it('takes the last guess when the recogniser ends without a final result', () => {
    const { events, recognition } = listen();
    recognition.says(['có', false]);
    recognition.onend?.();
    expect(events).toEqual(['interim:có', 'heard:có']);
  });

  it('says nothing was heard when it ends with no words', () => {
    const { events, recognition } = listen();
    recognition.onend?.();
    expect(events).toEqual(['failed:noSpeech']);
  });

  it('maps errors to what the citizen is told, once, and nothing after', () => {
    const { events, recognition } = listen();
    recognition.onerror?.({ error: 'no-speech' });
    recognition.onend?.();
    recognition.says(['có', true]);
    expect(events).toEqual(['failed:noSpeech']);
  });

  it('says it was not understood on no match', () => {
    const { events, recognition } = listen();
    recognition.onnomatch?.();
    expect(events).toEqual(['failed:notUnderstood']);
  });

  it('stops at the timeout with the words heard so far, or with none', () => {
    const first = listen(5_000);
    first.recognition.says(['thủ tục', false]);
    vi.advanceTimersByTime(4_999);
    expect(first.events).toEqual(['interim:thủ tục']);
    vi.advanceTimersByTime(1);
    expect(first.events).toEqual(['interim:thủ tục', 'heard:thủ tục']);
    expect(first.recognition.aborted).toBe(true);

    const second = listen(5_000);
    vi.advanceTimersByTime(5_000);
    expect(second.events).toEqual(['failed:noSpeech']);
    expect(second.recognition.aborted).toBe(true);
    // Late events from the browser change nothing.
    second.recognition.says(['có', true]);
    expect(second.events).toEqual(['failed:noSpeech']);
  });

  it('cancelled, it lets the microphone go and calls nothing', () => {
    const { events, recognition, cancel } = listen();
    recognition.says(['có', false]);
    cancel();
    recognition.says(['có', true]);
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual(['interim:có']);
    expect(recognition.aborted).toBe(true);
  });

  it('cannot listen when a fresh recogniser refuses to start', () => {
    FakeRecognition.refuseToStart = true;
    const { events } = listen();
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual(['failed:cannotListen']);
  });
});

describe('what an error means for the citizen', () => {
  it.each(['not-allowed', 'service-not-allowed', 'network', 'audio-capture', 'language-not-supported'])('%s: this kiosk cannot listen', (error) => {
    expect(failureOf(error)).toBe('cannotListen');
  });

  it('silence, or the microphone taken, is asked again; anything else was not understood', () => {
    expect(failureOf('no-speech')).toBe('noSpeech');
    expect(failureOf('aborted')).toBe('noSpeech');
    expect(failureOf('bad-grammar')).toBe('notUnderstood');
    expect(failureOf('something-new')).toBe('notUnderstood');
  });
});

describe('dictation', () => {
  it('adds the words spoken after what was typed, one space between', () => {
    expect(appendSpoken('', 'chờ lâu')).toBe('chờ lâu');
    expect(appendSpoken('  ', 'chờ lâu')).toBe('chờ lâu');
    expect(appendSpoken('ghế ít ', 'chờ lâu')).toBe('ghế ít chờ lâu');
    expect(appendSpoken('ghế ít', '')).toBe('ghế ít');
  });
});

describe('whether the page can listen', () => {
  it('finds the standard recogniser or Chromium’s prefixed one, or none', () => {
    class Standard {}
    class Prefixed {}
    expect(findRecognition({ SpeechRecognition: Standard, webkitSpeechRecognition: Prefixed })).toBe(Standard);
    expect(findRecognition({ webkitSpeechRecognition: Prefixed })).toBe(Prefixed);
    expect(findRecognition({})).toBeNull();
    expect(findRecognition({ SpeechRecognition: 'not a constructor' })).toBeNull();
  });

  it('hides the microphone for good once the kiosk cannot listen, and tells every screen once', () => {
    const availability = new ListeningAvailability(() => Recognition);
    const told = vi.fn();
    availability.subscribe(told);
    expect(availability.available()).toBe(true);
    expect(availability.recognition()).toBe(Recognition);
    availability.cannotListen();
    availability.cannotListen();
    expect(availability.available()).toBe(false);
    expect(availability.recognition()).toBeNull();
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('is unavailable where the browser has no recognition', () => {
    expect(new ListeningAvailability(() => null).available()).toBe(false);
  });
});
