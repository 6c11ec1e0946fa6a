/**
 * Text as images: each line drawn with the bundled font, thresholded to 1 bit and sent as a raster
 * image through node-thermal-printer's printImageBuffer (GS v 0 on EPSON, 24-dot ESC k bands on
 * STAR). Every printer prints images; not every printer has a Vietnamese code page. Lines that
 * follow each other go out as one image: fewer commands, and STAR pads only the image's last band
 * to 24 dots, not every line.
 */
import { type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
import type { ThermalPrinter } from 'node-thermal-printer';
import { SIZE_SCALE, type TextBlock } from './escpos-layout.js';
import { printQr } from './escpos-qr.js';
import type { BlockWriter, EscPosOptions } from './escpos-writer.js';
import { wrapWords } from './escpos-wrap.js';
import { type Bitmap, bandWith, pngOf, stacked, thresholded, whiteCanvas } from './raster-bitmap.js';
import { rasterFont } from './raster-font.js';

/** Normal text is the size of the printers' own font A (12 x 24 dots), so the paper holds as many columns as in a code page. */
const NORMAL_DOTS = 24;
const DOTS_PER_COLUMN = 12;
/** Room above the baseline for stacked marks ("Ẫ") and below it for descenders, as fractions of the size. */
const BASELINE = 1.05;
const LINE_HEIGHT = 1.4;
/** Taller images are split: printers cap an image's height (EPSON's GS v 0 at 2303 dots, less on some). */
const MAX_IMAGE_DOTS = 1024;

let measuring: SKRSContext2D | undefined;
function widthOf(text: string, font: string): number {
  measuring ??= createCanvas(1, 1).getContext('2d');
  measuring.font = font;
  return measuring.measureText(text).width;
}

function textLines(block: TextBlock, width: number): Bitmap[] {
  const size = NORMAL_DOTS * SIZE_SCALE[block.size];
  const font = rasterFont(size, block.bold);
  const indent = widthOf(block.marker, font);
  return wrapWords(block.text, (line) => widthOf(line, font) <= width - indent).map((line, index) => {
    const shown = index === 0 ? `${block.marker}${line}` : line;
    const x = block.align === 'center' ? (width - widthOf(shown, font)) / 2 : index === 0 ? 0 : indent;
    const canvas = whiteCanvas(width, Math.ceil(size * LINE_HEIGHT));
    const context = canvas.getContext('2d');
    context.font = font;
    context.fillText(shown, Math.round(x), Math.round(size * BASELINE));
    return thresholded(canvas);
  });
}

/** A 2-dot line across the paper, with room above and below. */
const rule = (width: number) => bandWith(width, 16, [[0, 7, width, 2]]);

/** A tick every column (12 dots), longer every 5 and 10 columns, and one at the last dot: shows the printable width. */
function ruler(width: number): Bitmap {
  const ticks: [number, number, number, number][] = [];
  for (let x = 0; x < width; x += DOTS_PER_COLUMN) {
    const column = x / DOTS_PER_COLUMN;
    const height = column % 10 === 0 ? 24 : column % 5 === 0 ? 14 : 8;
    ticks.push([x, 24 - height, 2, height]);
  }
  return bandWith(width, 24, [...ticks, [width - 2, 0, 2, 24], [0, 22, width, 2]]);
}

export function rasterWriter(printer: ThermalPrinter, options: EscPosOptions): BlockWriter {
  const width = options.width * DOTS_PER_COLUMN;
  let held: Bitmap[] = [];
  let heldDots = 0;

  async function flush(): Promise<void> {
    if (held.length === 0) return;
    const image = stacked(held);
    held = [];
    heldDots = 0;
    await printer.printImageBuffer(pngOf(image));
  }

  async function hold(bitmaps: Bitmap[]): Promise<void> {
    for (const bitmap of bitmaps) {
      if (heldDots + bitmap.height > MAX_IMAGE_DOTS) await flush();
      held.push(bitmap);
      heldDots += bitmap.height;
    }
  }

  return {
    async write(block) {
      switch (block.kind) {
        case 'text':
          return hold(textLines(block, width));
        case 'rule':
          return hold([rule(width)]);
        case 'feed':
          return hold([bandWith(width, Math.ceil(NORMAL_DOTS * LINE_HEIGHT), [])]);
        case 'ruler':
          return hold([ruler(width)]);
        case 'qr':
          await flush();
          return printQr(printer, options.type, block.data);
      }
    },
    finish: flush,
  };
}
