import { describe, expect, it } from 'vitest';
import { parseCccdQr, type QrErrorCode } from '../../../domain/identity/qr-payload.js';
import { SAMPLE_QR, qr2021, qr2021NoOldId } from './cards.js';

const ok = (text: string) => {
  const result = parseCccdQr(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.error.code}: ${result.error.message}`);
  return result;
};

describe('parseCccdQr: the known layouts', () => {
  it('reads the 7-field 2021 payload', () => {
    const result = ok(qr2021(SAMPLE_QR));
    expect(result.layout).toBe('2021');
    expect(result.identity).toEqual({
      idNumber: '001085012345',
      oldIdNumber: '013456789',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-04-12',
      sex: 'M',
      placeOfResidence: 'Số 12 Phố Hàng Bài, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội',
      dateOfIssue: '2023-06-01',
    });
    expect(result.unread).toEqual([]);
    expect(result.unknownFields).toEqual([]);
  });

  it('leaves the old number out (not an empty string) when its field is empty', () => {
    const result = ok(qr2021({ ...SAMPLE_QR, oldIdNumber: '' }));
    expect(result.layout).toBe('2021');
    expect(result.identity).not.toHaveProperty('oldIdNumber');
    expect(result.unread).toEqual(['oldIdNumber']);
  });

  it('reads the 6-field variant without the old number', () => {
    const result = ok(qr2021NoOldId({ ...SAMPLE_QR, sex: 'Nữ', fullName: 'Trần Thị Bích Ngọc' }));
    expect(result.layout).toBe('2021-no-old-id');
    expect(result.identity).toMatchObject({ idNumber: '001085012345', fullName: 'Trần Thị Bích Ngọc', sex: 'F', dateOfIssue: '2023-06-01' });
    expect(result.identity.oldIdNumber).toBeUndefined();
  });

  it.each([
    ['trailing newline', `${qr2021(SAMPLE_QR)}\r\n`],
    ['byte-order mark', `\uFEFF${qr2021(SAMPLE_QR)}`],
    ['trailing separator', `${qr2021(SAMPLE_QR)}|`],
    ['spaces around fields', qr2021(SAMPLE_QR).replace(/\|/g, ' | ')],
  ])('tolerates a %s', (_, text) => {
    expect(ok(text).identity).toEqual(ok(qr2021(SAMPLE_QR)).identity);
  });
});

describe('parseCccdQr: Vietnamese text', () => {
  const names = ['Nguyễn Văn An', 'Đặng Thị Ánh Nguyệt', 'Lê Quốc Hưng', 'Phạm Thị Thuỳ Dương', 'Hồ Ngọc Hà', "H'Hen Niê", 'Bùi Xuân Trường'];

  it.each(names)('keeps %s as NFC, also from decomposed (NFD) input', (name) => {
    const nfd = qr2021({ ...SAMPLE_QR, fullName: name.normalize('NFD'), residence: SAMPLE_QR.residence.normalize('NFD') });
    expect(nfd).not.toBe(qr2021({ ...SAMPLE_QR, fullName: name }));
    const result = ok(nfd);
    expect(result.identity.fullName).toBe(name.normalize('NFC'));
    expect(result.identity.fullName.normalize('NFC')).toBe(result.identity.fullName);
    expect(result.identity.placeOfResidence).toBe(SAMPLE_QR.residence.normalize('NFC'));
  });

  it.each([
    ['Nữ', 'F'],
    ['nữ', 'F'],
    ['Nữ'.normalize('NFD'), 'F'],
    ['NAM', 'M'],
    ['Nu', 'F'],
  ] as const)('reads sex %s as %s', (sex, expected) => {
    const text = qr2021(SAMPLE_QR).replace('|Nam|', `|${sex}|`);
    expect(ok(text).identity.sex).toBe(expected);
  });
});

describe('parseCccdQr: other layouts (thẻ căn cước 2024), read by shape', () => {
  it('reads extra fields it does not know and reports them', () => {
    const text = `${qr2021(SAMPLE_QR)}|01062048|Việt Nam|X9`;
    const result = ok(text);
    expect(result.layout).toBe('byShape');
    expect(result.identity).toEqual(ok(qr2021(SAMPLE_QR)).identity);
    expect(result.unknownFields).toEqual([8, 9, 10]);
  });

  it('reports what a shorter payload does not carry', () => {
    const result = ok('001085012345|Nguyễn Văn An|12041985|Nam');
    expect(result.layout).toBe('byShape');
    expect(result.identity).toEqual({ idNumber: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12', sex: 'M' });
    expect(result.unread).toEqual(['oldIdNumber', 'placeOfResidence', 'dateOfIssue']);
  });

  it('finds fields by shape when they move', () => {
    const result = ok('001085012345|Nguyễn Văn An|Nam|12/04/1985|01/07/2024|Hà Nội|013456789');
    expect(result.identity).toEqual({
      idNumber: '001085012345',
      oldIdNumber: '013456789',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-04-12',
      sex: 'M',
      dateOfIssue: '2024-07-01',
      placeOfResidence: 'Hà Nội',
    });
  });

  it('does not take an impossible issue date, and says so', () => {
    const result = ok(qr2021({ ...SAMPLE_QR, issue: '31022023' }));
    expect(result.identity.dateOfIssue).toBeUndefined();
    expect(result.unread).toContain('dateOfIssue');
    expect(result.unknownFields).toEqual([7]);
  });

  it('does not take an issue date before the birth date', () => {
    expect(ok(qr2021({ ...SAMPLE_QR, issue: '01011980' })).identity.dateOfIssue).toBeUndefined();
  });
});

describe('parseCccdQr: errors', () => {
  it.each<[string, string, QrErrorCode]>([
    ['empty', '', 'empty'],
    ['blank', ' \r\n\t', 'empty'],
    ['invisible only', '\uFEFF\u200B', 'empty'],
    ['a URL', 'https://dichvucong.gov.vn/p/home', 'notCccd'],
    ['no ID number', 'abc|Nguyễn Văn An|12041985|Nam', 'notCccd'],
    ['ID with 11 digits', '00108501234|013456789|Nguyễn Văn An|12041985|Nam|Hà Nội|01062023', 'badIdNumber'],
    ['ID with 13 digits', '0010850123456||Nguyễn Văn An|12041985|Nam|Hà Nội|01062023', 'badIdNumber'],
    ['no name', '001085012345|013456789|12041985|Nam', 'badName'],
    ['name with digits', '001085012345|013456789|Nguyễn V4n An|12041985|Nam|Hà Nội|01062023', 'badName'],
    ['no sex', '001085012345|013456789|Nguyễn Văn An|12041985|Hà Nội|01062023', 'badSex'],
    ['no birth date', '001085012345|013456789|Nguyễn Văn An|Nam|Hà Nội', 'badDate'],
    ['impossible birth date', '001085012345|013456789|Nguyễn Văn An|30021985|Nam|Hà Nội|01062023', 'badDate'],
    ['month 13', '001085012345|013456789|Nguyễn Văn An|12131985|Nam|Hà Nội|01062023', 'badDate'],
    ['too long', `001085012345|${'a'.repeat(5000)}`, 'tooLong'],
  ])('%s → %s', (_, text, code) => {
    const result = parseCccdQr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(5);
    }
  });

  it('names the sex field when it is neither Nam nor Nữ', () => {
    const result = parseCccdQr('001085012345|013456789|Nguyễn Văn An|12041985|X|Hà Nội|01062023');
    // "X" is text, so it is read as the residence; no sex field is left.
    expect(result).toMatchObject({ ok: false, error: { code: 'badSex' } });
  });

  it('never throws for non-string input from untyped callers', () => {
    expect(parseCccdQr(undefined as unknown as string)).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});
