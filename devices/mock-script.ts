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
