import type { CardScan } from '../../domain/identity/card-reading.js';
import { IdReadError } from './id-reader.js';

/**
 * The one read a push-driven reader (serial lines, camera frames) may have waiting: what arrives
 * while nobody waits is dropped, and the session's abort ends the wait.
 */
export class PendingRead {
  private waiter: { resolve: (scan: CardScan) => void; reject: (error: Error) => void } | null = null;

  get waiting(): boolean {
    return this.waiter !== null;
  }

  wait(signal?: AbortSignal): Promise<CardScan> {
    if (this.waiter) return Promise.reject(new IdReadError('deviceFailed', 'a read is already waiting'));
    return new Promise<CardScan>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => this.reject(signal?.reason ?? new Error('aborted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.waiter = {
        resolve: (scan) => {
          done();
          resolve(scan);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
    });
  }

  resolve(scan: CardScan): void {
    this.take()?.resolve(scan);
  }

  reject(error: Error): void {
    this.take()?.reject(error);
  }

  private take() {
    const waiter = this.waiter;
    this.waiter = null;
    return waiter;
  }
}
