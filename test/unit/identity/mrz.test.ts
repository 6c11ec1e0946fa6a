import { parse as parseIcao } from 'mrz';
import { describe, expect, it } from 'vitest';
import { LETTER_TO_DIGIT, mrzCheckDigit, parseCccdMrz, type MrzErrorCode, type MrzParseResult } from '../../../domain/identity/mrz.js';
import { SAMPLE, buildMrz, icaoCheckDigit, mrzText, overwrite, type MrzSpec } from './cards.js';

type Parsed = Extract<MrzParseResult, { ok: true }>;

function ok(input: string | readonly string[]): Parsed {
  const result = parseCccdMrz(input);
  if (!result.ok) throw new Error(`expected a parse, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function errorCode(input: string | readonly string[]): MrzErrorCode | 'parsed' {
  const result = parseCccdMrz(input);
  return result.ok ? 'parsed' : result.error.code;
}

/** A sample whose serial makes `pick` true (to get a given check digit where a test needs it). */
function sampleWhere(pick: (lines: [string, string, string]) => boolean, base: Partial<MrzSpec> = {}): MrzSpec {
  for (let serial = 0; serial < 1_000_000; serial += 1) {
    const spec = { ...SAMPLE, ...base, idNumber: `001085${String(serial).padStart(6, '0')}` };
    if (pick(buildMrz(spec))) return spec;
  }
  throw new Error('no such sample');
}

const VALID = buildMrz(SAMPLE);

describe('check digits', () => {
  it('computes ICAO 7-3-1 like the test helper and the mrz package', () => {
    expect(mrzCheckDigit('L898902C<')).toBe(3);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(String(mrzCheckDigit('L898902C<'))).toBe(icaoCheckDigit('L898902C<'));
    expect(parseIcao(VALID).valid).toBe(true);
  });
});

describe('parseCccdMrz: a valid zone', () => {
  it('reads every field, with no repairs', () => {
    expect(VALID).toEqual(['IDVNM0850123452001085012345<<<', '8504124M4504126VNM<<<<<<<<<<<9', 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<']);
    const result = ok(VALID);
    expect(result.identity).toEqual({ idNumber: '001085012345', fullName: 'NGUYEN VAN AN', dateOfBirth: '1985-04-12', sex: 'M', dateOfExpiry: '2045-04-12' });
    expect(result.documentNumber).toBe('085012345');
    expect(result.checkDigits).toEqual({ documentNumber: true, dateOfBirth: true, dateOfExpiry: true, composite: true });
    expect(result.valid).toBe(true);
    expect(result.repairs).toEqual([]);
    expect(result.normalisation).toEqual([]);
    expect(result.nameTruncated).toBe(false);
  });

  it('takes the birth century from the ID number', () => {
    const result = ok(buildMrz({ ...SAMPLE, idNumber: '079303001234', birth: '030709', sex: 'F', expiry: '280709' }));
    expect(result.identity).toMatchObject({ dateOfBirth: '2003-07-09', sex: 'F', dateOfExpiry: '2028-07-09' });
  });

  it.each(['<', '0'] as const)('reads <<<<<< (check digit %s) as no expiry', (noExpiryCheck) => {
    const result = ok(buildMrz({ ...SAMPLE, idNumber: '001058012345', birth: '580101', expiry: '<<<<<<', noExpiryCheck }));
    expect(result.identity.dateOfExpiry).toBeNull();
    expect(result.valid).toBe(true);
  });

  it('reads a name cut short by line 3 and says so', () => {
    const result = ok(buildMrz({ ...SAMPLE, surname: 'TON<NU', givenNames: ['THI', 'PHUONG', 'THAO', 'NGUYEN', 'MINH'] }));
    expect(result.identity.fullName).toBe('TON NU THI PHUONG THAO NGUYEN');
    expect(result.nameTruncated).toBe(true);
  });

  it('reports failed check digits without failing the parse', () => {
    const result = ok(overwrite(VALID, 2, 7, '5'));
    expect(result.checkDigits).toEqual({ documentNumber: true, dateOfBirth: false, dateOfExpiry: true, composite: false });
    expect(result.valid).toBe(false);
  });
});

describe('parseCccdMrz: normalising what OCR and scanners hand over', () => {
  it.each<[string, string | string[], RegExp]>([
    ['lower case', mrzText(SAMPLE).toLowerCase(), /lower case/],
    ['CRLF and blank lines', `\r\n${VALID.join('\r\n')}\r\n\r\n`, /^$/],
    ['spaces inside lines', VALID.map((line) => line.replace(/(.{5})/g, '$1 ')).join('\n'), /spaces removed/],
    ['one line of 90', VALID.join(''), /90 characters/],
    ['one line of 3 parts', VALID.join('  '), /3 space-separated/],
    ['text above the zone', ['CAN CUOC CONG DAN', 'SOCIALIST REPUBLIC OF VIET NAM', ...VALID].join('\n'), /dropped/],
    ['2 extra fillers on line 1', overwrite(VALID, 1, 28, '<<<<<'), /line 1/],
    ['a filler run 2 short on line 2', [VALID[0], '8504124M4504126VNM<<<<<<<<<9', VALID[2]] as string[], /line 2/],
    ['a filler run 3 long on line 2', [VALID[0], '8504124M4504126VNM<<<<<<<<<<<<<<9', VALID[2]] as string[], /line 2/],
    ['line 3 without its fillers', [VALID[0], VALID[1], 'NGUYEN<<VAN<AN'] as string[], /line 3: padded/],
    ['line 3 with extra fillers', [VALID[0], VALID[1], `${VALID[2]}<<<<`] as string[], /line 3: trailing/],
  ])('%s', (_, input, note) => {
    const result = ok(input);
    expect(result.identity).toEqual(ok(VALID).identity);
    expect(result.valid).toBe(true);
    expect(result.lines).toEqual(VALID);
    if (note.source !== '^$') expect(result.normalisation.join('; ')).toMatch(note);
  });

  it.each<[string, string | string[], MrzErrorCode]>([
    ['nothing', '', 'empty'],
    ['blank lines', '\n \n', 'empty'],
    ['an empty array', [], 'empty'],
    ['two lines', VALID.slice(0, 2), 'badLineCount'],
    ['a passport (TD3)', ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'], 'badLineCount'],
    ['one line of 60', VALID.slice(0, 2).join(''), 'badLineCount'],
    ['four lines, none like ID', ['XX', 'YY', 'ZZ', 'WW'], 'badLineCount'],
    ['punctuation', overwrite(VALID, 3, 10, '#'), 'badCharacters'],
    ['Vietnamese letters', [VALID[0], VALID[1], 'NGUYỄN<<VĂN<AN'] as string[], 'badCharacters'],
    ['line 1 far too short', [VALID[0].slice(0, 20), VALID[1], VALID[2]] as string[], 'badLineLength'],
    ['a digit lost in line 1', [VALID[0].slice(0, 20) + VALID[0].slice(21), VALID[1], VALID[2]] as string[], 'badLineLength'],
    ['a character lost in line 2', [VALID[0], VALID[1].slice(0, 7) + VALID[1].slice(8), VALID[2]] as string[], 'badLineLength'],
    ['line 3 too long with letters', [VALID[0], VALID[1], `${VALID[2]}ABC`] as string[], 'badLineLength'],
    ['another country', ['I<UTOD23145890<1233<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'], 'notCccd'],
    ['another nationality', overwrite(VALID, 2, 16, 'UTO'), 'notCccd'],
    ['a filler in the ID', overwrite(VALID, 1, 27, '<'), 'badIdNumber'],
    ['month 13 of birth', buildMrz({ ...SAMPLE, birth: '851312' }), 'badDate'],
    ['31 April expiry', buildMrz({ ...SAMPLE, expiry: '450431' }), 'badDate'],
    ['sex unspecified', overwrite(VALID, 2, 8, '<'), 'badSex'],
    ['no name', [VALID[0], VALID[1], '<'.repeat(30)] as string[], 'badName'],
    ['a 9 in the name', overwrite(VALID, 3, 2, '9'), 'badName'],
    ['far too long', 'A'.repeat(500), 'tooLong'],
  ])('%s → %s', (_, input, code) => {
    const result = parseCccdMrz(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(5);
    }
  });
});

describe('parseCccdMrz: repairs confirmed by check digits', () => {
  it.each(Object.entries(LETTER_TO_DIGIT))('reads %s as %s in the document number', (letter, digit) => {
    const spec = { ...SAMPLE, idNumber: `00108501234${digit}` };
    const lines = overwrite(buildMrz(spec), 1, 14, letter);
    const result = ok(lines);
    expect(result.valid).toBe(true);
    expect(result.documentNumber).toBe(`08501234${digit}`);
    expect(result.repairs).toEqual([
      { line: 1, column: 14, from: letter, to: digit, field: 'documentNumber', kind: 'digit', confirmedBy: 'documentNumberCheckDigit' },
    ]);
  });

  it('repairs a check digit read as a letter', () => {
    const spec = sampleWhere(([line1]) => line1[14] === '8');
    const result = ok(overwrite(buildMrz(spec), 1, 15, 'B'));
    expect(result.valid).toBe(true);
    expect(result.repairs).toMatchObject([{ line: 1, column: 15, from: 'B', to: '8', field: 'documentNumberCheckDigit' }]);
  });

  it('repairs dates of birth and expiry', () => {
    const lines = overwrite(overwrite(VALID, 2, 1, 'B5O4I2'), 2, 9, 'A5O4I2'.replace('A', '4'));
    const result = ok(lines);
    expect(result.valid).toBe(true);
    expect(result.identity.dateOfBirth).toBe('1985-04-12');
    expect(result.identity.dateOfExpiry).toBe('2045-04-12');
    expect(result.repairs.map((repair) => `${repair.field}:${repair.from}>${repair.to}:${repair.confirmedBy}`)).toEqual([
      'dateOfBirth:B>8:dateOfBirthCheckDigit',
      'dateOfBirth:O>0:dateOfBirthCheckDigit',
      'dateOfBirth:I>1:dateOfBirthCheckDigit',
      'dateOfExpiry:O>0:dateOfExpiryCheckDigit',
      'dateOfExpiry:I>1:dateOfExpiryCheckDigit',
    ]);
  });

  it('repairs the ID number in the optional field, confirmed by the composite check', () => {
    const result = ok(overwrite(VALID, 1, 16, 'OO1O8SO1Z34S'));
    expect(result.identity.idNumber).toBe('001085012345');
    expect(result.valid).toBe(true);
    expect(result.repairs.every((repair) => repair.field === 'idNumber' && repair.confirmedBy === 'compositeCheckDigit')).toBe(true);
    expect(result.repairs).toHaveLength(7);
  });

  it.each(['K', 'L', 'C'])('reads %s as < in the fillers of lines 1 and 2', (char) => {
    const lines = overwrite(overwrite(VALID, 1, 28, char.repeat(3)), 2, 19, `${char}<${char}${char}<<<<<<${char}`);
    const result = ok(lines);
    expect(result.valid).toBe(true);
    expect(result.lines).toEqual(VALID);
    expect(result.repairs).toHaveLength(7);
    expect(result.repairs.every((repair) => repair.kind === 'filler' && repair.to === '<')).toBe(true);
  });

  it('reads « as two fillers (and fixes the line length it shortened)', () => {
    const result = ok([VALID[0], '8504124M4504126VNM«««««<9', 'NGUYEN«VAN<AN«««««'] as string[]);
    expect(result.lines).toEqual(VALID);
    expect(result.valid).toBe(true);
  });

  it('repairs the composite check digit read as a letter', () => {
    const spec = sampleWhere(([, line2]) => line2[29] === '6');
    const result = ok(overwrite(buildMrz(spec), 2, 30, 'G'));
    expect(result.valid).toBe(true);
    expect(result.repairs).toMatchObject([{ line: 2, column: 30, from: 'G', to: '6', field: 'compositeCheckDigit' }]);
  });

  it('reads a no-expiry field read as K or L as <<<<<<, confirmed by the composite check', () => {
    const spec: MrzSpec = { ...SAMPLE, idNumber: '001058012345', birth: '580101', expiry: '<<<<<<' };
    for (const misread of ['KKKKKK', 'LLLLLL', 'K<L<C<']) {
      const result = ok(overwrite(buildMrz(spec), 2, 9, `${misread}K`));
      expect(result.identity.dateOfExpiry).toBeNull();
      expect(result.valid).toBe(true);
      expect(result.lines).toEqual(buildMrz(spec));
    }
  });

  it('reads look-alikes of the constants ID and VNM', () => {
    const result = ok(overwrite(overwrite(VALID, 1, 1, '10VHM'), 2, 16, 'YNH'));
    expect(result.valid).toBe(true);
    expect(result.repairs.map((repair) => `${repair.from}>${repair.to}`)).toEqual(['1>I', '0>D', 'H>N', 'Y>V', 'H>M']);
    expect(result.repairs.every((repair) => repair.kind === 'constant')).toBe(true);
  });

  it('reads a sex look-alike only when the ID number says the same', () => {
    expect(ok(overwrite(VALID, 2, 8, 'H')).identity.sex).toBe('M');
    expect(ok(overwrite(VALID, 2, 8, 'H')).repairs).toMatchObject([{ field: 'sex', confirmedBy: 'idNumberSexDigit' }]);
    const female = buildMrz({ ...SAMPLE, idNumber: '001185012345', sex: 'F' });
    expect(ok(overwrite(female, 2, 8, 'E')).identity.sex).toBe('F');
    expect(errorCode(overwrite(female, 2, 8, 'H'))).toBe('badSex');
  });
});

describe('parseCccdMrz: repairs of the name line (no check digit: layout only)', () => {
  it.each([
    ['digits read for letters', 'NGUY5N<<V4N<H0A', 'NGUYSN VAN HOA'],
    ['a trailing run of K and L', 'NGUYEN<<VAN<ANKKLLKKLLKKLLKKLL', 'NGUYEN VAN AN'],
    ['K and L mixed with fillers', 'NGUYEN<<VAN<AN<K<<L<<<KL<<<<<<', 'NGUYEN VAN AN'],
    ['a final C that belongs to the name', 'TRAN<<MINH<DUC<<<<<<<<<<<<<<<<', 'TRAN MINH DUC'],
    ['a final C and then look-alikes', 'TRAN<<MINH<DUCKKK', 'TRAN MINH DUC'],
    ['K and L that begin words', 'LE<<KIM<LAN<<<<<<<<<<<<<<<<<<<', 'LE KIM LAN'],
  ])('%s', (_, line3, name) => {
    const result = ok([VALID[0], VALID[1], line3] as string[]);
    expect(result.identity.fullName).toBe(name);
    expect(result.valid).toBe(true);
  });
});

describe('parseCccdMrz: repairs that must not be applied', () => {
  it('leaves a document-number letter alone when its digit would not pass the check', () => {
    // The 3 in the document number read as B: B → 8 does not give the check digit, so no repair.
    const spec = { ...SAMPLE, idNumber: '001085012343' };
    const result = ok(overwrite(buildMrz(spec), 1, 14, 'B'));
    expect(result.repairs).toEqual([]);
    expect(result.documentNumber).toBe('08501234B');
    expect(result.checkDigits.documentNumber).toBe(false);
    expect(result.valid).toBe(false);
  });

  it('never changes a digit, even when another digit would also pass', () => {
    // A zone with a wrong digit and a correct check digit for it stays as it was read.
    const lines = overwrite(VALID, 2, 1, '850413');
    const result = ok(lines);
    expect(result.repairs).toEqual([]);
    expect(result.identity.dateOfBirth).toBe('1985-04-13');
    expect(result.checkDigits.dateOfBirth).toBe(false);
  });

  it('leaves fillers read as K when the composite check fails anyway', () => {
    const lines = overwrite(overwrite(VALID, 2, 19, 'KKK'), 1, 25, '9'); // a digit of the ID is also wrong
    const result = ok(lines);
    expect(result.repairs).toEqual([]);
    expect(result.checkDigits.composite).toBe(false);
    expect(result.lines[1].slice(18, 21)).toBe('KKK');
  });

  it('does not guess an ID number the composite check does not confirm', () => {
    // The 5 of the ID read as B: B → 8 fails the composite check; the number stays unreadable.
    expect(errorCode(overwrite(VALID, 1, 27, 'B'))).toBe('badIdNumber');
  });

  it('does not touch a zone whose check digits pass', () => {
    expect(ok(VALID).repairs).toEqual([]);
    const tricky = buildMrz({ ...SAMPLE, surname: 'LOC', givenNames: ['KIEU', 'LINH'] });
    expect(ok(tricky).repairs).toEqual([]);
    expect(ok(tricky).identity.fullName).toBe('LOC KIEU LINH');
  });
});
