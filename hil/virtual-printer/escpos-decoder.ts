/**
 * ESC/POS as a printer reads it: a byte stream cut into commands, whatever the TCP or serial
 * chunks were (a command split across chunks waits for the rest). Every command is framed by its
 * known length, so image and QR data are never taken for commands; a command it does not know
 * is reported as unknown (its first bytes) and skipped, never a crash.
 *
 * Two dialects: EPSON ESC/POS, and the STAR line-mode commands node-thermal-printer writes for
 * type STAR (they reuse some ESC letters with other meanings: ESC E, ESC d, ESC i, ESC k).
 */
export type Dialect = 'epson' | 'star';
export type Align = 'left' | 'center' | 'right';

export type EscPosCommand =
  /** Printable bytes in the current code page (a run may arrive in pieces). */
  | { kind: 'text'; bytes: Buffer }
  | { kind: 'lineFeed' }
  | { kind: 'feed'; lines: number }
  | { kind: 'init' }
  | { kind: 'codePage'; page: number }
  | { kind: 'align'; align: Align }
  | { kind: 'bold'; on: boolean }
  /** Character size as multiples of normal (1-8). */
  | { kind: 'size'; width: number; height: number }
  /** ESC !: bold, double width and height at once. */
  | { kind: 'printMode'; bold: boolean; width: number; height: number }
  | { kind: 'cut'; partial: boolean }
  | { kind: 'qrSetting'; setting: 'model' | 'moduleSize' | 'correction'; value: number }
  | { kind: 'qrStore'; data: Buffer }
  | { kind: 'qrPrint' }
  /** A raster image: rows of ceil(width/8) bytes, most significant bit leftmost, 1 is black. */
  | { kind: 'raster'; width: number; height: number; bits: Buffer; scaleX: number; scaleY: number; band: boolean }
  /** DLE EOT n: real-time status request. */
  | { kind: 'statusQuery'; n: number }
  /** GS r n: paper (n=1) or drawer (n=2) sensor status, answered in sequence. */
  | { kind: 'sensorQuery'; n: number }
  /** Known, understood, and of no consequence for the printed text (underline, font, spacing...). */
  | { kind: 'ignored'; name: string }
  | { kind: 'unknown'; bytes: Buffer };

