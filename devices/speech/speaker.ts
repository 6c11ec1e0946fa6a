import type { Locale } from '../../bridge/contract.js';

/** Speaks to the citizen. A real text-to-speech adapter arrives with the advice issue. */
export interface Speaker {
  speak(text: string, locale: Locale, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}
