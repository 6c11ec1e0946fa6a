/**
 * Spoken comments, where the browser has speech recognition (Chromium's webkitSpeechRecognition,
 * the standard SpeechRecognition elsewhere). Where it has none the page shows no microphone at all.
 * The DOM library has no types for it, so the little the page uses is typed here.
 */
export interface SpeechRecognizer {
  lang: string;
  interimResults: boolean;
  maxAlternatives: number;
  continuous: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  abort(): void;
}

type RecognizerConstructor = new () => SpeechRecognizer;

/** The browser's speech recognition, or null where there is none. */
export function speechRecognizer(scope: object = window): RecognizerConstructor | null {
  const found = (scope as { SpeechRecognition?: unknown }).SpeechRecognition ?? (scope as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
  return typeof found === 'function' ? (found as RecognizerConstructor) : null;
}

/**
 * Errors after which asking again cannot work here: no microphone, not allowed, or no recognition
 * service (an offline service point's network): the button goes rather than fail on every touch.
 */
const FOR_GOOD = new Set(['not-allowed', 'service-not-allowed', 'audio-capture', 'language-not-supported', 'network']);

export function speechUnavailableForGood(error: string): boolean {
  return FOR_GOOD.has(error);
}

/** The words heard, joined, from the final results of one recognition event. */
export function heardText(event: Parameters<NonNullable<SpeechRecognizer['onresult']>>[0]): string {
  const words: string[] = [];
  for (let index = event.resultIndex; index < event.results.length; index++) {
    const result = event.results[index];
    if (result?.isFinal === true) words.push(result[0]?.transcript.trim() ?? '');
  }
  return words.filter((text) => text !== '').join(' ');
}

/** Spoken words appended to what was typed, one space between. */
export function appendSpoken(comment: string, spoken: string): string {
  if (spoken === '') return comment;
  return comment.trim() === '' ? spoken : `${comment.trimEnd()} ${spoken}`;
}