/** A command and how many bytes of the stream it took. */
export interface Decoded {
  command: EscPosCommand;
  length: number;
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;

/** Longer declared data is taken for garbage: the command's first bytes are reported unknown instead. */
const MAX_DATA_BYTES = 8 * 1024 * 1024;

type Parse = Decoded | 'incomplete';

const at = (buffer: Buffer, index: number) => buffer[index] ?? 0;
const word = (buffer: Buffer, index: number) => at(buffer, index) | (at(buffer, index + 1) << 8);
const unknown = (buffer: Buffer, start: number, length: number): Decoded => ({
  command: { kind: 'unknown', bytes: Buffer.from(buffer.subarray(start, start + length)) },
  length,
});
const fixed = (length: number, command: EscPosCommand) => (buffer: Buffer, start: number): Parse =>
  buffer.length - start >= length ? { command, length } : 'incomplete';
const ignored = (name: string, length: number) => fixed(length, { kind: 'ignored', name });

/** A command of `header` bytes followed by `dataLength(header)` bytes of data. */
function framed(start: number, buffer: Buffer, header: number, dataLength: () => number, make: (data: Buffer) => EscPosCommand): Parse {
  if (buffer.length - start < header) return 'incomplete';
  const size = dataLength();
  if (size > MAX_DATA_BYTES) return unknown(buffer, start, header);
  if (buffer.length - start < header + size) return 'incomplete';
  return { command: make(Buffer.from(buffer.subarray(start + header, start + header + size))), length: header + size };
}

/** A command whose data runs up to and including `terminator`. */
function terminated(start: number, buffer: Buffer, from: number, terminator: number, name: string): Parse {
  const end = buffer.indexOf(terminator, start + from);
  if (end === -1) return buffer.length - start > MAX_DATA_BYTES ? unknown(buffer, start, from) : 'incomplete';
  return { command: { kind: 'ignored', name }, length: end + 1 - start };
}

const ALIGNS: Align[] = ['left', 'center', 'right'];
const alignOf = (n: number): Align => ALIGNS[n % 48] ?? 'left';

type CommandParser = (buffer: Buffer, start: number) => Parse;
/** Commands taking one parameter byte n, by the letter after their prefix. */
const withN = (length: number, make: (n: number) => EscPosCommand): CommandParser => (buffer, start) =>
  buffer.length - start >= length ? { command: make(at(buffer, start + length - 1)), length } : 'incomplete';

const EPSON_ESC: Record<number, CommandParser> = {
  0x40: fixed(2, { kind: 'init' }), // ESC @
  0x74: withN(3, (n) => ({ kind: 'codePage', page: n })), // ESC t n
  0x61: withN(3, (n) => ({ kind: 'align', align: alignOf(n) })), // ESC a n
  0x45: withN(3, (n) => ({ kind: 'bold', on: (n & 1) === 1 })), // ESC E n
  0x47: ignored('double-strike', 3), // ESC G n
  0x21: withN(3, (n) => ({ kind: 'printMode', bold: (n & 0x08) !== 0, width: n & 0x20 ? 2 : 1, height: n & 0x10 ? 2 : 1 })), // ESC ! n
  0x64: withN(3, (n) => ({ kind: 'feed', lines: n })), // ESC d n
  0x4a: ignored('feed dots', 3), // ESC J n
  0x65: ignored('reverse feed', 3), // ESC e n
  0x2d: ignored('underline', 3), // ESC - n
  0x4d: ignored('font', 3), // ESC M n
  0x32: ignored('default line spacing', 2), // ESC 2
  0x33: ignored('line spacing', 3), // ESC 3 n
  0x7b: ignored('upside down', 3), // ESC { n
  0x3d: ignored('select peripheral', 3), // ESC = n
  0x52: ignored('international characters', 3), // ESC R n
  0x56: ignored('rotate', 3), // ESC V n
  0x20: ignored('character spacing', 3), // ESC SP n
  0x72: ignored('colour', 3), // ESC r n
  0x55: ignored('unidirectional', 3), // ESC U n
  0x54: ignored('print direction', 3), // ESC T n
  0x25: ignored('user characters', 3), // ESC % n
  0x3f: ignored('cancel user character', 3), // ESC ? n
  0x4c: ignored('page mode', 2), // ESC L
  0x53: ignored('standard mode', 2), // ESC S
  0x69: fixed(2, { kind: 'cut', partial: true }), // ESC i
  0x6d: fixed(2, { kind: 'cut', partial: true }), // ESC m
  0x70: ignored('drawer pulse', 5), // ESC p m t1 t2
  0x42: ignored('beep', 4), // ESC B n t (node-thermal-printer's beep)
  0x63: ignored('panel and sensor settings', 4), // ESC c 3/4/5 n
  0x24: ignored('absolute position', 4), // ESC $ nL nH
  0x5c: ignored('relative position', 4), // ESC \ nL nH
  0x57: ignored('print area', 10), // ESC W xL xH yL yH dxL dxH dyL dyH
  0x44: (buffer, start) => terminated(start, buffer, 2, 0x00, 'tab positions'), // ESC D n1..nk NUL
  // ESC * m nL nH d: bit image, 1 byte per column (m 0, 1) or 3 (m 32, 33).
  0x2a: (buffer, start) => framed(start, buffer, 5, () => word(buffer, start + 3) * (at(buffer, start + 2) >= 32 ? 3 : 1), () => ({ kind: 'ignored', name: 'bit image' })),
};

const STAR_ESC: Record<number, CommandParser> = {
  0x40: fixed(2, { kind: 'init' }), // ESC @
  0x45: fixed(2, { kind: 'bold', on: true }), // ESC E
  0x46: fixed(2, { kind: 'bold', on: false }), // ESC F
  0x69: (buffer, start) => (buffer.length - start >= 4 ? { command: { kind: 'size', width: Math.min(at(buffer, start + 3), 7) + 1, height: Math.min(at(buffer, start + 2), 7) + 1 }, length: 4 } : 'incomplete'), // ESC i n1 n2
  0x64: withN(3, (n) => ({ kind: 'cut', partial: n % 2 === 1 })), // ESC d n: 0/2 full, 1/3 partial
  0x61: withN(3, (n) => ({ kind: 'feed', lines: n })), // ESC a n
  0x2d: ignored('underline', 3), // ESC - n
  0x5f: ignored('upper line', 3), // ESC _ n
  0x34: ignored('highlight on', 2), // ESC 4
  0x35: ignored('highlight off', 2), // ESC 5
  0x30: ignored('line spacing 1/8 inch', 2), // ESC 0
  0x7a: ignored('line spacing', 3), // ESC z n
  0x4a: ignored('feed', 3), // ESC J n
  0x52: ignored('international characters', 3), // ESC R n
  0x57: ignored('width expansion', 3), // ESC W n
  0x68: ignored('height expansion', 3), // ESC h n
  0x6c: ignored('left margin', 3), // ESC l n
  0x51: ignored('right margin', 3), // ESC Q n
  0x3f: ignored('reset', 4), // ESC ? LF NUL (node-thermal-printer's hardware reset)
  0x07: ignored('drawer pulse settings', 4), // ESC BEL n1 n2
  0x06: ignored('real-time status (ASB)', 3), // ESC ACK SOH: Star's own status, not emulated
  0x44: (buffer, start) => terminated(start, buffer, 2, 0x00, 'tab positions'), // ESC D ... NUL
  0x62: (buffer, start) => terminated(start, buffer, 6, 0x1e, 'barcode'), // ESC b n1 n2 n3 n4 d... RS
  // ESC K n1 n2 d: 8-dot graphics, n1 + 256 n2 columns.
  0x4b: (buffer, start) => framed(start, buffer, 4, () => word(buffer, start + 2), () => ({ kind: 'ignored', name: '8-dot graphics' })),
  // ESC k n1 n2 d: a 24-dot band as node-thermal-printer writes it: n1 bytes a row, 24 rows.
  0x6b: (buffer, start) =>
    framed(start, buffer, 4, () => at(buffer, start + 2) * 24, (bits) => ({ kind: 'raster', width: at(buffer, start + 2) * 8, height: 24, bits, scaleX: 1, scaleY: 1, band: true })),
  0x1d: starEscGs,
  0x1e: starEscRs,
};

/** STAR ESC RS F n: font. */
function starEscRs(buffer: Buffer, start: number): Parse {
  if (buffer.length - start < 3) return 'incomplete';
  return at(buffer, start + 2) === 0x46 ? ignored('font', 4)(buffer, start) : unknown(buffer, start, 3);
}

/** STAR ESC GS ...: alignment, code page, QR (ESC GS y), PDF417 (ESC GS x), automatic status. */
function starEscGs(buffer: Buffer, start: number): Parse {
  if (buffer.length - start < 3) return 'incomplete';
  const letter = at(buffer, start + 2);
  switch (letter) {
    case 0x61: // ESC GS a n
      return withN(4, (n) => ({ kind: 'align', align: alignOf(n) }))(buffer, start);
    case 0x74: // ESC GS t n
      return withN(4, (n) => ({ kind: 'codePage', page: n }))(buffer, start);
    case 0x03: // ESC GS ETX s n1 n2
      return ignored('automatic status', 6)(buffer, start);
    case 0x79: // ESC GS y: QR
    case 0x78: {
      // ESC GS x: PDF417, same framing
      if (buffer.length - start < 4) return 'incomplete';
      const part = at(buffer, start + 3);
      const qr = letter === 0x79;
      if (part === 0x50) return fixed(4, qr ? { kind: 'qrPrint' } : { kind: 'ignored', name: 'PDF417 print' })(buffer, start); // P
      if (part === 0x53) {
        // S n m (PDF417's S 0 takes two more)
        if (buffer.length - start < 5) return 'incomplete';
        const which = at(buffer, start + 4);
        if (!qr) return ignored('PDF417 setting', which === 0x30 ? 8 : 6)(buffer, start);
        const setting = ({ 0x30: 'model', 0x31: 'correction', 0x32: 'moduleSize' } as const)[which];
        return setting ? withN(6, (n) => ({ kind: 'qrSetting', setting, value: n }))(buffer, start) : ignored('QR setting', 6)(buffer, start);
      }
      if (part === 0x44) {
        // QR: D 1 0 nL nH data (automatic mode); PDF417: D nL nH data
        const header = qr ? 8 : 6;
        return framed(start, buffer, header, () => word(buffer, start + header - 2), (data) => (qr ? { kind: 'qrStore', data } : { kind: 'ignored', name: 'PDF417 data' }));
      }
      return unknown(buffer, start, 4);
    }
    default:
      return unknown(buffer, start, 3);
  }
}

/** GS commands: the same in both dialects (STAR printers take the image and size ones too). */
function gs(buffer: Buffer, start: number): Parse {
  if (buffer.length - start < 2) return 'incomplete';
  const letter = at(buffer, start + 1);
  switch (letter) {
    case 0x21: // GS ! n
      return withN(3, (n) => ({ kind: 'size', width: ((n >> 4) & 7) + 1, height: (n & 7) + 1 }))(buffer, start);
    case 0x56: {
      // GS V m [n]: m 0, 1, 48, 49 cut; 65, 66, 97, 98, 103, 104 feed n and cut
      if (buffer.length - start < 3) return 'incomplete';
      const m = at(buffer, start + 2);
      // The feed-and-cut forms (m >= 65) take n, and count partial as the even ones (B, b, h).
      const partial = m >= 65 ? m % 2 === 0 : m % 2 === 1;
      return fixed(m >= 65 ? 4 : 3, { kind: 'cut', partial })(buffer, start);
    }
    case 0x72: // GS r n
      return withN(3, (n) => ({ kind: 'sensorQuery', n: n % 48 }))(buffer, start);
    case 0x28: // GS ( fn pL pH data
      return framed(start, buffer, 5, () => word(buffer, start + 3), (data) => (at(buffer, start + 2) === 0x6b ? twoDimensionalCode(data) : { kind: 'ignored', name: `GS ( ${String.fromCharCode(at(buffer, start + 2))}` }));
    case 0x76: {
      // GS v 0 m xL xH yL yH data
      if (buffer.length - start < 8) return 'incomplete';
      if (at(buffer, start + 2) !== 0x30) return unknown(buffer, start, 3);
      const m = at(buffer, start + 3) % 48;
      const widthBytes = word(buffer, start + 4);
      const height = word(buffer, start + 6);
      return framed(start, buffer, 8, () => widthBytes * height, (bits) => ({ kind: 'raster', width: widthBytes * 8, height, bits, scaleX: m & 1 ? 2 : 1, scaleY: m & 2 ? 2 : 1, band: false }));
    }
    case 0x38: // GS 8 L p1 p2 p3 p4 data (long graphics)
      if (buffer.length - start < 7) return 'incomplete';
      if (at(buffer, start + 2) !== 0x4c) return unknown(buffer, start, 3);
      return framed(start, buffer, 7, () => buffer.readUInt32LE(start + 3), () => ({ kind: 'ignored', name: 'GS 8 L graphics' }));
    case 0x6b: {
      // GS k m: barcode, NUL-terminated (m 0-6) or counted (m 65-79)
      if (buffer.length - start < 3) return 'incomplete';
      const m = at(buffer, start + 2);
      if (m <= 6) return terminated(start, buffer, 3, 0x00, 'barcode');
      return framed(start, buffer, 4, () => at(buffer, start + 3), () => ({ kind: 'ignored', name: 'barcode' }));
    }
    case 0x2a: // GS * x y data: downloaded bit image
      return framed(start, buffer, 4, () => at(buffer, start + 2) * at(buffer, start + 3) * 8, () => ({ kind: 'ignored', name: 'downloaded bit image' }));
    case 0x42: // GS B n
    case 0x48: // GS H n
    case 0x66: // GS f n
    case 0x68: // GS h n
    case 0x77: // GS w n
    case 0x7c: // GS | n
    case 0x61: // GS a n
    case 0x62: // GS b n
    case 0x49: // GS I n (printer ID: not answered)
    case 0x2f: // GS / m
    case 0x54: // GS T n
    case 0x45: // GS E n
    case 0x6a: // GS j n
      return ignored(`GS ${String.fromCharCode(letter)}`, 3)(buffer, start);
    case 0x4c: // GS L nL nH
    case 0x57: // GS W nL nH
    case 0x50: // GS P x y
    case 0x24: // GS $ nL nH
    case 0x5c: // GS \ nL nH
      return ignored(`GS ${String.fromCharCode(letter)}`, 4)(buffer, start);
    case 0x5e: // GS ^ r t m
      return ignored('GS ^', 5)(buffer, start);
    default:
      return unknown(buffer, start, 2);
  }
}

/** GS ( k: cn 49 is QR (model, module size, correction, store, print); other symbols are ignored. */
function twoDimensionalCode(data: Buffer): EscPosCommand {
  const [cn, fn, first = 0] = data;
  if (cn !== 0x31) return { kind: 'ignored', name: `2D code ${cn ?? '?'}` };
  switch (fn) {
    case 0x41:
      return { kind: 'qrSetting', setting: 'model', value: first };
    case 0x43:
      return { kind: 'qrSetting', setting: 'moduleSize', value: first };
    case 0x45:
      return { kind: 'qrSetting', setting: 'correction', value: first };
    case 0x50:
      return { kind: 'qrStore', data: data.subarray(3) };
    case 0x51:
      return { kind: 'qrPrint' };
    default:
      return { kind: 'ignored', name: `QR function ${fn ?? '?'}` };
  }
}

function fs(buffer: Buffer, start: number): Parse {
  if (buffer.length - start < 2) return 'incomplete';
  switch (at(buffer, start + 1)) {
    case 0x2e: // FS .
    case 0x26: // FS &
      return ignored('kanji mode', 2)(buffer, start);
    case 0x43: // FS C n
    case 0x57: // FS W n
    case 0x21: // FS ! n
    case 0x2d: // FS - n
      return ignored('kanji setting', 3)(buffer, start);
    case 0x70: // FS p n m
    case 0x53: // FS S n1 n2
      return ignored('FS command', 4)(buffer, start);
    case 0x28: // FS ( fn pL pH data
      return framed(start, buffer, 5, () => word(buffer, start + 3), () => ({ kind: 'ignored', name: 'FS (' }));
    default:
      return unknown(buffer, start, 2);
  }
}

function dle(buffer: Buffer, start: number): Parse {
  if (buffer.length - start < 2) return 'incomplete';
  switch (at(buffer, start + 1)) {
    case 0x04: // DLE EOT n
      return withN(3, (n) => ({ kind: 'statusQuery', n }))(buffer, start);
    case 0x05: // DLE ENQ n
      return ignored('real-time request', 3)(buffer, start);
    case 0x14: // DLE DC4 fn m t
      return ignored('real-time pulse', 5)(buffer, start);
    default:
      return unknown(buffer, start, 2);
  }
}

function parseAt(buffer: Buffer, start: number, dialect: Dialect): Parse {
  const byte = at(buffer, start);
  if (byte >= 0x20) {
    let end = start;
    while (end < buffer.length && at(buffer, end) >= 0x20) end += 1;
    return { command: { kind: 'text', bytes: Buffer.from(buffer.subarray(start, end)) }, length: end - start };
  }
  switch (byte) {
    case LF:
      return { command: { kind: 'lineFeed' }, length: 1 };
    case 0x0d:
      return { command: { kind: 'ignored', name: 'carriage return' }, length: 1 };
    case 0x09:
      return { command: { kind: 'text', bytes: Buffer.from(' ') }, length: 1 };
    case 0x0b:
      return { command: dialect === 'star' ? { kind: 'feed', lines: 1 } : { kind: 'ignored', name: 'vertical tab' }, length: 1 };
    case DLE:
      return dle(buffer, start);
    case GS:
      return gs(buffer, start);
    case FS:
      return fs(buffer, start);
    case ESC: {
      if (buffer.length - start < 2) return 'incomplete';
      const parser = (dialect === 'star' ? STAR_ESC : EPSON_ESC)[at(buffer, start + 1)];
      return parser ? parser(buffer, start) : unknown(buffer, start, 2);
    }
    default:
      return unknown(buffer, start, 1);
  }
}

/** Cuts a stream into commands; keeps a command split across chunks until its last byte comes. */
export class EscPosDecoder {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly dialect: Dialect = 'epson') {}

  /** Every command `chunk` completes, in order. */
  feed(chunk: Uint8Array): Decoded[] {
    const buffer = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
    const decoded: Decoded[] = [];
    let offset = 0;
    while (offset < buffer.length) {
      const parsed = parseAt(buffer, offset, this.dialect);
      if (parsed === 'incomplete') break;
      decoded.push(parsed);
      offset += parsed.length;
    }
    this.pending = Buffer.from(buffer.subarray(offset));
    return decoded;
  }

  /** Bytes held back waiting for the rest of a command. */
  get pendingBytes(): number {
    return this.pending.length;
  }
}
