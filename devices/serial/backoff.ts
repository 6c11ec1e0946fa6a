/**
 * Reconnect delays: 0.5 s, 1 s, 2 s, 4 s... doubling up to a cap (30 s), back to the first delay
 * once a connection opens. A device unplugged for an hour costs a try every 30 s, not a busy loop.
 */
export class Backoff {
  private attempt = 0;

  constructor(
    private readonly firstMs = 500,
    private readonly capMs = 30_000,
  ) {}

  /** The wait before the next attempt; each call doubles the one after. */
  next(): number {
    const delay = Math.min(this.firstMs * 2 ** this.attempt, this.capMs);
    if (delay < this.capMs) this.attempt += 1;
    return delay;
  }

  reset(): void {
    this.attempt = 0;
  }
}
