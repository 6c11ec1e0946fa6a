/**
 * The text of the QR code on a CCCD.
 *
 * - 2021 chip card (front): `id|oldId|name|ddMMyyyy birth|Nam/Nữ|residence|ddMMyyyy issue`,
 *   7 fields, the old 9-digit number may be empty.
 * - A 6-field variant without the old number.
 * - 2024 thẻ căn cước (back): the field count is not assumed. Fields are told apart by their shape
 *   (12-digit number, 9-digit old number, 8-digit dates, Nam/Nữ, text) and what could not be read
 *   is reported, not guessed.
 */
import { fromDdMmYyyy } from './calendar.js';
import type { CccdIdentity, IdentityField } from './cccd-identity.js';

export type QrErrorCode = 'empty' | 'tooLong' | 'notCccd' | 'badIdNumber' | 'badName' | 'badDate' | 'badSex';

export interface QrError {
  code: QrErrorCode;
  message: string;
}

/** Which layout the fields matched: one of the two known ones, or read field by field. */
export type QrLayout = '2021' | '2021-no-old-id' | 'byShape';

export type QrParseResult =
  | {
      ok: true;
      identity: CccdIdentity;
      /** Identity fields the QR did not give (an absent old number is normal on many cards). */
      unread: IdentityField[];
      /** 1-based positions of non-empty fields that matched no identity field. */
      unknownFields: number[];
      layout: QrLayout;
    }
  | { ok: false; error: QrError };

/** Longer than any real payload (the residence is the long part): refuse before any work. */
export const MAX_QR_LENGTH = 1000;

const fail = (code: QrErrorCode, message: string): QrParseResult => ({ ok: false, error: { code, message } });

