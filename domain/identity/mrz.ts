/**
 * The machine-readable zone of a CCCD / thẻ căn cước: ICAO 9303 TD1, 3 lines of 30.
 *
 * ```
 * IDVNM0850123452001085012345<<<   ID, VNM, document number (last 9 digits of the ID), check,
 *                                   the 12-digit ID in the optional field, fillers
 * 8504122M4504122VNM<<<<<<<<<<<4   birth YYMMDD, check, sex, expiry YYMMDD (or <<<<<<), check,
 *                                   nationality, fillers, composite check
 * NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<   SURNAME<<GIVEN<NAMES, no diacritics
 * ```
 *
 * The `mrz` package does the ICAO part (field layout, check digits). On top of it: normalising
 * what OCR and scanners hand over (case, spaces, line breaks, filler runs of the wrong length) and
 * CCCD-specific repairs of characters OCR confuses (O→0, I→1, B→8..., 0→O in the name, K/L/C/«
 * read for `<`). A repair in a field covered by a check digit is kept only when it makes that
 * check digit pass, and a field whose check digit already passes is never touched.
 */
import { parse as parseIcao } from 'mrz';
import { daysInMonth, formatIsoDate } from './calendar.js';
import type { CccdIdentity } from './cccd-identity.js';
import { parseIdNumber } from './id-number.js';

export type MrzErrorCode =
  | 'empty'
  | 'tooLong'
  | 'badLineCount'
  | 'badLineLength'
  | 'badCharacters'
  | 'notCccd'
  | 'badIdNumber'
  | 'badDate'
  | 'badSex'
  | 'badName';

export interface MrzError {
  code: MrzErrorCode;
  message: string;
}

export type MrzField =
  | 'documentCode'
  | 'issuingState'
  | 'documentNumber'
  | 'documentNumberCheckDigit'
  | 'idNumber'
  | 'optionalFiller1'
  | 'dateOfBirth'
  | 'dateOfBirthCheckDigit'
  | 'sex'
  | 'dateOfExpiry'
  | 'dateOfExpiryCheckDigit'
  | 'nationality'
  | 'optionalFiller2'
  | 'compositeCheckDigit'
  | 'name';

/**
 * What confirmed a repair: a check digit; the sex digit of the (check-digit confirmed) ID number;
 * or `layout`, where the CCCD layout allows only one reading (the constants IDVNM and VNM, letters
 * in the name, fillers after the name): the name line has no check digit.
 */
export type MrzRepairConfirmation =
  | 'documentNumberCheckDigit'
  | 'dateOfBirthCheckDigit'
  | 'dateOfExpiryCheckDigit'
  | 'compositeCheckDigit'
  | 'idNumberSexDigit'
  | 'layout';

export interface MrzRepair {
  /** 1-based line and column, in the normalised 3×30 text. */
  line: 1 | 2 | 3;
  column: number;
  from: string;
  to: string;
  field: MrzField;
  kind: 'digit' | 'letter' | 'filler' | 'constant';
  confirmedBy: MrzRepairConfirmation;
}

export interface MrzCheckDigits {
  documentNumber: boolean;
  dateOfBirth: boolean;
  dateOfExpiry: boolean;
  composite: boolean;
}

export type MrzParseResult =
  | {
      ok: true;
      identity: CccdIdentity;
      /** The 9-digit document number of line 1 (the last 9 digits of the ID on a CCCD). */
      documentNumber: string;
      checkDigits: MrzCheckDigits;
      /** Every check digit passes. */
      valid: boolean;
      /** The name filled line 3: it may have been cut short. */
      nameTruncated: boolean;
      repairs: MrzRepair[];
      /** What was done to the text before reading it (case, spaces, line lengths). */
      normalisation: string[];
      /** The 3 lines as read, after normalisation and repairs. */
      lines: [string, string, string];
    }
  | { ok: false; error: MrzError; repairs: MrzRepair[]; normalisation: string[] };

