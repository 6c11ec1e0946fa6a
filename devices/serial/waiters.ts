/**
 * Requests waiting for their reply line. Every wait has a deadline, so a device that swallowed a
 * command fails the caller instead of hanging it; the first waiter whose matcher accepts a line
 * takes that line.
 */
export type LinePortErrorCode = 'timeout' | 'offline' | 'closed';

export class LinePortError extends Error {
  constructor(
    readonly code: LinePortErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LinePortError';
  }
}

interface Waiter {
  matches: (line: string) => boolean;
  resolve: (line: string) => void;
  reject: (error: Error) => void;
}

export class ReplyWaiters {
  private readonly waiters = new Set<Waiter>();

  wait(what: string, matches: (line: string) => boolean, timeoutMs: number, signal?: AbortSignal): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        matches,
        resolve: (line) => {
          finish();
          resolve(line);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.reject(new LinePortError('timeout', `no reply to ${what} within ${timeoutMs} ms`)), timeoutMs);
      const onAbort = () => waiter.reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(waiter);
    });
  }

  /** Hand a received line to the first waiter that wants it; false when none did. */
  offer(line: string): boolean {
    for (const waiter of this.waiters) {
      if (waiter.matches(line)) {
        waiter.resolve(line);
        return true;
      }
    }
    return false;
  }

  rejectAll(error: Error): void {
    for (const waiter of [...this.waiters]) waiter.reject(error);
  }
}