/** Byte-order marks, zero-width and control characters some scanners add. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

function cleanField(field: string): string {
  return field.replace(/\s+/g, ' ').trim().normalize('NFC');
}

const ID_NUMBER = /^\d{12}$/;
const OLD_ID_NUMBER = /^\d{9}$/;
const DATE_8 = /^\d{8}$/;
const DATE_SEPARATED = /^(\d{2})[./-](\d{2})[./-](\d{4})$/;
/** Letters (any script, with their marks), spaces, apostrophes, hyphens, dots: a name. */
const NAME = /^(?=.*\p{L})[\p{L}\p{M} '’.-]{1,100}$/u;

function sexOf(field: string): 'M' | 'F' | null {
  switch (field.toLocaleLowerCase('vi')) {
    case 'nam':
      return 'M';
    case 'nữ':
    case 'nu':
      return 'F';
    default:
      return null;
  }
}

/** A date field in ddMMyyyy (or dd/MM/yyyy) shape, valid or not. */
function dateDigits(field: string): string | null {
  if (DATE_8.test(field)) return field;
  const match = DATE_SEPARATED.exec(field);
  return match ? `${match[1]}${match[2]}${match[3]}` : null;
}

const isText = (field: string) => /\p{L}/u.test(field) && !DATE_8.test(field);

function layoutOf(fields: readonly string[]): QrLayout {
  const [id, second, third, fourth, fifth, , last] = fields;
  const isId = (f?: string) => f !== undefined && ID_NUMBER.test(f);
  const isDate = (f?: string) => f !== undefined && dateDigits(f) !== null;
  const isSex = (f?: string) => f !== undefined && sexOf(f) !== null;
  if (fields.length === 7 && isId(id) && (second === '' || OLD_ID_NUMBER.test(second ?? '')) && isDate(fourth) && isSex(fifth) && isDate(last)) {
    return '2021';
  }
  if (fields.length === 6 && isId(id) && isDate(third) && isSex(fourth) && isDate(fields[5])) return '2021-no-old-id';
  return 'byShape';
}

/** Parse the QR text of a CCCD or thẻ căn cước. Never throws. */
export function parseCccdQr(text: string): QrParseResult {
  if (typeof text !== 'string') return fail('empty', 'no QR text');
  if (text.length > MAX_QR_LENGTH * 4) return fail('tooLong', `QR text of ${text.length} characters is not a CCCD payload`);
  const normalised = text.replace(INVISIBLE, '').normalize('NFC').trim();
  if (normalised === '') return fail('empty', 'the QR code is empty');
  if (normalised.length > MAX_QR_LENGTH) return fail('tooLong', `QR text of ${normalised.length} characters is not a CCCD payload`);
  if (!normalised.includes('|')) return fail('notCccd', 'not a CCCD QR code: no "|"-separated fields');

  const fields = normalised.split('|').map(cleanField);
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  const layout = layoutOf(fields);
  const used = new Set<number>();

  // The personal number: the first 12-digit field.
  const idIndex = fields.findIndex((field) => ID_NUMBER.test(field));
  if (idIndex < 0) {
    const first = fields[0] ?? '';
    if (/^\d+$/.test(first)) return fail('badIdNumber', `the ID number has ${first.length} digits, not 12`);
    return fail('notCccd', 'not a CCCD QR code: no 12-digit ID number');
  }
  used.add(idIndex);
  const idNumber = fields[idIndex] as string;
  const after = (from: number) => fields.map((field, index) => ({ field, index })).filter(({ index }) => index > from && !used.has(index));

  // The old number: a 9-digit field (or another 12-digit one) after the ID.
  let oldIdNumber: string | undefined;
  const old = after(idIndex).find(({ field }) => OLD_ID_NUMBER.test(field) || (ID_NUMBER.test(field) && field !== idNumber));
  if (old) {
    oldIdNumber = old.field;
    used.add(old.index);
  }

  // The name: the first text field after the ID; it must look like a name.
  const nameField = after(idIndex).find(({ field }) => isText(field) && sexOf(field) === null);
  if (!nameField) return fail('badName', 'no full name in the QR code');
  if (!NAME.test(nameField.field)) return fail('badName', `field ${nameField.index + 1} is not a name`);
  used.add(nameField.index);
  const fullName = nameField.field;

  // Sex: the first Nam/Nữ field.
  const sexField = after(idIndex).find(({ field }) => sexOf(field) !== null);
  if (!sexField) return fail('badSex', 'no sex (Nam/Nữ) in the QR code');
  used.add(sexField.index);
  const sex = sexOf(sexField.field) as 'M' | 'F';

  // Dates: the first is the birth date, the second the issue date.
  const dates = after(idIndex).filter(({ field }) => dateDigits(field) !== null);
  const [birthField, issueField] = dates;
  if (!birthField) return fail('badDate', 'no date of birth in the QR code');
  const dateOfBirth = fromDdMmYyyy(dateDigits(birthField.field) as string);
  if (!dateOfBirth) return fail('badDate', `date of birth "${birthField.field}" is not a date`);
  used.add(birthField.index);
  let dateOfIssue: string | undefined;
  if (issueField) {
    const issue = fromDdMmYyyy(dateDigits(issueField.field) as string);
    if (issue && issue >= dateOfBirth) {
      dateOfIssue = issue;
      used.add(issueField.index);
    }
  }

  // Residence: the text field right after the sex field (2021), else the next unused text field.
  let placeOfResidence: string | undefined;
  const residenceField =
    after(sexField.index).find(({ field, index }) => index === sexField.index + 1 && isText(field)) ??
    after(nameField.index).find(({ field }) => isText(field));
  if (residenceField) {
    placeOfResidence = residenceField.field;
    used.add(residenceField.index);
  }

  const identity: CccdIdentity = { idNumber, fullName, dateOfBirth, sex };
  if (oldIdNumber !== undefined) identity.oldIdNumber = oldIdNumber;
  if (dateOfIssue !== undefined) identity.dateOfIssue = dateOfIssue;
  if (placeOfResidence !== undefined) identity.placeOfResidence = placeOfResidence;

  const unread = (['oldIdNumber', 'placeOfResidence', 'dateOfIssue'] as const).filter((field) => identity[field] === undefined);
  const unknownFields = fields.flatMap((field, index) => (field !== '' && !used.has(index) ? [index + 1] : []));
  return { ok: true, identity, unread, unknownFields, layout };
}
