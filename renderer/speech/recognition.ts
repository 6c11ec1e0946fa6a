/// <reference types="dom-speech-recognition" />
/**
 * Listening to one utterance with the browser's speech recognition (the standard
 * `SpeechRecognition`, Chromium's `webkitSpeechRecognition`): what is heard so far while the
 * citizen speaks, then either the words or why not, in terms the screen can tell them. Where
 * the browser has no recognition, or it cannot work here, the kiosk shows no microphone.
 */

export type RecognitionConstructor = new () => SpeechRecognition;

/**
 * Why listening gave no words: nothing heard (or too late), heard but not understood, or this
 * kiosk cannot listen at all (no microphone, not allowed, no recognition service: Chromium
 * without Google's keys and Electron say 'network', as does an offline service point).
 */
export type ListenFailure = 'noSpeech' | 'notUnderstood' | 'cannotListen';

/** The browser's recognition, or null where it has none. */
export function findRecognition(scope: object = window): RecognitionConstructor | null {
  const { SpeechRecognition: standard, webkitSpeechRecognition: prefixed } = scope as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
  const found = standard ?? prefixed;
  return typeof found === 'function' ? (found as RecognitionConstructor) : null;
}

/** Errors after which asking again cannot work on this kiosk: the microphone goes for good. */
const CANNOT_LISTEN: ReadonlySet<string> = new Set<SpeechRecognitionErrorCode>([
  'not-allowed',
  'service-not-allowed',
  'network',
  'audio-capture',
  'language-not-supported',
]);

export function failureOf(error: string): ListenFailure {
  if (CANNOT_LISTEN.has(error)) return 'cannotListen';
  // 'aborted' (something else took the microphone) asks for the same thing as silence: say it again.
  if (error === 'no-speech' || error === 'aborted') return 'noSpeech';
  return 'notUnderstood';
}

export interface ListenHandlers {
  /** The words heard so far, while the citizen speaks (the recogniser's guess may still change). */
  interim(text: string): void;
  /** The utterance, trimmed: called at most once, and then nothing else is. */
  heard(transcript: string): void;
  /** Nothing usable was heard: called at most once, and then nothing else is. */
  failed(reason: ListenFailure): void;
}

export interface ListenOptions {
  /** BCP 47 language of the session, e.g. vi-VN. */
  language: string;
  /** How long the citizen has to say it; then what was heard so far counts, or nothing was. */
  timeoutMs: number;
}

/** Final and interim words of a recognition's results, each joined with single spaces. */
function transcriptOf(results: SpeechRecognitionResultList): { final: string; all: string } {
  const final: string[] = [];
  const all: string[] = [];
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const text = result?.[0]?.transcript.trim() ?? '';
    if (text === '' || result === undefined) continue;
    all.push(text);
    if (result.isFinal) final.push(text);
  }
  return { final: final.join(' '), all: all.join(' ') };
}

/**
 * Listen for one utterance. Exactly one of `heard` or `failed` follows (unless cancelled), also
 * when the recogniser never ends by itself: at the timeout what was heard so far is taken.
 * Returns `cancel`, after which no handler is called and the microphone is let go.
 */
export function listenOnce(Recognition: RecognitionConstructor, options: ListenOptions, handlers: ListenHandlers): () => void {
  const recognition = new Recognition();
  recognition.lang = options.language;
  recognition.interimResults = true;
  recognition.continuous = false;
  recognition.maxAlternatives = 1;
  let settled = false;
  let heardSoFar = '';

  function settle(outcome: () => void): void {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    recognition.onresult = null;
    recognition.onnomatch = null;
    recognition.onerror = null;
    recognition.onend = null;
    recognition.abort();
    outcome();
  }
  const settleWithWhatWasHeard = () => settle(() => (heardSoFar === '' ? handlers.failed('noSpeech') : handlers.heard(heardSoFar)));

  recognition.onresult = (event) => {
    const { final, all } = transcriptOf(event.results);
    if (final !== '') {
      settle(() => handlers.heard(final));
      return;
    }
    if (all !== '' && all !== heardSoFar) {
      heardSoFar = all;
      handlers.interim(all);
    }
  };
  recognition.onnomatch = () => settle(() => handlers.failed('notUnderstood'));
  recognition.onerror = (event) => settle(() => handlers.failed(failureOf(event.error)));
  // Ended without a final result: the last guess is what the citizen said, if there was one.
  recognition.onend = settleWithWhatWasHeard;
  const timer = setTimeout(settleWithWhatWasHeard, options.timeoutMs);
  try {
    recognition.start();
  } catch {
    // A fresh recogniser that refuses to start will not start next time either.
    settle(() => handlers.failed('cannotListen'));
  }
  return () => settle(() => undefined);
}

/** Words dictated after what was already typed (a rating comment), one space between. */
export function appendSpoken(text: string, spoken: string): string {
  if (spoken === '') return text;
  return text.trim() === '' ? spoken : `${text.trimEnd()} ${spoken}`;
}

/**
 * Whether this page may still offer the microphone: once recognition has failed for good it is
 * hidden on every screen for the page's life. Screens subscribe to hear when that happens.
 */
export class ListeningAvailability {
  #cannotListen = false;
  readonly #listeners = new Set<() => void>();

  constructor(private readonly find: () => RecognitionConstructor | null) {}

  /** The recognition to listen with, or null when there is none or it has failed for good. */
  recognition(): RecognitionConstructor | null {
    return this.#cannotListen ? null : this.find();
  }

  readonly available = (): boolean => this.recognition() !== null;

  cannotListen(): void {
    if (this.#cannotListen) return;
    this.#cannotListen = true;
    for (const listener of this.#listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

/** The page's one: every microphone on every screen asks it. */
export const pageListening = new ListeningAvailability(() => (typeof window === 'undefined' ? null : findRecognition(window)));
