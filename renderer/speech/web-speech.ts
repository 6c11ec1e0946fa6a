/**
 * The browser's own voices (the Web Speech API's `speechSynthesis`): the board's announcements and
 * the kiosk page's screens read aloud both speak through here.
 */
import type { Locale } from '../../bridge/contract.js';

/** One sentence being said. `done` settles when the voice has finished (or failed). */
export interface Utterance {
  done: Promise<void>;
  cancel(): void;
}

export interface Speech {
  /** Start saying `text`; null when there is no voice for the locale. */
  speak(text: string, locale: Locale): Utterance | null;
}

/** The voice for a locale: one whose language is the locale's (vi-VN for vi), a local one first. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | null {
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(locale));
  return matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}

/** A slightly slow voice: a hall is noisy, and many who listen are elderly. */
const SPEAKING_RATE = 0.9;

export function webSpeech(synthesis: SpeechSynthesis): Speech {
  return {
    speak(text, locale): Utterance | null {
      // Asked every time: voices load late in Chromium (after `voiceschanged`) and can be installed later.
      const voice = pickVoice(synthesis.getVoices(), locale);
      if (voice === null) return null;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = SPEAKING_RATE;
      const done = new Promise<void>((resolve, reject) => {
        utterance.onend = () => resolve();
        utterance.onerror = (event) => reject(new Error(event.error));
      });
      synthesis.speak(utterance);
      return { done, cancel: () => synthesis.cancel() };
    },
  };
}
