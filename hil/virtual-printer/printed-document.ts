/** What came out of the virtual printer, one document per cut, for tests to read and people to look at. */
import type { Align } from './escpos-decoder.js';

export interface PrintedLine {
  text: string;
  /** The line's bytes as received (text only), for when a code page did not decode. */
  raw: Buffer;
  align: Align;
  bold: boolean;
  /** Character size as multiples of normal. */
  width: number;
  height: number;
}

export interface PrintedQr {
  data: string;
  model: number;
  /** Dots per module. */
  moduleSize: number;
  correction: 'L' | 'M' | 'Q' | 'H';
}

/** A raster image as printed: rows of ceil(width/8) bytes, most significant bit leftmost, 1 is black. */
export interface PrintedImage {
  width: number;
  height: number;
  bits: Buffer;
  scaleX: number;
  scaleY: number;
}

export type DocumentPart =
  | { kind: 'line'; line: PrintedLine }
  | { kind: 'qr'; qr: PrintedQr; align: Align }
  | { kind: 'image'; image: PrintedImage; align: Align };

export interface PrintedDocument {
  /** Everything printed, in paper order. */
  parts: DocumentPart[];
  lines: PrintedLine[];
  qrCodes: PrintedQr[];
  images: PrintedImage[];
  /** Ended with a cut command. */
  cut: boolean;
  /** Came out whole: false when paper ran out, the cover opened or the connection dropped mid-way. */
  complete: boolean;
  /** Commands the decoder did not know, as hex. */
  unknown: string[];
  endedAt: Date;
}

/** The document as plain text: its lines, with QR codes and images as bracketed notes. */
export function documentText(document: PrintedDocument): string {
  return document.parts
    .map((part) => {
      switch (part.kind) {
        case 'line':
          return part.line.text;
        case 'qr':
          return `[QR ${part.qr.data}]`;
        case 'image':
          return `[image ${part.image.width}x${part.image.height}]`;
      }
    })
    .join('\n');
}
