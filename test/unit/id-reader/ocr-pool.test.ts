import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OcrPool } from '../../../devices/id-reader/image/ocr-pool.js';

const MRZ = ['IDVNM0850123456001085012345<<8', '8504129M4504124VNM<<<<<<<<<<<6', 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<'];

/** Three MRZ lines in OCR-B, as a crop from the locator would look. */
function mrzImage(): Buffer {
  GlobalFonts.registerFromPath('/usr/share/fonts/opentype/ocr-b/OCRB.otf', 'OCRB');
  const canvas = createCanvas(1000, 200);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 1000, 200);
  context.fillStyle = '#111111';
  context.font = '40px OCRB';
  MRZ.forEach((line, index) => context.fillText(line, 20, 55 + index * 55));
  return canvas.toBuffer('image/png');
}

describe('OCR worker pool', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await OcrPool.start({ size: 1, recycleAfter: 2, whitelist: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<' });
  }, 30_000);
  afterAll(async () => pool?.close());

  it('reads OCR-B MRZ lines with the bundled legacy data, and recycles a worker every N reads', async () => {
    const image = mrzImage();
    const texts = await Promise.all(Array.from({ length: 5 }, () => pool.recognize(image)));
    for (const text of texts) {
      const lines = text.trim().split('\n').map((line) => line.replace(/\s/g, ''));
      // The legacy engine reads `<` right; a letter O for a zero is the repair layer's business.
      expect(lines.map((line) => line.replace(/O/g, '0'))).toEqual(MRZ.map((line) => line.replace(/O/g, '0')));
    }
    expect(pool.spawned).toBe(3);
  }, 60_000);

  it('refuses work once closed', async () => {
    const closing = await OcrPool.start({ size: 1, recycleAfter: 10, whitelist: 'A' });
    await closing.close();
    await expect(closing.recognize(mrzImage())).rejects.toThrow(/closed/);
  }, 30_000);
});
