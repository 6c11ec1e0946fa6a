/**
 * The kiosk's own voice: the speech device (espeak-ng, or the mock that records), one utterance at a
 * time, the newest cutting the one before — a citizen who taps "listen" again, or the robot that has
 * something to say, does not wait for the rest of the last sentence. It knows what it is saying
 * (the robot's speech bubble) and which languages it can say it in (the page falls back to it).
 */
import type { Locale, VoiceView } from '../../bridge/contract.js';
import type { MonitoredDevice } from '../../devices/device-health.js';
import type { Speaker } from '../../devices/speech/speaker.js';
import type { Logger } from '../log.js';

/**
 * A screen's spoken version (cut when the screen changes: it no longer describes what is shown) or
 * a line the kiosk says of its own (the greeting, the robot's words), which runs to its end.
 */
export type UtteranceKind = 'screen' | 'line';

interface Utterance {
  text: string;
  locale: Locale;
  kind: UtteranceKind;
  controller: AbortController;
}

const SILENT_STATES = new Set(['fault', 'offline']);

function isMonitored(speaker: Speaker): speaker is Speaker & MonitoredDevice {
  return 'health' in speaker && typeof speaker.health === 'function';
}

export class KioskVoice {
  private current: Utterance | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly speaker: Speaker,
    private readonly logger: Logger,
  ) {}

  /**
   * Say `text`, cutting whatever is being said. Resolves when it has been said; rejects when it was
   * cut (by a newer utterance, `stop`, `signal`) or the device failed.
   */
  async say(text: string, locale: Locale, kind: UtteranceKind, signal?: AbortSignal): Promise<void> {
    this.current?.controller.abort();
    const utterance: Utterance = { text, locale, kind, controller: new AbortController() };
    const stopOnSignal = () => utterance.controller.abort();
    signal?.addEventListener('abort', stopOnSignal, { once: true });
    this.current = utterance;
    this.changed();
    try {
      await this.speaker.speak(text, locale, utterance.controller.signal);
      utterance.controller.signal.throwIfAborted();
    } finally {
      signal?.removeEventListener('abort', stopOnSignal);
      if (this.current === utterance) {
        this.current = null;
        this.changed();
      }
    }
  }

  /** Say it and forget it: a failure is logged, never thrown (the screen says the same). */
  sayAndForget(text: string, locale: Locale, kind: UtteranceKind): void {
    this.say(text, locale, kind).catch((error: unknown) => {
      if ((error as { name?: unknown } | null)?.name !== 'AbortError') this.logger.warn(`speech failed: ${String(error)}`);
    });
  }

  /** Stop talking; with `kind`, only if what is being said is of that kind. */
  stop(kind?: UtteranceKind): void {
    if (this.current === null || (kind !== undefined && this.current.kind !== kind)) return;
    this.current.controller.abort();
  }

  view(): VoiceView {
    const silent = isMonitored(this.speaker) && SILENT_STATES.has(this.speaker.health().state);
    return {
      locales: silent ? [] : [...this.speaker.locales],
      speaking: this.current && { text: this.current.text, locale: this.current.locale },
    };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