const LINE_LENGTH = 30;
/** Longer than any sane OCR output of a TD1 zone: refuse before any work. */
export const MAX_MRZ_LENGTH = 400;

/** Letters OCR reads for digits, where a field may hold only digits. */
export const LETTER_TO_DIGIT: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  U: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  G: '6',
  T: '7',
  B: '8',
};

/** Digits OCR reads for letters, where a field may hold only letters. */
export const DIGIT_TO_LETTER: Readonly<Record<string, string>> = {
  '0': 'O',
  '1': 'I',
  '2': 'Z',
  '4': 'A',
  '5': 'S',
  '6': 'G',
  '7': 'T',
  '8': 'B',
};

/** Characters OCR reads for the filler `<` (the stock tesseract model favours K and L). */
const FILLER_LOOKALIKES = new Set(['K', 'L', 'C']);
const FILLERISH = /^[<KLC]*$/;

/** Look-alikes of the letters of the constants IDVNM / VNM. */
const CONSTANT_LOOKALIKES: Readonly<Record<string, string>> = {
  I: '1LTJ',
  D: '0OQ',
  V: 'YU',
  N: 'HMW',
  M: 'NHW',
};

/** Each character is the expected one or one of its look-alikes. */
function looksLike(text: string, expected: string): boolean {
  return (
    text.length === expected.length &&
    [...text].every((char, index) => {
      const want = expected[index] as string;
      return char === want || (CONSTANT_LOOKALIKES[want] ?? '').includes(char);
    })
  );
}

const SEX_LOOKALIKES: Readonly<Record<string, 'M' | 'F'>> = { H: 'M', N: 'M', W: 'M', E: 'F', P: 'F', R: 'F' };

/** ICAO 9303 check digit: weights 7, 3, 1; `<` = 0, A = 10 ... Z = 35. */
export function mrzCheckDigit(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let value = 0;
    if (code >= 48 && code <= 57) value = code - 48;
    else if (code >= 65 && code <= 90) value = code - 55;
    sum += value * ([7, 3, 1][i % 3] as number);
  }
  return sum % 10;
}

// ---------------------------------------------------------------------------------------------
// Normalisation: from whatever OCR or a scanner produced to 3 lines of 30 [A-Z0-9<].

type Normalised = { ok: true; lines: string[]; notes: string[] } | { ok: false; error: MrzError; notes: string[] };

function splitLines(text: string, notes: string[]): string[] | MrzError {
  const rawLines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  let lines: string[];
  if (rawLines.length === 1) {
    const tokens = (rawLines[0] as string).trim().split(/\s+/);
    const compact = tokens.join('');
    if (tokens.length === 3) {
      lines = tokens;
      notes.push('one line of 3 space-separated parts split into lines');
    } else if (compact.length === 3 * LINE_LENGTH) {
      lines = [compact.slice(0, 30), compact.slice(30, 60), compact.slice(60)];
      notes.push('one line of 90 characters split into 3 lines');
    } else {
      return { code: 'badLineCount', message: `expected 3 lines of 30 characters, got one line of ${compact.length}` };
    }
  } else {
    lines = rawLines.map((line) => line.replace(/\s+/g, ''));
    if (lines.some((line, index) => line !== rawLines[index])) notes.push('spaces removed');
  }
  if (lines.length > 3) {
    // Text above or below the zone: start at the line that begins like "ID".
    const start = lines.findIndex((line, index) => index + 3 <= lines.length && /^[I1LTJ][D0OQ]/.test(line));
    if (start < 0) return { code: 'badLineCount', message: `expected 3 lines, got ${lines.length}` };
    notes.push(`lines outside the zone dropped (kept ${start + 1}-${start + 3} of ${lines.length})`);
    lines = lines.slice(start, start + 3);
  }
  if (lines.length < 3) return { code: 'badLineCount', message: `expected 3 lines, got ${lines.length}` };
  return lines;
}

