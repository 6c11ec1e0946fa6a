/**
 * A printed document as a picture of the paper, for a person to look at: one pixel per printer
 * dot (80 mm paper is 576 dots wide). Text lines are drawn in the kiosk's bundled font at the
 * printer's font A size (12 x 24 dots, times the character size), raster images dot for dot, QR
 * codes from their data at their module size. A document that did not come out whole ends in a
 * red note saying so; a cut ends in a dashed line.
 */
import { type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { rasterFont } from '../../devices/printer/raster-font.js';
import type { Align } from './escpos-decoder.js';
import type { DocumentPart, PrintedDocument, PrintedImage, PrintedQr } from './printed-document.js';

const PAPER_DOTS = 576;
const MARGIN = 16;
/** Font A is 24 dots tall; lines are 30 dots apart at the default spacing (more for taller characters). */
const TEXT_DOTS = 24;
const LINE_GAP = 6;
/** Where the baseline sits in a 24-dot cell: room above for stacked marks ("Ẫ"), below for "g". */
const BASELINE = 0.8;
const END_MARK_DOTS = 40;

const heightOf = (part: DocumentPart): number => {
  switch (part.kind) {
    case 'line':
      return (TEXT_DOTS + LINE_GAP) * part.line.height;
    case 'image':
      return part.image.height * part.image.scaleY;
    case 'qr':
      return qrMatrix(part.qr).size * part.qr.moduleSize + LINE_GAP * 2;
  }
};

const widthOf = (part: DocumentPart): number => (part.kind === 'image' ? part.image.width * part.image.scaleX : 0);

function qrMatrix(qr: PrintedQr): QRCode.BitMatrix {
  return QRCode.create(qr.data, { errorCorrectionLevel: qr.correction }).modules;
}

function leftFor(align: Align, width: number, paper: number): number {
  if (align === 'center') return Math.round((paper - width) / 2);
  if (align === 'right') return paper - width;
  return 0;
}

export async function renderDocumentPng(document: PrintedDocument): Promise<Buffer> {
  const paper = Math.max(PAPER_DOTS, ...document.parts.map(widthOf));
  const height = MARGIN * 2 + document.parts.reduce((sum, part) => sum + heightOf(part), 0) + END_MARK_DOTS;
  const canvas = createCanvas(paper + MARGIN * 2, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  let y = MARGIN;
  for (const part of document.parts) {
    draw(context, part, MARGIN, y, paper);
    y += heightOf(part);
  }
  drawEnd(context, document, y, paper);
  return canvas.encode('png');
}

function draw(context: SKRSContext2D, part: DocumentPart, x: number, y: number, paper: number): void {
  switch (part.kind) {
    case 'line': {
      const { line } = part;
      context.font = rasterFont(TEXT_DOTS * line.height, line.bold);
      const stretch = line.width / line.height;
      const width = context.measureText(line.text).width * stretch;
      context.save();
      context.translate(x + leftFor(line.align, width, paper), y + (LINE_GAP + TEXT_DOTS * BASELINE) * line.height);
      context.scale(stretch, 1);
      context.fillText(line.text, 0, 0);
      context.restore();
      return;
    }
    case 'image':
      return drawImage(context, part.image, x + leftFor(part.align, part.image.width * part.image.scaleX, paper), y);
    case 'qr': {
      const matrix = qrMatrix(part.qr);
      const module = part.qr.moduleSize;
      const left = x + leftFor(part.align, matrix.size * module, paper);
      const top = y + LINE_GAP;
      for (let row = 0; row < matrix.size; row += 1) {
        for (let column = 0; column < matrix.size; column += 1) {
          if (matrix.get(row, column)) context.fillRect(left + column * module, top + row * module, module, module);
        }
      }
    }
  }
}

/** Dot for dot: a black dot is a black pixel (scaled when the image was printed double size). */
function drawImage(context: SKRSContext2D, image: PrintedImage, x: number, y: number): void {
  const rowBytes = Math.ceil(image.width / 8);
  const pixels = context.createImageData(image.width * image.scaleX, image.height * image.scaleY);
  pixels.data.fill(255);
  for (let row = 0; row < image.height; row += 1) {
    for (let column = 0; column < image.width; column += 1) {
      const byte = image.bits[row * rowBytes + (column >> 3)] ?? 0;
      if ((byte & (0x80 >> (column & 7))) === 0) continue;
      for (let dy = 0; dy < image.scaleY; dy += 1) {
        for (let dx = 0; dx < image.scaleX; dx += 1) {
          const offset = ((row * image.scaleY + dy) * pixels.width + column * image.scaleX + dx) * 4;
          pixels.data.fill(0, offset, offset + 3);
        }
      }
    }
  }
  context.putImageData(pixels, x, y);
}

function drawEnd(context: SKRSContext2D, document: PrintedDocument, y: number, paper: number): void {
  if (!document.complete) {
    context.fillStyle = '#c00';
    context.font = rasterFont(20, true);
    context.fillText('— not printed to the end (paper out, cover open or connection lost) —', MARGIN, y + 24);
    return;
  }
  if (!document.cut) return;
  context.strokeStyle = '#888';
  context.setLineDash([8, 6]);
  context.beginPath();
  context.moveTo(0, y + END_MARK_DOTS / 2);
  context.lineTo(paper + MARGIN * 2, y + END_MARK_DOTS / 2);
  context.stroke();
}
