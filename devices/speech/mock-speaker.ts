import { LOCALES, type Locale } from '../../bridge/contract.js';
import { MockScript } from '../mock-script.js';
import type { Speaker } from './speaker.js';

/** Records what the kiosk said, in which language; tests queue failures with `script`. */
export class MockSpeaker implements Speaker {
  readonly locales: readonly Locale[] = LOCALES;
  readonly spoken: { text: string; locale: Locale }[] = [];
  readonly script = new MockScript<void>();

  async speak(text: string, locale: Locale): Promise<void> {
    await this.script.next(async () => undefined);
    this.spoken.push({ text, locale });
  }

  async close(): Promise<void> {}
}