/** Line lengths: the filler runs are where OCR gains or loses characters. */
function fixLengths(lines: string[], notes: string[]): MrzError | null {
  const [line1, line2, line3] = lines as [string, string, string];
  // Resize a filler run only when the fields before it are intact: a character lost inside a
  // field shifts the rest, and no filler arithmetic makes that right.
  if (line1.length !== LINE_LENGTH) {
    if (line1.length < 27 || !FILLERISH.test(line1.slice(27)) || line1.slice(5, 27).includes('<')) {
      return { code: 'badLineLength', message: `line 1 has ${line1.length} characters, not 30` };
    }
    lines[0] = line1.slice(0, 27) + `${line1.slice(27)}<<<`.slice(0, 3);
    notes.push(`line 1: trailing fillers resized (${line1.length} → 30 characters)`);
  }
  if (line2.length !== LINE_LENGTH) {
    if (line2.length < 19 || !FILLERISH.test(line2.slice(18, -1)) || !looksLike(line2.slice(15, 18), 'VNM')) {
      return { code: 'badLineLength', message: `line 2 has ${line2.length} characters, not 30` };
    }
    lines[1] = line2.slice(0, 18) + `${line2.slice(18, -1)}${'<'.repeat(11)}`.slice(0, 11) + line2.slice(-1);
    notes.push(`line 2: filler run resized (${line2.length} → 30 characters)`);
  }
  if (line3.length < LINE_LENGTH) {
    lines[2] = line3.padEnd(LINE_LENGTH, '<');
    notes.push(`line 3: padded with fillers (${line3.length} → 30 characters)`);
  } else if (line3.length > LINE_LENGTH) {
    if (!FILLERISH.test(line3.slice(LINE_LENGTH))) {
      return { code: 'badLineLength', message: `line 3 has ${line3.length} characters, not 30` };
    }
    lines[2] = line3.slice(0, LINE_LENGTH);
    notes.push(`line 3: trailing fillers trimmed (${line3.length} → 30 characters)`);
  }
  return null;
}

function normalise(input: string | readonly string[]): Normalised {
  const notes: string[] = [];
  const fail = (code: MrzErrorCode, message: string): Normalised => ({ ok: false, error: { code, message }, notes });
  const joined = Array.isArray(input) ? input.join('\n') : input;
  if (typeof joined !== 'string' || joined.trim() === '') return fail('empty', 'no MRZ text');
  if (joined.length > MAX_MRZ_LENGTH) return fail('tooLong', `MRZ text of ${joined.length} characters is not a TD1 zone`);

  let text = joined.normalize('NFKC');
  if (/[a-z]/.test(text)) notes.push('lower case read as upper case');
  text = text.toUpperCase();
  if (/[«»]/.test(text)) notes.push('« read as <<');
  text = text.replace(/[«»]/g, '<<').replace(/[‹›]/g, '<');

  const lines = splitLines(text, notes);
  if (!Array.isArray(lines)) return { ok: false, error: lines, notes };
  for (const [index, line] of lines.entries()) {
    const bad = /[^A-Z0-9<]/.exec(line);
    if (bad) {
      return fail('badCharacters', `line ${index + 1} has "${bad[0]}" at column ${bad.index + 1}: only A-Z, 0-9 and < belong in an MRZ`);
    }
  }
  const lengthError = fixLengths(lines, notes);
  if (lengthError) return { ok: false, error: lengthError, notes };
  return { ok: true, lines, notes };
}

// ---------------------------------------------------------------------------------------------
// Repairs, on a mutable grid of characters.

interface Span {
  line: 0 | 1 | 2;
  start: number;
  end: number;
  field: MrzField;
}

