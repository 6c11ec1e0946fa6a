/**
 * Brings the kiosk page back within 2 s of a crash or a hang. The session lives in the runtime and
 * is pushed again when the reloaded page subscribes, so a citizen finds their screen as it was.
 * Timers and the clock come in as parameters: tested with fake timers, without Electron.
 */

/** What the watchdog does to the page: in main.ts, the window's webContents. */
export interface WatchedPage {
  /** Load the kiosk page again (in a new renderer process when the old one is gone). */
  reload(): void;
  /** Kill a hung renderer so the reload gets a fresh process. */
  crash(): void;
}

export interface WatchdogClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const systemClock: WatchdogClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface WatchdogOptions {
  /** How long a hung page may come back by itself before it is killed and reloaded. */
  hangGraceMs?: number;
  clock?: WatchdogClock;
  log?: (message: string) => void;
}

/** A hang is given 1 s to clear; with the reload that stays inside the 2 s promised. */
export const HANG_GRACE_MS = 1_000;

export class RendererWatchdog {
  private readonly hangGraceMs: number;
  private readonly clock: WatchdogClock;
  private readonly log: (message: string) => void;
  private hangTimer: unknown;
  /** When the watchdog itself killed the renderer: the 'gone' that follows is not a second fault. */
  private killedAt: number | undefined;
  private stopped = false;

  constructor(
    private readonly page: WatchedPage,
    options: WatchdogOptions = {},
  ) {
    this.hangGraceMs = options.hangGraceMs ?? HANG_GRACE_MS;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? (() => {});
  }

  /** The page stopped answering (webContents 'unresponsive'). */
  unresponsive(): void {
    if (this.stopped || this.hangTimer !== undefined) return;
    this.hangTimer = this.clock.setTimeout(() => {
      this.hangTimer = undefined;
      this.log(`renderer hung for ${this.hangGraceMs} ms, restarting it`);
      this.killedAt = this.clock.now();
      this.page.crash();
      this.page.reload();
    }, this.hangGraceMs);
  }

  /** The page answers again (webContents 'responsive'): nothing to do. */
  responsive(): void {
    this.disarm();
  }

  /** The renderer process is gone (webContents 'render-process-gone'). */
  gone(reason: string): void {
    this.disarm();
    const killedByUs = this.killedAt !== undefined && this.clock.now() - this.killedAt <= this.hangGraceMs;
    this.killedAt = undefined;
    if (killedByUs || this.stopped) return;
    this.log(`renderer gone (${reason}), reloading`);
    this.page.reload();
  }

  /** The window is closing: no reload after this. */
  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  private disarm(): void {
    if (this.hangTimer === undefined) return;
    this.clock.clearTimeout(this.hangTimer);
    this.hangTimer = undefined;
  }
}
