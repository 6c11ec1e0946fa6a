/**
 * A flatbed or document scanner set to "scan to folder": the card image appears as a file, is read
 * in memory and deleted at once. Files already there when a read starts belong to an earlier
 * citizen and are deleted unread. The OCR workers start with the kiosk, not with the first card.
 */
import { watch } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CardScan } from '../../domain/identity/card-reading.js';
import { delay } from '../abortable-delay.js';
import { IdReadError, type IdReader } from './id-reader.js';
import { scanCardImage, startCardOcr } from './image/card-image-reader.js';
import type { OcrPool } from './image/ocr-pool.js';

const IMAGE_TYPES = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp']);
/** A scanner writes its file in pieces: it is read once its size holds still this long. */
const SETTLE_MS = 150;

export interface ImageFolderOptions {
  path: string;
  workers: number;
}

export class ImageFolderReader implements IdReader {
  private readonly ocr: Promise<OcrPool>;

  constructor(private readonly options: ImageFolderOptions) {
    this.ocr = startCardOcr(options.workers);
    // A pool that cannot start surfaces as a device failure on the first read, not as a crash.
    this.ocr.catch(() => undefined);
  }

  private async images(): Promise<string[]> {
    const names = await readdir(this.options.path);
    return names.filter((name) => IMAGE_TYPES.has(extname(name).toLowerCase()));
  }

  async read(signal?: AbortSignal): Promise<CardScan> {
    try {
      for (const stale of await this.images()) await rm(join(this.options.path, stale), { force: true });
    } catch (error) {
      throw new IdReadError('deviceFailed', `scan folder unusable: ${(error as Error).message}`);
    }
    // Watch first, then wait for the workers: a scan made while they start is not missed.
    const arriving = this.nextImage(signal);
    let ocr: OcrPool;
    try {
      ocr = await this.ocr;
    } catch (error) {
      arriving.catch(() => undefined);
      throw new IdReadError('deviceFailed', `OCR could not start: ${(error as Error).message}`);
    }
    const name = await arriving;
    const file = join(this.options.path, name);
    await this.settled(file, signal);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } finally {
      await rm(file, { force: true });
    }
    let scan: CardScan;
    try {
      scan = await scanCardImage(bytes, ocr);
    } catch (error) {
      throw new IdReadError('unreadable', `not an image we can read: ${(error as Error).message}`);
    }
    if (scan.qrText === undefined && scan.mrzLines === undefined) {
      throw new IdReadError('unreadable', 'no QR code or MRZ found on the scan');
    }
    return scan;
  }

  /** The name of the first image file to appear in the folder from now on. */
  private nextImage(signal?: AbortSignal): Promise<string> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const watcher = watch(this.options.path, (_event, name) => {
        if (name && IMAGE_TYPES.has(extname(name).toLowerCase())) finish(() => resolve(name));
      });
      const finish = (settle: () => void) => {
        watcher.close();
        signal?.removeEventListener('abort', onAbort);
        settle();
      };
      const onAbort = () => finish(() => reject(signal?.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
      watcher.on('error', (error) => finish(() => reject(new IdReadError('deviceFailed', `scan folder: ${error.message}`))));
    });
  }

  private async settled(file: string, signal?: AbortSignal): Promise<void> {
    let last = -1;
    for (;;) {
      const size = (await stat(file).catch(() => ({ size: -1 }))).size;
      if (size < 0) throw new IdReadError('unreadable', 'the scan file went away before it could be read');
      if (size > 0 && size === last) return;
      last = size;
      await delay(SETTLE_MS, signal);
    }
  }

  async close(): Promise<void> {
    await (await this.ocr.catch(() => undefined))?.close();
  }
}
