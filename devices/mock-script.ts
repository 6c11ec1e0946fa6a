/**
 * The scriptable part every mock device shares: tests queue outcomes (a value or a failure) for the
 * next calls; with nothing queued the mock does its default behaviour.
 */
export type ScriptedOutcome<T> = { ok: true; value: T } | { ok: false; error: Error };

export class MockScript<T> {
  private readonly outcomes: ScriptedOutcome<T>[] = [];

  queueValue(value: T): void {
    this.outcomes.push({ ok: true, value });
  }

  queueFailure(error: Error): void {
    this.outcomes.push({ ok: false, error });
  }

  get pending(): number {
    return this.outcomes.length;
  }

  /** Take the next scripted outcome, or run the default when none is queued. */
  async next(byDefault: () => Promise<T>): Promise<T> {
    const outcome = this.outcomes.shift();
    if (outcome === undefined) return byDefault();
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }
}

/** Resolve after `ms`, or reject at once when the caller gives up (the session moved on). */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
