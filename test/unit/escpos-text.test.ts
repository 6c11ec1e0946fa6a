import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TCVN3_CAPITALS_PAGE, TCVN3_SMALL_PAGE, tcvn3Bytes } from '../../devices/printer/escpos-tcvn3.js';
import { VIETNAMESE_CAPITALS, VIETNAMESE_SMALL_LETTERS } from '../../devices/printer/escpos-test-page.js';
import { wrapWords } from '../../devices/printer/escpos-wrap.js';
import { toCp1258Form } from '../../domain/queue/cp1258-text.js';
import { hex, tcvn3Text } from './escpos-bytes.js';

const LETTERS = [...`${VIETNAMESE_SMALL_LETTERS}${VIETNAMESE_CAPITALS}`.replaceAll(' ', '')];

describe('Vietnamese in the WPC1258 code page', () => {
  it.each(['Nguyễn Đức Ưng', 'Quầy số 1 hoặc 2', 'Bảo hiểm, chính sách xã hội', 'SỐ THỨ TỰ', 'Hồ Chí Minh'])(
    'prints %s so that the printer decodes it back exactly',
    (text) => {
      const bytes = iconv.encode(toCp1258Form(text), 'win1258');
      expect([...bytes]).not.toContain(0x3f); // no "?" for a missing letter
      expect(iconv.decode(bytes, 'win1258').normalize('NFC')).toBe(text);
    },
  );

  it('holds every Vietnamese letter with every tone', () => {
    for (const letter of LETTERS) expect(iconv.decode(iconv.encode(toCp1258Form(letter), 'win1258'), 'win1258').normalize('NFC')).toBe(letter);
  });

  it('keeps tone marks as combining characters after the precomposed vowel', () => {
    // ễ = ê (0xEA) + combining tilde (0xDE); Đ = 0xD0; ư = 0xFD + acute (0xEC)
    expect(hex(iconv.encode(toCp1258Form('ễĐứ'), 'win1258'))).toBe('ea de d0 fd ec');
  });
});

describe('Vietnamese in the TCVN-3 code pages', () => {
  it('puts every letter with every tone on a byte that TCVN 5712 reads back as that letter', () => {
    expect(LETTERS).toHaveLength(146);
    for (const letter of LETTERS) {
      const { bytes } = tcvn3Bytes(letter, TCVN3_SMALL_PAGE);
      expect(bytes).not.toContain(0x3f);
      expect(tcvn3Text(Buffer.concat([Buffer.from([0x1b, 0x74, TCVN3_SMALL_PAGE]), bytes]))).toBe(letter);
    }
  });

  it('puts a toned capital on the byte of its small letter, in the capitals page', () => {
    // ấ = 0xCA; Ấ is 0xCA too, after ESC t 31
    expect(hex(tcvn3Bytes('ấ', TCVN3_SMALL_PAGE).bytes)).toBe('ca');
    expect(hex(tcvn3Bytes('Ấ', TCVN3_SMALL_PAGE).bytes)).toBe('1b 74 1f ca');
  });

  it('switches page only where a run of the other case starts, and says where it left the printer', () => {
    const heading = tcvn3Bytes('SỐ THỨ TỰ', TCVN3_SMALL_PAGE);
    expect(hex(heading.bytes)).toBe('53 1b 74 1f e8 20 54 48 f8 20 54 f9');
    expect(heading.page).toBe(TCVN3_CAPITALS_PAGE);
    const next = tcvn3Bytes('Số', heading.page);
    expect(hex(next.bytes)).toBe('53 1b 74 1e e8');
    expect(next.page).toBe(TCVN3_SMALL_PAGE);
  });

  it('leaves ASCII as it is in both pages and prints "?" for what neither page holds', () => {
    expect(tcvn3Bytes('A001 - 08:05', TCVN3_CAPITALS_PAGE).bytes.toString('latin1')).toBe('A001 - 08:05');
    expect(tcvn3Bytes('5 €', TCVN3_SMALL_PAGE).bytes.toString('latin1')).toBe('5 ?');
  });

  it('takes decomposed input (a tone typed as a combining mark) as the precomposed letter', () => {
    expect(tcvn3Bytes('e\u0302\u0303', TCVN3_SMALL_PAGE).bytes).toEqual(tcvn3Bytes('ễ', TCVN3_SMALL_PAGE).bytes);
  });
});

describe('word wrap', () => {
  const within = (columns: number) => (line: string) => line.length <= columns;

  it('puts as many words on a line as fit', () => {
    expect(wrapWords('Giấy chứng nhận kết hôn của cha mẹ', within(16))).toEqual(['Giấy chứng nhận', 'kết hôn của cha', 'mẹ']);
  });

  it('cuts a word too long for a line where it stops fitting', () => {
    expect(wrapWords('see https://dichvucong.gov.vn/p', within(10))).toEqual(['see', 'https://di', 'chvucong.g', 'ov.vn/p']);
  });

  it('keeps one (empty) line for empty text, and collapses runs of spaces', () => {
    expect(wrapWords('', within(10))).toEqual(['']);
    expect(wrapWords('  a   b  ', within(10))).toEqual(['a b']);
  });
});