const SPANS = {
  documentCode: { line: 0, start: 0, end: 2, field: 'documentCode' },
  issuingState: { line: 0, start: 2, end: 5, field: 'issuingState' },
  documentNumber: { line: 0, start: 5, end: 14, field: 'documentNumber' },
  documentNumberCheckDigit: { line: 0, start: 14, end: 15, field: 'documentNumberCheckDigit' },
  idNumber: { line: 0, start: 15, end: 27, field: 'idNumber' },
  optionalFiller1: { line: 0, start: 27, end: 30, field: 'optionalFiller1' },
  dateOfBirth: { line: 1, start: 0, end: 6, field: 'dateOfBirth' },
  dateOfBirthCheckDigit: { line: 1, start: 6, end: 7, field: 'dateOfBirthCheckDigit' },
  sex: { line: 1, start: 7, end: 8, field: 'sex' },
  dateOfExpiry: { line: 1, start: 8, end: 14, field: 'dateOfExpiry' },
  dateOfExpiryCheckDigit: { line: 1, start: 14, end: 15, field: 'dateOfExpiryCheckDigit' },
  nationality: { line: 1, start: 15, end: 18, field: 'nationality' },
  optionalFiller2: { line: 1, start: 18, end: 29, field: 'optionalFiller2' },
  compositeCheckDigit: { line: 1, start: 29, end: 30, field: 'compositeCheckDigit' },
  name: { line: 2, start: 0, end: 30, field: 'name' },
} as const satisfies Record<MrzField, Span>;

class Grid {
  readonly rows: string[][];
  readonly repairs: MrzRepair[] = [];

  constructor(lines: readonly string[]) {
    this.rows = lines.map((line) => [...line]);
  }

  get(span: Span): string {
    return this.rows[span.line]!.slice(span.start, span.end).join('');
  }

  /** The repairs that would turn `span` into `text` (same length). */
  diff(span: Span, text: string, kind: MrzRepair['kind'], confirmedBy: MrzRepairConfirmation): MrzRepair[] {
    const current = this.get(span);
    const repairs: MrzRepair[] = [];
    for (let i = 0; i < current.length; i += 1) {
      const from = current[i] as string;
      const to = text[i] as string;
      if (from !== to) {
        repairs.push({ line: (span.line + 1) as 1 | 2 | 3, column: span.start + i + 1, from, to, field: span.field, kind, confirmedBy });
      }
    }
    return repairs;
  }

  apply(repairs: readonly MrzRepair[]): void {
    for (const repair of repairs) {
      this.rows[repair.line - 1]![repair.column - 1] = repair.to;
      this.repairs.push(repair);
    }
  }

  /** Apply, run `test`, and undo unless it passes. */
  tryApply(repairs: readonly MrzRepair[], test: () => boolean): boolean {
    const saved = repairs.map((repair) => ({ repair, before: this.rows[repair.line - 1]![repair.column - 1] as string }));
    for (const repair of repairs) this.rows[repair.line - 1]![repair.column - 1] = repair.to;
    if (test()) {
      this.repairs.push(...repairs);
      return true;
    }
    for (const { repair, before } of saved) this.rows[repair.line - 1]![repair.column - 1] = before;
    return false;
  }

  lines(): [string, string, string] {
    return this.rows.map((row) => row.join('')) as [string, string, string];
  }
}

const mapChars = (text: string, table: Readonly<Record<string, string>>) => [...text].map((char) => table[char] ?? char).join('');
const isDigits = (text: string) => /^\d+$/.test(text);
const NO_EXPIRY = '<<<<<<';

/** Month 01-12 and a day that month can have in some year. */
function plausibleYymmdd(text: string): boolean {
  if (!/^\d{6}$/.test(text)) return false;
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : daysInMonth(2001, month));
}

function checkDigitPasses(value: string, checkChar: string): boolean {
  return /^\d$/.test(checkChar) && mrzCheckDigit(value) === Number(checkChar);
}

/**
 * A digits-only field with its own check digit: left alone when it passes, otherwise its letters
 * are read as the digits they look like, kept only if the check digit then passes.
 */
function repairCheckedDigits(grid: Grid, value: Span, checkSpan: Span, confirmedBy: MrzRepairConfirmation, plausible: (digits: string) => boolean): boolean {
  const passes = () => isDigits(grid.get(value)) && plausible(grid.get(value)) && checkDigitPasses(grid.get(value), grid.get(checkSpan));
  if (passes()) return true;
  const repairs = [
    ...grid.diff(value, mapChars(grid.get(value), LETTER_TO_DIGIT), 'digit', confirmedBy),
    ...grid.diff(checkSpan, mapChars(grid.get(checkSpan), LETTER_TO_DIGIT), 'digit', confirmedBy),
  ];
  return repairs.length > 0 && grid.tryApply(repairs, passes);
}

