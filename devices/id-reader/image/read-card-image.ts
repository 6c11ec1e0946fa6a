/** An image of a card in, the authenticated card (or why not) out: the scan, then the domain's verdict. */
import type { AuthenticateResult } from '../../../domain/identity/authenticate.js';
import { authenticateScan } from '../../../domain/identity/reading-from-scan.js';
import type { CardScan } from '../../../domain/identity/card-reading.js';
import { scanCardImage } from './card-image-reader.js';
import type { OcrPool } from './ocr-pool.js';

export interface CardImageReading {
  scan: CardScan;
  result: AuthenticateResult;
  ms: number;
}

export async function readCardImage(image: Buffer, ocr: OcrPool, today: string): Promise<CardImageReading> {
  const started = performance.now();
  const scan = await scanCardImage(image, ocr);
  return { scan, result: authenticateScan(scan, today), ms: performance.now() - started };
}
