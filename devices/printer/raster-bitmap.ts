/** 1-bit images, what a thermal printer prints: drawn text thresholded, stacked, and encoded for the library. */
import { type Canvas, createCanvas } from '@napi-rs/canvas';

/** One byte per dot, 1 for black: simple to stack and to test. */
export interface Bitmap {
  width: number;
  height: number;
  dots: Uint8Array;
}

/** A thermal dot is on or off: whatever the canvas drew darker than mid-grey is black, the rest white. */
export function thresholded(canvas: Canvas): Bitmap {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const dots = new Uint8Array(canvas.width * canvas.height);
  for (let index = 0; index < dots.length; index += 1) dots[index] = (data[index * 4] ?? 255) < 128 ? 1 : 0;
  return { width: canvas.width, height: canvas.height, dots };
}

/** A canvas of the given size, white, for black drawing. */
export function whiteCanvas(width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000';
  return canvas;
}

/** Bitmaps of the same width, one under the other. */
export function stacked(bitmaps: Bitmap[]): Bitmap {
  const width = bitmaps[0]?.width ?? 0;
  const height = bitmaps.reduce((sum, bitmap) => sum + bitmap.height, 0);
  const dots = new Uint8Array(width * height);
  let offset = 0;
  for (const bitmap of bitmaps) {
    dots.set(bitmap.dots, offset);
    offset += bitmap.dots.length;
  }
  return { width, height, dots };
}

/** PNG, pure black and white: what node-thermal-printer's printImageBuffer takes. */
export function pngOf(bitmap: Bitmap): Buffer {
  const canvas = createCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  const image = context.createImageData(bitmap.width, bitmap.height);
  const rgba = image.data;
  rgba.fill(255);
  for (let index = 0; index < bitmap.dots.length; index += 1) {
    if (bitmap.dots[index] === 1) rgba.fill(0, index * 4, index * 4 + 3);
  }
  context.putImageData(image, 0, 0);
  return canvas.toBuffer('image/png');
}

/** A band of the given height with black rectangles [x, y, width, height] on it. */
export function bandWith(width: number, height: number, rectangles: [number, number, number, number][]): Bitmap {
  const canvas = whiteCanvas(width, height);
  const context = canvas.getContext('2d');
  for (const [x, y, w, h] of rectangles) context.fillRect(x, y, w, h);
  return thresholded(canvas);
}
