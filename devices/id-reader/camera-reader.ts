/**
 * The kiosk's camera, seen through the renderer: while a read is waiting, each JPEG frame it sends
 * is scanned in memory, and the first one with a QR code or an MRZ on it is the card. Frames that
 * arrive while a frame is being scanned, or when nobody is reading, are dropped: never kept.
 */
import type { CardScan } from '../../domain/identity/card-reading.js';
import { IdReadError, type IdReader } from './id-reader.js';
import { MRZ_ALPHABET, scanCardImage } from './image/card-image-reader.js';
import { OcrPool } from './image/ocr-pool.js';

export interface CardFrameSink {
  offerFrame(jpeg: Buffer): void;
}

export interface CameraReaderOptions {
  workers: number;
  /** Frames scanned this long without a card: the citizen is told to adjust (flat, no glare, other side). */
  giveUpMs: number;
}

export class CameraReader implements IdReader, CardFrameSink {
  private readonly ocr: Promise<OcrPool>;
  private waiter: { resolve: (scan: CardScan) => void; reject: (error: Error) => void } | null = null;
  private busy = false;
  /** When the current read scanned its first frame. */
  private firstFrameAt: number | null = null;
  /** Frames scanned and frames dropped: what an engineer looks at when the camera seems blind. */
  readonly stats = { scanned: 0, dropped: 0 };

  constructor(private readonly options: CameraReaderOptions) {
    this.ocr = OcrPool.start({ size: options.workers, recycleAfter: 200, whitelist: MRZ_ALPHABET });
    this.ocr.catch(() => undefined);
  }

  read(signal?: AbortSignal): Promise<CardScan> {
    if (this.waiter) return Promise.reject(new IdReadError('deviceFailed', 'a read is already waiting'));
    this.firstFrameAt = null;
    return new Promise<CardScan>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const done = () => signal?.removeEventListener('abort', onAbort);
      const onAbort = () => {
        this.waiter = null;
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
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
      this.ocr.catch((error: Error) => this.settle((waiter) => waiter.reject(new IdReadError('deviceFailed', `OCR could not start: ${error.message}`))));
    });
  }

  private settle(action: (waiter: NonNullable<CameraReader['waiter']>) => void): void {
    const waiter = this.waiter;
    this.waiter = null;
    if (waiter) action(waiter);
  }

  offerFrame(jpeg: Buffer): void {
    if (this.waiter === null || this.busy) {
      this.stats.dropped += 1;
      return;
    }
    this.busy = true;
    this.stats.scanned += 1;
    const now = performance.now();
    this.firstFrameAt ??= now;
    const lastChance = now - this.firstFrameAt >= this.options.giveUpMs;
    void this.ocr
      .then((ocr) => scanCardImage(jpeg, ocr))
      .then(
        (scan) => {
          if (scan.qrText !== undefined || scan.mrzLines !== undefined) this.settle((waiter) => waiter.resolve(scan));
          else if (lastChance) this.giveUp();
        },
        // A frame the decoder cannot open is just a bad frame: wait for the next one.
        () => {
          if (lastChance) this.giveUp();
        },
      )
      .finally(() => {
        this.busy = false;
      });
  }

  private giveUp(): void {
    this.settle((waiter) => waiter.reject(new IdReadError('unreadable', 'no card found in the camera frames')));
  }

  async close(): Promise<void> {
    this.settle((waiter) => waiter.reject(new IdReadError('deviceFailed', 'camera reader closed')));
    await (await this.ocr.catch(() => undefined))?.close();
  }
}

export function isCardFrameSink(reader: IdReader): reader is IdReader & CardFrameSink {
  return typeof (reader as Partial<CardFrameSink>).offerFrame === 'function';
}