function compositeText(grid: Grid): string {
  const [line1, line2] = grid.lines();
  return line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29);
}

const compositePasses = (grid: Grid) => checkDigitPasses(compositeText(grid), grid.get(SPANS.compositeCheckDigit));

function noExpiryCheckPasses(grid: Grid): boolean {
  return grid.get(SPANS.dateOfExpiry) === NO_EXPIRY && ['<', '0'].includes(grid.get(SPANS.dateOfExpiryCheckDigit));
}

/**
 * The fields confirmed only by the composite check digit: try their repairs together, then fewer,
 * and keep the first set after which the composite check passes. These repairs only ever replace
 * characters the layout forbids there (letters in the ID, look-alikes in fillers), so they run even
 * when the composite already passes: K and U weigh 20 and 30, the same as `<` (0) modulo 10.
 */
function repairCompositeGroups(grid: Grid, expiryResolved: boolean): void {
  const groups: MrzRepair[][] = [];
  const idRepairs = grid.diff(SPANS.idNumber, mapChars(grid.get(SPANS.idNumber), LETTER_TO_DIGIT), 'digit', 'compositeCheckDigit');
  const fillers = (span: Span) =>
    grid.diff(span, [...grid.get(span)].map((char) => (FILLER_LOOKALIKES.has(char) ? '<' : char)).join(''), 'filler', 'compositeCheckDigit');
  const fillerRepairs = [...fillers(SPANS.optionalFiller1), ...fillers(SPANS.optionalFiller2)];
  const checkRepairs = grid.diff(SPANS.compositeCheckDigit, mapChars(grid.get(SPANS.compositeCheckDigit), LETTER_TO_DIGIT), 'digit', 'compositeCheckDigit');
  for (const group of [idRepairs, fillerRepairs, checkRepairs]) if (group.length > 0) groups.push(group);
  if (!expiryResolved && FILLERISH.test(grid.get(SPANS.dateOfExpiry))) {
    const checkChar = grid.get(SPANS.dateOfExpiryCheckDigit);
    const noExpiry = [
      ...grid.diff(SPANS.dateOfExpiry, NO_EXPIRY, 'filler', 'compositeCheckDigit'),
      ...(FILLER_LOOKALIKES.has(checkChar) ? grid.diff(SPANS.dateOfExpiryCheckDigit, '<', 'filler', 'compositeCheckDigit') : []),
      ...(/^[OQDU]$/.test(checkChar) ? grid.diff(SPANS.dateOfExpiryCheckDigit, '0', 'digit', 'compositeCheckDigit') : []),
    ];
    if (noExpiry.length > 0) groups.push(noExpiry);
  }
  // Every subset, the largest first: the layout says all of these are digits or fillers.
  const subsets: MrzRepair[][] = [];
  for (let mask = (1 << groups.length) - 1; mask > 0; mask -= 1) {
    subsets.push(groups.filter((_, index) => (mask >> index) & 1).flat());
  }
  subsets.sort((a, b) => b.length - a.length);
  for (const subset of subsets) if (grid.tryApply(subset, () => compositePasses(grid))) return;
}

function repairConstant(grid: Grid, span: Span, expected: string): boolean {
  const current = grid.get(span);
  if (current === expected) return true;
  if (!looksLike(current, expected)) return false;
  grid.apply(grid.diff(span, expected, 'constant', 'layout'));
  return true;
}

/**
 * Line 3: digits read as letters (a name has none); a trailing run of K/L/C mixed with fillers
 * read as fillers. Inside the name nothing else is touched: K and L are letters of names too.
 */
