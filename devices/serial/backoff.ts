/**
 * Reconnect delays: 0.5 s, 1 s, 2 s, 4 s... doubling up to a cap (30 s), back to the first delay
 * once a connection opens. A device unplugged for an hour costs a try every 30 s, not a busy loop.
 */
const FIRST_MS = 500;
const CAP_MS = 30_000;

export class Backoff {
  private attempt = 0;

  /** The wait before the next attempt; each call doubles the one after. */
  next(): number {
    const delay = Math.min(FIRST_MS * 2 ** this.attempt, CAP_MS);
    if (delay < CAP_MS) this.attempt += 1;
    return delay;
  }

  reset(): void {
    this.attempt = 0;
  }
}
