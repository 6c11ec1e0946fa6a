/**
 * Callers waiting for something to arrive (a reply line, a base's ARRIVED event). Every wait has
 * a deadline, so a device that swallowed a command fails the caller instead of hanging it; an
 * arriving value goes to the first waiter that takes it.
 */
interface Waiter<T> {
  /** Take the value if it is the one awaited (and settle); false to leave it for others. */
  offer: (value: T) => boolean;
  reject: (error: Error) => void;
}

export class Waiters<T> {
  private readonly waiters = new Set<Waiter<T>>();

  /** `take` reads what the waiter wants out of an arriving value, or null when it is not that. */
  wait<R>(take: (value: T) => R | null, timeoutMs: number, timeoutError: () => Error, signal?: AbortSignal): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter<T> = {
        offer: (value) => {
          const taken = take(value);
          if (taken === null) return false;
          finish();
          resolve(taken);
          return true;
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.reject(timeoutError()), timeoutMs);
      const onAbort = () => waiter.reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(waiter);
    });
  }

  /** Hand a value to the first waiter that takes it; false when none did. */
  offer(value: T): boolean {
    for (const waiter of this.waiters) if (waiter.offer(value)) return true;
    return false;
  }

  rejectAll(error: Error): void {
    for (const waiter of [...this.waiters]) waiter.reject(error);
  }
}
