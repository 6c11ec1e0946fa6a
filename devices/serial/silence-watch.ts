/**
 * The heartbeat: while the device says nothing for `everyMs` it is pinged, and after
 * `missedLimit` unanswered pings it is declared gone. Any line heard counts as an answer, so a
 * busy device is never pinged. With 3 s and 2 pings, silence is noticed 9 s after the last line.
 */
export interface SilenceWatchOptions {
  everyMs: number;
  missedLimit: number;
  ping: () => void;
  onSilent: () => void;
}

export class SilenceWatch {
  private timer: NodeJS.Timeout | null = null;
  private missed = 0;

  constructor(private readonly options: SilenceWatchOptions) {}

  /** Start (or restart) the count from now: called on open and on every line heard. */
  heard(): void {
    this.missed = 0;
    this.arm();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    this.stop();
    this.timer = setTimeout(() => this.tick(), this.options.everyMs);
  }

  private tick(): void {
    this.timer = null;
    if (this.missed >= this.options.missedLimit) return this.options.onSilent();
    this.missed += 1;
    this.options.ping();
    this.arm();
  }
}
