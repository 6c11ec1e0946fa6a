import type { Locale } from '../../bridge/contract.js';

/** Speaks to the citizen: `EspeakSpeaker` through espeak-ng, `MockSpeaker` for tests and demos. */
export interface Speaker {
  /** The languages it has a voice for. */
  readonly locales: readonly Locale[];
  speak(text: string, locale: Locale, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}
