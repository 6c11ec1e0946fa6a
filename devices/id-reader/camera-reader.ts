/**
 * The kiosk's camera, seen through the renderer: while a read is waiting, each JPEG frame it sends
 * is scanned in memory, and the first one with a QR code or an MRZ on it is the card. Frames that
 * arrive while a frame is being scanned, or when nobody is reading, are dropped: never kept.
 */
import type { CardScan } from '../../domain/identity/card-reading.js';
import { IdReadError, type IdReader } from './id-reader.js';
import { scanCardImage, startCardOcr } from './image/card-image-reader.js';
import type { OcrPool } from './image/ocr-pool.js';
import { PendingRead } from './pending-read.js';

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
  private readonly pending = new PendingRead();
  private failure: IdReadError | null = null;
  private busy = false;
  /** When the current read scanned its first frame. */
  private firstFrameAt: number | null = null;
  /** Frames scanned and frames dropped: what an engineer looks at when the camera seems blind. */
  readonly stats = { scanned: 0, dropped: 0 };

  constructor(private readonly options: CameraReaderOptions) {
    this.ocr = startCardOcr(options.workers);
    // A pool that cannot start fails the reads, not the kiosk.
    this.ocr.catch((error: Error) => {
      this.failure = new IdReadError('deviceFailed', `OCR could not start: ${error.message}`);
      this.pending.reject(this.failure);
    });
  }

  read(signal?: AbortSignal): Promise<CardScan> {
    if (this.failure) return Promise.reject(this.failure);
    this.firstFrameAt = null;
    return this.pending.wait(signal);
  }

  offerFrame(jpeg: Buffer): void {
    if (!this.pending.waiting || this.busy) {
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
          if (scan.qrText !== undefined || scan.mrzLines !== undefined) this.pending.resolve(scan);
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
    this.pending.reject(new IdReadError('unreadable', 'no card found in the camera frames'));
  }

  async close(): Promise<void> {
    this.pending.reject(new IdReadError('deviceFailed', 'camera reader closed'));
    await (await this.ocr.catch(() => undefined))?.close();
  }
}

export function isCardFrameSink(reader: IdReader): reader is IdReader & CardFrameSink {
  return typeof (reader as Partial<CardFrameSink>).offerFrame === 'function';
}
