/**
 * One image of one side of a card in, what is printed on it out: the QR text and/or the three MRZ
 * lines as read. Both are looked for at once; deciding what they mean is domain/identity's job.
 * The image stays in memory: it is never written anywhere.
 */
import type { CardScan } from '../../../domain/identity/card-reading.js';
import { decodeQrCodes } from './qr-decoder.js';
import { locateMrz } from './mrz-locator.js';
import { OcrPool } from './ocr-pool.js';


const TD1_LINE = 30;

/** What an MRZ may contain: the recogniser answers with nothing else. */
export const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

/** The OCR workers a card reader starts with the kiosk, reading MRZ characters only. */
export function startCardOcr(workers: number): Promise<OcrPool> {
  return OcrPool.start({ size: workers, recycleAfter: 200, whitelist: MRZ_ALPHABET });
}

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

/**
 * Could this be the start of a CCCD MRZ (`IDVNM` and digits)? Two slips allowed in the prefix:
 * it only has to tell the MRZ from the other text on a card, cheaply, before the full read.
 */
export function looksLikeMrzStart(ocrText: string): boolean {
  const line = ocrText.replace(/\s+/g, '').toUpperCase();
  if (line.length < 8) return false;
  const slips = [...'IDVNM'].filter((letter, index) => line[index] !== letter).length;
  const digits = line.slice(5, 12).replace(/[^0-9OQDIB]/g, '').length;
  return slips <= 2 && digits >= 3;
}

/** Read the start of each candidate until one is an MRZ, then the whole of that one. */
async function readMrz(image: Buffer, ocr: OcrPool): Promise<[string, string, string] | undefined> {
  const candidates = await locateMrz(image);
  for (let index = 0; index < (candidates?.count ?? 0); index += 1) {
    if (!looksLikeMrzStart(await ocr.recognize(await candidates!.crop(index, 'lineStart')))) continue;
    const lines = pickMrzLines(await ocr.recognize(await candidates!.crop(index, 'zone')));
    if (lines !== undefined) return lines;
  }
  return undefined;
}

export async function scanCardImage(image: Buffer, ocr: OcrPool): Promise<CardScan> {
  const [qrTexts, mrzLines] = await Promise.all([
    decodeQrCodes(new Uint8Array(image.buffer, image.byteOffset, image.byteLength)).catch(() => []),
    readMrz(image, ocr),
  ]);
  const scan: { qrText?: string; mrzLines?: [string, string, string] } = {};
  const qrText = qrTexts.find((text) => text.includes('|')) ?? qrTexts[0];
  if (qrText !== undefined) scan.qrText = qrText;
  if (mrzLines !== undefined) scan.mrzLines = mrzLines;
  return scan;
}
