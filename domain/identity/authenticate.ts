/**
 * Authenticate a citizen ID card from what was read of it: the QR text, the MRZ text, or both.
 * The answer is the identity plus a list of named checks (passed / failed / not available).
 */
import { ageOn, isIsoDate } from './calendar.js';
import type { CccdIdentity } from './cccd-identity.js';
import { check, type Check, type CheckName } from './checks.js';
import { checkExpiryRule, expectedExpiry, isExpired } from './expiry.js';
import { checkIdNumber } from './id-number.js';
import { parseCccdMrz, type MrzError, type MrzParseResult, type MrzRepair } from './mrz.js';
import { parseCccdQr, type QrError, type QrParseResult } from './qr-payload.js';

export { ageOn } from './calendar.js';
export type { Check, CheckName, CheckStatus } from './checks.js';

export interface AuthenticateInput {
  qr?: string;
  mrz?: string | readonly string[];
  /** YYYY-MM-DD, the service point's local date. */
  today: string;
}

export type AuthenticateErrorCode = 'nothingRead' | 'unreadable';

export interface Authenticated {
  ok: true;
  /** Merged: the QR wins for the name (diacritics), residence, old number, issue date; the MRZ supplies the expiry. */
  identity: CccdIdentity;
  source: 'qr' | 'mrz' | 'both';
  /** Every CheckName, once, in a fixed order. */
  checks: Check[];
  /** No check failed, not counting `notExpired` (an expired card is still the citizen's card). */
  authentic: boolean;
  expired: boolean;
  /** Completed years on `today`. */
  age: number;
  /** Fields the QR did not give, when a QR was read. */
  unread: string[];
  /** Character repairs made to the MRZ, when one was read. */
  mrzRepairs: MrzRepair[];
  /** Why an offered QR or MRZ text could not be used, when the other one could. */
  errors: { qr?: QrError; mrz?: MrzError };
}

export interface AuthenticateFailure {
  ok: false;
  error: { code: AuthenticateErrorCode; message: string; qr?: QrError; mrz?: MrzError };
}

export type AuthenticateResult = Authenticated | AuthenticateFailure;

export const CHECK_ORDER: readonly CheckName[] = [
  'mrzCheckDigits',
  'mrzCompositeCheck',
  'documentNumberMatchesId',
  'idNumberStructure',
  'provinceCode',
  'idMatchesBirthYear',
  'idMatchesSex',
  'qrMrzAgree',
  'expiryRule',
  'notExpired',
];

