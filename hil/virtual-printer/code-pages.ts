/**
 * Printed bytes back to text, per the code page the printer was switched to (ESC t n on EPSON,
 * ESC GS t n on STAR). WPC1258 is decoded with the platform's windows-1258 decoder and then
 * NFC-normalised (the code page sends tone marks as separate characters). TCVN-3's two EPSON
 * pages are read through the kiosk's own encoder tables, inverted. Bytes of a page not known here
 * come out as U+FFFD; ASCII is ASCII in every page.
 */
import { TCVN3_CAPITALS_PAGE, TCVN3_SMALL_PAGE, tcvn3Bytes } from '../../devices/printer/escpos-tcvn3.js';
import type { Dialect } from './escpos-decoder.js';

const WINDOWS_PAGES: Record<Dialect, Record<number, string>> = {
  epson: { 16: 'windows-1252', 45: 'windows-1250', 46: 'windows-1251', 47: 'windows-1253', 48: 'windows-1254', 49: 'windows-1255', 50: 'windows-1256', 51: 'windows-1257', 52: 'windows-1258' },
  star: { 32: 'windows-1252', 33: 'windows-1250', 34: 'windows-1251' },
};

/** Every letter with a Vietnamese mark (and the rest of Latin-1/Extended-A, harmlessly). */
function* candidateLetters(): Generator<string> {
  for (const [first, last] of [
    [0xc0, 0x1b0],
    [0x1ea0, 0x1ef9],
  ] as const) {
    for (let code = first; code <= last; code += 1) yield String.fromCodePoint(code);
  }
}

/** byte -> letter for TCVN-3's page of small letters and its page of capitals. */
function tcvn3Tables(): Map<number, Map<number, string>> {
  const tables = new Map<number, Map<number, string>>([
    [TCVN3_SMALL_PAGE, new Map()],
    [TCVN3_CAPITALS_PAGE, new Map()],
  ]);
  for (const letter of candidateLetters()) {
    const { bytes, page } = tcvn3Bytes(letter, TCVN3_SMALL_PAGE);
    const byte = bytes.at(-1);
    if (byte !== undefined && byte >= 0x80) tables.get(page)?.set(byte, letter);
  }
  return tables;
}

let tcvn3: Map<number, Map<number, string>> | undefined;

export function decodeCodePage(bytes: Buffer, page: number, dialect: Dialect): string {
  const windows = WINDOWS_PAGES[dialect][page];
  if (windows !== undefined) return new TextDecoder(windows).decode(bytes).normalize('NFC');
  tcvn3 ??= tcvn3Tables();
  const table = dialect === 'epson' ? tcvn3.get(page) : undefined;
  return [...bytes].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : (table?.get(byte) ?? '\ufffd'))).join('');
}
