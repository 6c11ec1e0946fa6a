/**
 * A pool of tesseract.js workers, started once and reused: a worker costs most of a second to
 * start, a read a tenth of that. Each worker is replaced after `recycleAfter` reads, because
 * tesseract's wasm heap only grows. Language data comes from the @tesseract.js-data package on
 * disk (`cacheMethod: 'none'`): no network, nothing written.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OEM, PSM, type Worker, createWorker } from 'tesseract.js';

/** The 'eng' data with the legacy engine in it: the legacy engine reads OCR-B's `<` as `<`. */
export function bundledEngDataPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json')), '4.0.0');
}

export interface OcrPoolOptions {
  size: number;
  recycleAfter: number;
  /** Characters the recogniser may answer with; MRZ: A-Z, 0-9 and `<`. */
  whitelist: string;
  langPath?: string;
}

interface PooledWorker {
  worker: Worker;
  reads: number;
}

export class OcrPool {
  private readonly idle: PooledWorker[] = [];
  private readonly waiting: Array<(worker: PooledWorker) => void> = [];
  private closed = false;
  /** Milliseconds the first workers took to be ready: the benchmark reports it. */
  startMs = 0;
  /** Workers started so far, recycled ones included. */
  spawned = 0;

  private constructor(private readonly options: OcrPoolOptions) {}

  static async start(options: OcrPoolOptions): Promise<OcrPool> {
    const pool = new OcrPool(options);
    const started = performance.now();
    const workers = await Promise.all(Array.from({ length: options.size }, () => pool.spawn()));
    pool.startMs = performance.now() - started;
    pool.idle.push(...workers);
    return pool;
  }

  private async spawn(): Promise<PooledWorker> {
    this.spawned += 1;
    const worker = await createWorker('eng', OEM.TESSERACT_ONLY, {
      langPath: this.options.langPath ?? bundledEngDataPath(),
      cacheMethod: 'none',
      gzip: true,
    });
    await worker.setParameters({
      tessedit_char_whitelist: this.options.whitelist,
      tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
      // The crops carry no resolution; without this tesseract guesses and says so on stderr.
      user_defined_dpi: '300',
    });
    return { worker, reads: 0 };
  }

  private acquire(): Promise<PooledWorker> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(pooled: PooledWorker): void {
    if (this.closed) {
      void pooled.worker.terminate();
      return;
    }
    if (pooled.reads >= this.options.recycleAfter) {
      void pooled.worker.terminate();
      this.replace();
      return;
    }
    const next = this.waiting.shift();
    if (next) next(pooled);
    else this.idle.push(pooled);
  }

  /** Start a worker in place of a recycled one; if that fails, try again shortly (the queue waits). */
  private replace(attempt = 0): void {
    this.spawn().then(
      (fresh) => this.release(fresh),
      () => {
        if (!this.closed) setTimeout(() => this.replace(attempt + 1), Math.min(30_000, 500 * 2 ** attempt));
      },
    );
  }

  /** Recognise one image (PNG/JPEG bytes); the text, line by line. */
  async recognize(image: Buffer): Promise<string> {
    if (this.closed) throw new Error('OCR pool is closed');
    const pooled = await this.acquire();
    try {
      pooled.reads += 1;
      const result = await pooled.worker.recognize(image);
      return result.data.text;
    } finally {
      this.release(pooled);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.idle.splice(0);
    await Promise.all(workers.map((pooled) => pooled.worker.terminate()));
  }
}
