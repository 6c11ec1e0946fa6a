/**
 * serialport's ReadlineParser, bounded: a device that never sends `\n` (or sends garbage) must not
 * grow the buffer without end. While a line accumulates it is cut to one byte past the bound,
 * which is enough for the reader to see it was overlong when its `\n` arrives and drop it whole.
 */
import type { TransformCallback } from 'node:stream';
import { ReadlineParser } from 'serialport';

export class BoundedReadlineParser extends ReadlineParser {
  constructor(private readonly maxLineBytes: number) {
    super({ delimiter: '\n', encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(chunk, encoding, (error) => {
      if (this.buffer.length > this.maxLineBytes) this.buffer = Buffer.from(this.buffer.subarray(0, this.maxLineBytes + 1));
      callback(error);
    });
  }
}

/** True when a line the parser gave out was longer than the bound (so it was cut, and is dropped). */
export function isOverlong(line: string, maxLineBytes: number): boolean {
  return Buffer.byteLength(line, 'utf8') > maxLineBytes;
}
