/**
 * One image of one side of a card in, what is printed on it out: the QR text and/or the three MRZ
 * lines as read. Both are looked for at once; deciding what they mean is domain/identity's job.
 * The image stays in memory: it is never written anywhere.
 */
import { decodeQrCodes } from './qr-decoder.js';
import { locateMrz } from './mrz-locator.js';
import type { OcrPool } from './ocr-pool.js';

export interface CardImageScan {
  qrText?: string;
  /** The three TD1 lines as recognised, before any repair. */
  mrzLines?: [string, string, string];
}

const TD1_LINE = 30;

/** What an MRZ may contain: the recogniser answers with nothing else. */
export const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

/** The three consecutive recognised lines that look most like a TD1 MRZ, or undefined. */
export function pickMrzLines(ocrText: string): [string, string, string] | undefined {
  const lines = ocrText
    .split('\n')
    .map((line) => line.replace(/\s+/g, '').toUpperCase())
    .filter((line) => line.length >= TD1_LINE - 6);
  let best: [string, string, string] | undefined;
  let bestMiss = Number.POSITIVE_INFINITY;
  for (let index = 0; index + 3 <= lines.length; index += 1) {
    const triple = lines.slice(index, index + 3) as [string, string, string];
    const miss = triple.reduce((sum, line) => sum + Math.abs(line.length - TD1_LINE), 0);
    if (miss < bestMiss) {
      bestMiss = miss;
      best = triple;
    }
  }
  return best;
}

export async function scanCardImage(image: Buffer, ocr: OcrPool): Promise<CardImageScan> {
  const [qrTexts, mrzLines] = await Promise.all([
    decodeQrCodes(new Uint8Array(image.buffer, image.byteOffset, image.byteLength)).catch(() => []),
    locateMrz(image).then(async (crop) => (crop === null ? undefined : pickMrzLines(await ocr.recognize(crop.png)))),
  ]);
  const scan: CardImageScan = {};
  const qrText = qrTexts.find((text) => text.includes('|')) ?? qrTexts[0];
  if (qrText !== undefined) scan.qrText = qrText;
  if (mrzLines !== undefined) scan.mrzLines = mrzLines;
  return scan;
}