function repairName(grid: Grid): MrzError | null {
  const span = SPANS.name;
  grid.apply(grid.diff(span, mapChars(grid.get(span), DIGIT_TO_LETTER), 'letter', 'layout'));
  const unreadable = /[0-9]/.exec(grid.get(span));
  if (unreadable) return { code: 'badName', message: `line 3 has the digit ${unreadable[0]} at column ${unreadable.index + 1}` };
  const text = grid.get(span);
  const tail = /[<KLC]*$/.exec(text)?.[0] ?? '';
  const firstFiller = tail.indexOf('<');
  let from = -1;
  if (firstFiller >= 0) from = text.length - tail.length + firstFiller;
  // No Vietnamese name ends in two or more of K, L, C: a run of them is fillers...
  const end = from < 0 ? text.length : from;
  let run = /[KLC]{2,}$/.exec(text.slice(0, end))?.[0] ?? '';
  // ...except a C after a vowel, which ends a syllable (DUC, LOC, PHUC).
  if (run.startsWith('C') && /[AEIOUY]/.test(text.charAt(end - run.length - 1))) run = run.slice(1);
  if (run.length > 0) from = end - run.length;
  if (from >= 0) {
    const repaired = text.slice(0, from) + '<'.repeat(text.length - from);
    grid.apply(grid.diff(span, repaired, 'filler', 'layout'));
  }
  return null;
}

function nameOf(line3: string): string {
  const trimmed = line3.replace(/<+$/, '');
  const separator = trimmed.indexOf('<<');
  const words = (part: string) => part.split('<').filter((word) => word !== '').join(' ');
  if (separator < 0) return words(trimmed);
  return [words(trimmed.slice(0, separator)), words(trimmed.slice(separator + 2))].filter((part) => part !== '').join(' ');
}

function isoFromYymmdd(yymmdd: string, century: number): string | null {
  const year = century + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate({ year, month, day });
}

/** The ICAO verdict from the `mrz` package, with the CCCD reading of `<<<<<<` (no expiry). */
function icaoCheckDigits(lines: readonly string[], noExpiry: boolean): MrzCheckDigits {
  const [line1 = '', line2 = ''] = lines;
  let valid: Partial<Record<string, boolean>> = {};
  try {
    const result = parseIcao(lines);
    valid = Object.fromEntries(result.details.flatMap((detail) => (detail.field ? [[detail.field, detail.valid]] : [])));
  } catch {
    // The package refuses what it cannot lay out; then our own arithmetic decides.
    valid = {
      documentNumberCheckDigit: checkDigitPasses(line1.slice(5, 14), line1.charAt(14)),
      birthDateCheckDigit: checkDigitPasses(line2.slice(0, 6), line2.charAt(6)),
      expirationDateCheckDigit: checkDigitPasses(line2.slice(8, 14), line2.charAt(14)),
      compositeCheckDigit: checkDigitPasses(line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29), line2.charAt(29)),
    };
  }
  return {
    // A `<` there makes the package read an extended document number; a CCCD has none.
    documentNumber: /\d/.test(line1.charAt(14)) && valid.documentNumberCheckDigit === true,
    dateOfBirth: valid.birthDateCheckDigit === true,
    dateOfExpiry: noExpiry ? ['<', '0'].includes(line2.charAt(14)) : valid.expirationDateCheckDigit === true,
    composite: valid.compositeCheckDigit === true,
  };
}

/**
 * Parse and validate the MRZ of a CCCD or thẻ căn cước: 3 lines (or one string with line breaks,
 * or 90 characters in one line). Never throws. A zone whose check digits fail still parses
 * (`ok: true, valid: false`), so the caller can say which check failed; what cannot be read at
 * all is a named error.
 */