/** A name as the MRZ writes it: no diacritics, Đ as D, upper case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

type MrzRead = Extract<MrzParseResult, { ok: true }>;
type QrRead = Extract<QrParseResult, { ok: true }>;

function mrzChecks(mrz: MrzRead | null): Check[] {
  if (!mrz) {
    return [
      check('mrzCheckDigits', 'notAvailable', 'no MRZ read'),
      check('mrzCompositeCheck', 'notAvailable', 'no MRZ read'),
      check('documentNumberMatchesId', 'notAvailable', 'no MRZ read'),
    ];
  }
  const { checkDigits, repairs } = mrz;
  const failed = [
    checkDigits.documentNumber ? null : 'document number',
    checkDigits.dateOfBirth ? null : 'date of birth',
    checkDigits.dateOfExpiry ? null : 'date of expiry',
  ].filter((field): field is string => field !== null);
  const repaired = repairs.length > 0 ? `${repairs.length} character(s) repaired` : undefined;
  const idTail = mrz.identity.idNumber.slice(-9);
  return [
    failed.length === 0 ? check('mrzCheckDigits', 'passed', repaired) : check('mrzCheckDigits', 'failed', `check digit wrong for ${failed.join(', ')}`),
    checkDigits.composite ? check('mrzCompositeCheck', 'passed') : check('mrzCompositeCheck', 'failed', 'composite check digit wrong'),
    mrz.documentNumber === idTail
      ? check('documentNumberMatchesId', 'passed')
      : check('documentNumberMatchesId', 'failed', 'the document number is not the last 9 digits of the ID number'),
  ];
}

function nameAgrees(qrName: string, mrz: MrzRead): boolean {
  const fromQr = foldName(qrName);
  const fromMrz = foldName(mrz.identity.fullName);
  if (fromQr === fromMrz) return true;
  // A name longer than line 3 is cut short there.
  return mrz.nameTruncated && fromQr.replace(/ /g, '').startsWith(fromMrz.replace(/ /g, ''));
}

function agreement(qr: QrRead | null, mrz: MrzRead | null): Check {
  if (!qr || !mrz) return check('qrMrzAgree', 'notAvailable', qr ? 'no MRZ read' : 'no QR read');
  const a = qr.identity;
  const b = mrz.identity;
  const disagree: string[] = [];
  if (a.idNumber !== b.idNumber) disagree.push('idNumber');
  if (a.dateOfBirth !== b.dateOfBirth) disagree.push('dateOfBirth');
  if (a.sex !== b.sex) disagree.push('sex');
  if (!nameAgrees(a.fullName, mrz)) disagree.push('fullName');
  if (a.dateOfExpiry !== undefined && b.dateOfExpiry !== undefined && a.dateOfExpiry !== b.dateOfExpiry) disagree.push('dateOfExpiry');
  return disagree.length === 0 ? check('qrMrzAgree', 'passed') : check('qrMrzAgree', 'failed', `QR and MRZ disagree on ${disagree.join(', ')}`);
}

function merge(qr: QrRead | null, mrz: MrzRead | null): CccdIdentity {
  if (qr && mrz) {
    const identity: CccdIdentity = { ...qr.identity };
    if (mrz.identity.dateOfExpiry !== undefined) identity.dateOfExpiry = mrz.identity.dateOfExpiry;
    return identity;
  }
  return { ...(qr ?? (mrz as MrzRead)).identity };
}

function expiryStatus(identity: CccdIdentity, today: string): { check: Check; expired: boolean } {
  let expiry = identity.dateOfExpiry;
  let how = '';
  if (expiry === undefined && identity.dateOfIssue !== undefined && identity.dateOfIssue >= identity.dateOfBirth) {
    expiry = expectedExpiry(identity.dateOfBirth, identity.dateOfIssue);
    how = ' (by the age rules from the issue date)';
  }
  if (expiry === undefined) return { check: check('notExpired', 'notAvailable', 'expiry not known'), expired: false };
  const expired = isExpired(expiry, today);
  if (expired) return { check: check('notExpired', 'failed', `expired on ${expiry}${how}`), expired };
  return { check: check('notExpired', 'passed', expiry === null ? `no expiry${how}` : `valid until ${expiry}${how}`), expired };
}

/**
 * Read and check a card. Never throws for any QR or MRZ text; throws a RangeError when `today`
 * is not a YYYY-MM-DD date (a programming error, not a card problem).
 */
export function authenticateCard(input: AuthenticateInput): AuthenticateResult {
  const { today } = input;
  if (!isIsoDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  const qrResult = input.qr === undefined ? null : parseCccdQr(input.qr);
  const mrzResult = input.mrz === undefined ? null : parseCccdMrz(input.mrz);
  const qr = qrResult?.ok ? qrResult : null;
  const mrz = mrzResult?.ok ? mrzResult : null;
  const errors: Authenticated['errors'] = {};
  if (qrResult && !qrResult.ok) errors.qr = qrResult.error;
  if (mrzResult && !mrzResult.ok) errors.mrz = mrzResult.error;

  if (!qr && !mrz) {
    if (!qrResult && !mrzResult) return { ok: false, error: { code: 'nothingRead', message: 'neither a QR nor an MRZ text was given' } };
    const reasons = [errors.qr && `QR: ${errors.qr.message}`, errors.mrz && `MRZ: ${errors.mrz.message}`].filter(Boolean).join('; ');
    return { ok: false, error: { code: 'unreadable', message: reasons, ...errors } };
  }

  const identity = merge(qr, mrz);
  const { check: notExpired, expired } = expiryStatus(identity, today);
  const byName = new Map<CheckName, Check>();
  for (const item of [
    ...mrzChecks(mrz),
    ...checkIdNumber(identity.idNumber, { dateOfBirth: identity.dateOfBirth, sex: identity.sex, today }),
    agreement(qr, mrz),
    checkExpiryRule(identity, today),
    notExpired,
  ]) {
    byName.set(item.name, item);
  }
  const checks = CHECK_ORDER.map((name) => byName.get(name) ?? check(name, 'notAvailable'));
  return {
    ok: true,
    identity,
    source: qr && mrz ? 'both' : qr ? 'qr' : 'mrz',
    checks,
    authentic: checks.every((item) => item.status !== 'failed' || item.name === 'notExpired'),
    expired,
    age: ageOn(identity.dateOfBirth, today),
    unread: qr ? [...qr.unread] : [],
    mrzRepairs: mrz ? mrz.repairs : [],
    errors,
  };
}

/** Whether someone born on `dateOfBirth` is at least `thresholdYears` old on `today` (priority by age). */
export function qualifiesForAgePriority(dateOfBirth: string, today: string, thresholdYears: number): boolean {
  return ageOn(dateOfBirth, today) >= thresholdYears;
}
