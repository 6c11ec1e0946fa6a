/** An image of a card in, the authenticated card (or why not) out: the scan, then the domain's verdict. */
import { type AuthenticateResult, authenticateCard } from '../../../domain/identity/authenticate.js';
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
  const result = authenticateCard({
    today,
    ...(scan.qrText !== undefined ? { qr: scan.qrText } : {}),
    ...(scan.mrzLines !== undefined ? { mrz: scan.mrzLines } : {}),
  });
  return { scan, result, ms: performance.now() - started };
}