export function parseCccdMrz(input: string | readonly string[]): MrzParseResult {
  const normalised = normalise(input);
  if (!normalised.ok) return { ok: false, error: normalised.error, repairs: [], normalisation: normalised.notes };
  const grid = new Grid(normalised.lines);
  const fail = (code: MrzErrorCode, message: string): MrzParseResult => ({
    ok: false,
    error: { code, message },
    repairs: grid.repairs,
    normalisation: normalised.notes,
  });

  if (!repairConstant(grid, SPANS.documentCode, 'ID') || !repairConstant(grid, SPANS.issuingState, 'VNM')) {
    return fail('notCccd', `line 1 starts with "${grid.get(SPANS.documentCode)}${grid.get(SPANS.issuingState)}", not IDVNM`);
  }
  if (!repairConstant(grid, SPANS.nationality, 'VNM')) {
    return fail('notCccd', `nationality "${grid.get(SPANS.nationality)}" at line 2 column 16, not VNM`);
  }

  repairCheckedDigits(grid, SPANS.documentNumber, SPANS.documentNumberCheckDigit, 'documentNumberCheckDigit', () => true);
  repairCheckedDigits(grid, SPANS.dateOfBirth, SPANS.dateOfBirthCheckDigit, 'dateOfBirthCheckDigit', plausibleYymmdd);
  const expiryResolved =
    noExpiryCheckPasses(grid) ||
    repairCheckedDigits(grid, SPANS.dateOfExpiry, SPANS.dateOfExpiryCheckDigit, 'dateOfExpiryCheckDigit', plausibleYymmdd);
  repairCompositeGroups(grid, expiryResolved);

  const idNumber = grid.get(SPANS.idNumber);
  const idParts = parseIdNumber(idNumber);
  if (!idParts) return fail('badIdNumber', `the ID number field "${idNumber}" is not 12 digits`);

  let sexChar = grid.get(SPANS.sex);
  const lookalike = SEX_LOOKALIKES[sexChar];
  if (lookalike !== undefined && lookalike === idParts.sex) {
    grid.apply(grid.diff(SPANS.sex, lookalike, 'letter', 'idNumberSexDigit'));
    sexChar = lookalike;
  }
  if (sexChar !== 'M' && sexChar !== 'F') return fail('badSex', `sex "${sexChar}" at line 2 column 8 is neither M nor F`);

  const birthCentury = idParts.birthYear - (idParts.birthYear % 100);
  const birthText = grid.get(SPANS.dateOfBirth);
  const dateOfBirth = isDigits(birthText) ? isoFromYymmdd(birthText, birthCentury) : null;
  if (!dateOfBirth) return fail('badDate', `date of birth "${birthText}" is not a YYMMDD date`);

  const expiryText = grid.get(SPANS.dateOfExpiry);
  let dateOfExpiry: string | null = null;
  if (expiryText !== NO_EXPIRY) {
    const birthYear = Number(dateOfBirth.slice(0, 4));
    // The expiry falls within a century after the birth (60 years at most).
    const yy = Number(expiryText.slice(0, 2));
    const century = birthYear - (birthYear % 100) + (yy < birthYear % 100 ? 100 : 0);
    dateOfExpiry = isDigits(expiryText) ? isoFromYymmdd(expiryText, century) : null;
    if (!dateOfExpiry) return fail('badDate', `date of expiry "${expiryText}" is neither a YYMMDD date nor <<<<<<`);
  }

  const nameError = repairName(grid);
  if (nameError) return { ok: false, error: nameError, repairs: grid.repairs, normalisation: normalised.notes };
  const lines = grid.lines();
  const fullName = nameOf(lines[2]);
  if (fullName === '') return fail('badName', 'line 3 holds no name');

  const checkDigits = icaoCheckDigits(lines, expiryText === NO_EXPIRY);
  return {
    ok: true,
    identity: { idNumber, fullName, dateOfBirth, sex: sexChar, dateOfExpiry },
    documentNumber: grid.get(SPANS.documentNumber),
    checkDigits,
    valid: checkDigits.documentNumber && checkDigits.dateOfBirth && checkDigits.dateOfExpiry && checkDigits.composite,
    nameTruncated: !lines[2].endsWith('<'),
    repairs: grid.repairs,
    normalisation: normalised.notes,
    lines,
  };
}
