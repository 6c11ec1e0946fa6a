/**
 * Turns the text lines a scanner sends into scans. A QR arrives as one line: a card's (its fields
 * joined by `|`) or a ticket's (the web address of its status page, which the rating screen
 * reads); an MRZ as three lines of 30 characters, or as one line of 90. Pure, so split and stray
 * lines are tested without a port.
 */
import type { CardScan } from '../../domain/identity/card-reading.js';

const MRZ_LINE = /^[A-Z0-9<]{30}$/;
const MRZ_BLOCK = /^[A-Z0-9<]{90}$/;
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

export class ScanAssembler {
  private mrz: string[] = [];
  private lastMrzAt = 0;

  /** @param mrzGapMs lines further apart than this do not belong to the same MRZ */
  constructor(private readonly mrzGapMs = 500) {}

  /** Feed one received line; a complete scan comes back when this line finished one. */
  feed(raw: string, atMs: number): CardScan | null {
    const line = raw.replace(/[\r\n]+/g, '').trim();
    if (line.includes('|') || WEB_ADDRESS.test(line)) {
      this.mrz = [];
      return { qrText: line.normalize('NFC') };
    }
    const compact = line.replace(/\s+/g, '').toUpperCase();
    if (MRZ_BLOCK.test(compact)) {
      this.mrz = [];
      return { mrzLines: [compact.slice(0, 30), compact.slice(30, 60), compact.slice(60)] };
    }
    if (!MRZ_LINE.test(compact)) return null;
    if (atMs - this.lastMrzAt > this.mrzGapMs) this.mrz = [];
    this.lastMrzAt = atMs;
    this.mrz.push(compact);
    if (this.mrz.length < 3) return null;
    const [first, second, third] = this.mrz as [string, string, string];
    this.mrz = [];
    return { mrzLines: [first, second, third] };
  }
}
