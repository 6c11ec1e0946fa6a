/**
 * The board's announcements, one at a time: for each call a chime, then the sentence spoken in the
 * board's language, and only then the next call, so two calls never talk over each other. The
 * chime and the voice are handed in (browser-audio.ts and speech/web-speech.ts in the page, recording fakes in the tests).
 *
 * Nothing here may stall the hall: a voice that never says it has finished is cut after a
 * timeout, a failing chime or voice is skipped, and with no voice for the language the call is
 * still shown big and chimed. A call (its callId) is announced once, however often a reconnecting
 * board is sent it.
 */
import type { Locale } from '../../bridge/contract.js';
import type { BoardCall } from '../../bridge/queue-protocol.js';
import type { Speech, Utterance } from '../speech/web-speech.js';
import { shownSentence, spokenSentence } from './call-sentence.js';

export type { Speech, Utterance };

export interface Chime {
  /** Resolves once the chime has sounded (or at once when sound is off). */
  play(): Promise<void>;
}

/** What the board shows while a call is announced. */
export interface Announcement {
  call: BoardCall;
  /** "Mời số A023 đến quầy số 3" */
  text: string;
}

export interface AnnouncerOptions {
  locale: Locale;
  speech: Speech;
  chime: Chime;
  /** A voice that has not finished after this long is cut and the queue moves on. */
  utteranceTimeoutMs?: number;
  /** Each call stays announced on screen at least this long, spoken or not, so it can be read. */
  minShowMs?: number;
  /** The call being announced now, or null when the queue is empty. */
  onChange(current: Announcement | null): void;
  onProblem?(message: string): void;
}

/** Enough to recognise every call a reconnect can resend (the board's last calls). */
const REMEMBERED_CALLS = 500;

export class Announcer {
  private readonly pending: BoardCall[] = [];
  private readonly announced = new Set<number>();
  private running = false;
  private readonly utteranceTimeoutMs: number;
  private readonly minShowMs: number;

  constructor(private readonly options: AnnouncerOptions) {
    this.utteranceTimeoutMs = options.utteranceTimeoutMs ?? 15_000;
    this.minShowMs = options.minShowMs ?? 4_000;
  }

  /** Queue a call; false (and nothing happens) when this call was announced already. */
  announce(call: BoardCall): boolean {
    if (this.announced.has(call.callId)) return false;
    this.remember(call.callId);
    this.pending.push(call);
    if (!this.running) void this.drain();
    return true;
  }

  private remember(callId: number): void {
    this.announced.add(callId);
    if (this.announced.size <= REMEMBERED_CALLS) return;
    const oldest = this.announced.values().next().value;
    if (oldest !== undefined) this.announced.delete(oldest);
  }

  private async drain(): Promise<void> {
    this.running = true;
    for (let call = this.pending.shift(); call !== undefined; call = this.pending.shift()) {
      await this.say(call);
    }
    this.running = false;
    this.options.onChange(null);
  }

  private async say(call: BoardCall): Promise<void> {
    const { locale } = this.options;
    const shownUntil = Date.now() + this.minShowMs;
    this.options.onChange({ call, text: shownSentence(call, locale) });
    try {
      await this.options.chime.play();
    } catch (error) {
      this.problem(`chime failed: ${String(error)}`);
    }
    await this.speak(spokenSentence(call, locale));
    const left = shownUntil - Date.now();
    if (left > 0) await sleep(left);
  }

  private async speak(text: string): Promise<void> {
    let utterance: Utterance | null;
    try {
      utterance = this.options.speech.speak(text, this.options.locale);
    } catch (error) {
      this.problem(`speech failed: ${String(error)}`);
      return;
    }
    if (utterance === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.utteranceTimeoutMs);
    });
    const outcome = await Promise.race([utterance.done.then(() => 'ended' as const, () => 'failed' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      utterance.cancel();
      this.problem(`the voice did not finish within ${this.utteranceTimeoutMs} ms; cut`);
    } else if (outcome === 'failed') {
      this.problem('the voice failed');
    }
  }

  private problem(message: string): void {
    this.options.onProblem?.(message);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
