/**
 * Reading ESC/POS bytes back, for the tests: the raster images, QR payloads and Vietnamese text a
 * job's bytes carry. Decoding uses iconv-lite's own tables, not the printing code's.
 */
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

export const hex = (bytes: Iterable<number>) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export interface RasterImage {
  widthDots: number;
  heightDots: number;
  /** Where its dots are in the bytes. */
  start: number;
  end: number;
}

/** EPSON GS v 0 m xL xH yL yH, then (xL + xH * 256) bytes for each of the (yL + yH * 256) rows. */
export function epsonImages(bytes: Buffer): RasterImage[] {
  const images: RasterImage[] = [];
  const header = Buffer.from([0x1d, 0x76, 0x30, 0x30]);
  let at = bytes.indexOf(header);
  while (at !== -1) {
    const rowBytes = bytes[at + 4]! + bytes[at + 5]! * 256;
    const rows = bytes[at + 6]! + bytes[at + 7]! * 256;
    const start = at + 8;
    images.push({ widthDots: rowBytes * 8, heightDots: rows, start, end: start + rowBytes * rows });
    at = bytes.indexOf(header, start + rowBytes * rows);
  }
  return images;
}

/** STAR ESC k n1 n2: a band of 24 rows of n1 bytes. */
export function starBands(bytes: Buffer): RasterImage[] {
  const bands: RasterImage[] = [];
  const header = Buffer.from([0x1b, 0x6b]);
  let at = bytes.indexOf(header);
  while (at !== -1) {
    const rowBytes = bytes[at + 2]!;
    const start = at + 4;
    bands.push({ widthDots: rowBytes * 8, heightDots: 24, start, end: start + rowBytes * 24 });
    at = bytes.indexOf(header, start + rowBytes * 24);
  }
  return bands;
}

export function rasterImages(bytes: Buffer, type: 'epson' | 'star'): RasterImage[] {
  return type === 'epson' ? epsonImages(bytes) : starBands(bytes);
}

/** The data of every QR code: EPSON GS ( k pL pH 1 P 0, STAR ESC GS y D 1 0 nL nH. */
export function qrPayloads(bytes: Buffer, type: 'epson' | 'star'): { text: string; start: number; end: number }[] {
  const header = type === 'epson' ? [0x1d, 0x28, 0x6b] : [0x1b, 0x1d, 0x79, 0x44, 0x31, 0x00];
  const payloads: { text: string; start: number; end: number }[] = [];
  let at = bytes.indexOf(Buffer.from(header));
  while (at !== -1) {
    const lengthAt = at + header.length;
    const isStore = type === 'star' || (bytes[lengthAt + 2] === 0x31 && bytes[lengthAt + 3] === 0x50);
    if (isStore) {
      const count = bytes[lengthAt]! + bytes[lengthAt + 1]! * 256 - (type === 'epson' ? 3 : 0);
      const start = lengthAt + (type === 'epson' ? 5 : 2);
      payloads.push({ text: bytes.subarray(start, start + count).toString('latin1'), start, end: start + count });
    }
    at = bytes.indexOf(Buffer.from(header), at + 1);
  }
  return payloads;
}

/** The bytes with image and QR data taken out: what the printer would take for characters and commands. */
export function commandBytes(bytes: Buffer, type: 'epson' | 'star'): Buffer {
  const cuts = [...rasterImages(bytes, type), ...qrPayloads(bytes, type)].sort((a, b) => a.start - b.start);
  const kept: Buffer[] = [];
  let from = 0;
  for (const { start, end } of cuts) {
    kept.push(bytes.subarray(from, start));
    from = end;
  }
  return Buffer.concat([...kept, bytes.subarray(from)]);
}

/** A golden for raster output: the command bytes in hex, each image as its size and a digest of its dots. */
export function describeRaster(bytes: Buffer, type: 'epson' | 'star'): string {
  const images = rasterImages(bytes, type);
  const parts: string[] = [];
  let from = 0;
  for (const image of images) {
    parts.push(hex(bytes.subarray(from, image.start)), `[${image.widthDots}x${image.heightDots} ${digest(bytes.subarray(image.start, image.end))}]`);
    from = image.end;
  }
  parts.push(hex(bytes.subarray(from)));
  return `${bytes.length} bytes, sha256 ${digest(bytes)}\n${parts.join('\n')}`;
}

export const wpc1258Text = (bytes: Buffer) => iconv.decode(bytes, 'win1258').normalize('NFC');

/**
 * TCVN-3 as EPSON prints it: ESC t 30 selects the small letters, ESC t 31 the capitals, each
 * capital on the byte of its small letter. iconv-lite's "tcvn" (TCVN 5712) decodes the small
 * letters' page; a byte read on the capitals' page is that letter, upper-cased.
 */
export function tcvn3Text(bytes: Buffer): string {
  let capitals = false;
  let text = '';
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 0x1b && bytes[index + 1] === 0x74 && (bytes[index + 2] === 30 || bytes[index + 2] === 31)) {
      capitals = bytes[index + 2] === 31;
      index += 2;
      continue;
    }
    const byte = bytes[index]!;
    const character = iconv.decode(Buffer.from([byte]), 'tcvn');
    text += byte >= 0x80 && capitals ? character.toUpperCase() : character;
  }
  return text;
}
