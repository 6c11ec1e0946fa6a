/**
 * Vietnamese in EPSON's two TCVN-3 code pages. TCVN-3 (TCVN 5712:1993 VN3, the "ABC" fonts) has
 * no room for capitals with a tone mark: it gives them their own table, where each capital sits
 * on the byte of its small letter. EPSON holds the small letters in code page 30 and the capitals
 * in code page 31, so a line is sent as runs, with ESC t switching tables between them.
 *
 * The tables below are bytes 0xA0-0xFF of the two pages (a space where the page has nothing we
 * use), as charted in escpos-printer-db (receipt-print-hq/escpos-printer-db, data/encoding.yml,
 * TCVN-3-1 and TCVN-3-2, transcribed from EPSON's code page charts); that chart writes the
 * capital D with stroke as "Ð" (U+00D0), the same glyph as "Đ" (U+0110) used here. The small
 * letters are on the same bytes as in TCVN 5712 itself (checked in the tests). Bytes below 0x80
 * are ASCII in both pages.
 */
const SMALL_LETTERS_PAGE =
  '        ăâêôơưđ ' +
  '     àảãáạ ằẳẵắ ' +
  '      ặầẩẫấậè ẻẽ' +
  'éẹềểễếệìỉ   ĩíịò' +
  ' ỏõóọồổỗốộờởỡớợù' +
  ' ủũúụừửữứựỳỷỹýỵ ';
const CAPITALS_PAGE =
  ' ĂÂ    Đ  ÊÔƠƯ  ' +
  '     ÀẢÃÁẠ ẰẲẴẮ ' +
  '      ẶẦẨẪẤẬÈ ẺẼ' +
  'ÉẸỀỂỄẾỆÌỈ   ĨÍỊÒ' +
  ' ỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙ' +
  ' ỦŨÚỤỪỬỮỨỰỲỶỸÝỴ ';

/** ESC t n for the page of small letters and the page of capitals. */
export const TCVN3_SMALL_PAGE = 30;
export const TCVN3_CAPITALS_PAGE = 31;
export type Tcvn3Page = typeof TCVN3_SMALL_PAGE | typeof TCVN3_CAPITALS_PAGE;

const FIRST_BYTE = 0xa0;
const PLACES = new Map<string, { page: Tcvn3Page; byte: number }>();
for (const [page, chart] of [
  [TCVN3_SMALL_PAGE, SMALL_LETTERS_PAGE],
  [TCVN3_CAPITALS_PAGE, CAPITALS_PAGE],
] as const) {
  [...chart].forEach((letter, index) => {
    if (letter !== ' ') PLACES.set(letter, { page, byte: FIRST_BYTE + index });
  });
}

const QUESTION_MARK = 0x3f;
const isPrintableAscii = (code: number) => code >= 0x20 && code <= 0x7e;

/**
 * One line in TCVN-3, starting in `page` (the page the printer is in): the bytes, with a page
 * switch before every run of letters from the other page, and the page the printer is left in.
 * A character neither page holds prints as "?".
 */
export function tcvn3Bytes(text: string, page: Tcvn3Page): { bytes: Buffer; page: Tcvn3Page } {
  const bytes: number[] = [];
  let current = page;
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) ?? QUESTION_MARK;
    const place = PLACES.get(character);
    if (place === undefined) {
      bytes.push(isPrintableAscii(code) ? code : QUESTION_MARK);
      continue;
    }
    if (place.page !== current) {
      bytes.push(0x1b, 0x74, place.page);
      current = place.page;
    }
    bytes.push(place.byte);
  }
  return { bytes: Buffer.from(bytes), page: current };
}
