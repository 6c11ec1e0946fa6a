/**
 * Reading a screen aloud from the page: with the browser's own voice where it has one for the
 * language (`speechSynthesis`), otherwise with the kiosk's voice (the runtime's speech device, asked
 * with `ui.readAloud`) where that one speaks the language, otherwise not at all, and then the page
 * offers no "listen" button.
 */
import type { KioskUiEvent, Locale } from '../../bridge/contract.js';
import { type Utterance, pickVoice, webSpeech } from './web-speech.js';

/** Who reads a screen aloud in a language. */
export type ReadingVoice = 'page' | 'kiosk' | 'none';

export function readingVoice(synthesis: SpeechSynthesis | null, kioskLocales: readonly Locale[], locale: Locale): ReadingVoice {
  if (synthesis !== null && pickVoice(synthesis.getVoices(), locale) !== null) return 'page';
  if (kioskLocales.includes(locale)) return 'kiosk';
  return 'none';
}

export interface PageVoiceOptions {
  /** The browser's speech synthesis, null where it has none. */
  synthesis: SpeechSynthesis | null;
  send(event: KioskUiEvent): void;
  /** The page's own voice started or stopped (the kiosk's says so in the view: `voice.speaking`). */
  onPageReading(reading: boolean): void;
}

export class PageVoice {
  private utterance: Utterance | null = null;
  private askedKiosk: string | null = null;

  constructor(private readonly options: PageVoiceOptions) {}

  /**
   * Read `text` in `locale`, cutting the page's last reading; `kioskSpeaking` (the kiosk's voice is
   * talking) is cut too when the page speaks itself, so the two never talk over each other.
   * Says who reads it.
   */
  read(text: string, locale: Locale, kioskLocales: readonly Locale[], kioskSpeaking = false): ReadingVoice {
    this.stopPage();
    const { synthesis, send } = this.options;
    const voice = readingVoice(synthesis, kioskLocales, locale);
    if (voice === 'kiosk') {
      this.askedKiosk = text;
      send({ type: 'ui.readAloud', text, locale });
    }
    if (voice === 'page' && synthesis !== null) {
      if (kioskSpeaking) send({ type: 'ui.stopReading' });
      this.speakInPage(synthesis, text, locale);
    }
    return voice;
  }

  /** The kiosk's voice is saying (the view's `voice.speaking`) what this page asked it to read. */
  kioskReads(speaking: { text: string } | null): boolean {
    return speaking !== null && speaking.text === this.askedKiosk;
  }

  /** Stop reading: the page's voice, and the kiosk's when it is reading for the page. */
  stop(kioskReading: boolean): void {
    this.stopPage();
    if (kioskReading) this.options.send({ type: 'ui.stopReading' });
  }

  /** The page's own voice only: leaving a screen (the kiosk cuts its own reading when the screen changes). */
  stopPage(): void {
    const utterance = this.utterance;
    if (utterance === null) return;
    this.utterance = null;
    utterance.cancel();
    this.options.onPageReading(false);
  }

  private speakInPage(synthesis: SpeechSynthesis, text: string, locale: Locale): void {
    const utterance = webSpeech(synthesis).speak(text, locale);
    if (utterance === null) return;
    this.utterance = utterance;
    this.options.onPageReading(true);
    const ended = () => {
      if (this.utterance !== utterance) return;
      this.utterance = null;
      this.options.onPageReading(false);
    };
    // A voice that fails says nothing more: the screen still shows it all.
    utterance.done.then(ended, ended);
  }
}
