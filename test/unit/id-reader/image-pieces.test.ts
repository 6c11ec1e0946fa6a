import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pickMrzLines } from '../../../devices/id-reader/image/card-image-reader.js';
import { estimateSkew } from '../../../devices/id-reader/image/mrz-locator.js';
import { decodeQrCodes } from '../../../devices/id-reader/image/qr-decoder.js';

const PAYLOAD = '001085012345|123456789|Nguyễn Văn An|12041985|Nam|Số 1 phố Huế, Hà Nội|01072021';

describe('QR decoding (zxing-wasm from node_modules)', () => {
  it('reads a CCCD payload with diacritics from PNG bytes', async () => {
    const png = await QRCode.toBuffer(PAYLOAD, { scale: 5 });
    expect(await decodeQrCodes(new Uint8Array(png))).toEqual([PAYLOAD]);
  });

  it('reads it from raw RGBA pixels (a camera frame) on a busy background, turned 4°', async () => {
    const png = await QRCode.toBuffer(PAYLOAD, { scale: 5 });
    const { data, info } = await sharp(png)
      .rotate(4, { background: '#8a7f70' })
      .extend({ top: 40, bottom: 40, left: 60, right: 60, background: '#8a7f70' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const texts = await decodeQrCodes({ data: new Uint8ClampedArray(data), width: info.width, height: info.height });
    expect(texts).toEqual([PAYLOAD]);
  });

  it('finds nothing in an image without a code', async () => {
    const blank = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(await decodeQrCodes(new Uint8Array(blank))).toEqual([]);
  });
});

describe('picking the MRZ out of recognised text', () => {
  it('takes the three consecutive lines closest to 30 characters, spaces removed', () => {
    const text = [
      'CUC TRUONG CUC CANH SAT',
      'IDVNM0850123456001085012345<<8',
      '8504129M4504124VNM<<<<< <<<<<<6',
      'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<',
      '',
    ].join('\n');
    expect(pickMrzLines(text)).toEqual([
      'IDVNM0850123456001085012345<<8',
      '8504129M4504124VNM<<<<<<<<<<<6',
      'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<',
    ]);
  });

  it('gives up when fewer than three long lines were read', () => {
    expect(pickMrzLines('IDVNM0850123456001085012345<<8\nshort\n')).toBeUndefined();
  });
});

describe('skew estimate', () => {
  it('recovers the slope of text-like rows of points', () => {
    for (const degrees of [-5, -3, 0, 2.5, 4]) {
      const slope = Math.tan((degrees * Math.PI) / 180);
      const points: number[] = [];
      for (const baseline of [100, 140, 180]) {
        for (let x = 50; x < 750; x += 3) points.push(x, Math.round(baseline + x * slope));
      }
      expect(estimateSkew(Int32Array.from(points), 400)).toBeCloseTo(degrees, 0);
    }
  });
});
