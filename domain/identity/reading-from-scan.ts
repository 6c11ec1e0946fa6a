/** From what a reader saw to what the session keeps, or the reason to tell the citizen. */
import { type AuthenticateResult, authenticateCard } from './authenticate.js';
import type { CardReading, CardScan } from './card-reading.js';
import { checkIdNumber } from './id-number.js';

export type ReadingResult =
  | { ok: true; reading: CardReading }
  /**
   * `unreadable`: nothing usable was read; `invalid`: read, but a check failed. The detail names
   * error codes and checks only, never what was read: it may be logged.
   */
  | { ok: false; code: 'unreadable' | 'invalid'; detail: string };

/** Authenticate whatever a reader saw: the QR text, the MRZ lines, or both. */
export function authenticateScan(scan: CardScan, today: string): AuthenticateResult {
  return authenticateCard({
    today,
    ...(scan.qrText !== undefined ? { qr: scan.qrText } : {}),
    ...(scan.mrzLines !== undefined ? { mrz: scan.mrzLines } : {}),
  });
}

export function readingFromScan(scan: CardScan, today: string): ReadingResult {
  const result = authenticateScan(scan, today);
  if (!result.ok) {
    // Codes only: the parsers' messages quote what was read (digits of the number, the birth date).
    const codes = [result.error.qr && `qr ${result.error.qr.code}`, result.error.mrz && `mrz ${result.error.mrz.code}`];
    return { ok: false, code: 'unreadable', detail: codes.filter(Boolean).join(', ') || result.error.code };
  }
  if (!result.authentic) {
    const failed = result.checks.filter((check) => check.status === 'failed' && check.name !== 'notExpired');
    return { ok: false, code: 'invalid', detail: `failed checks: ${failed.map((check) => check.name).join(', ')}` };
  }
  return {
    ok: true,
    reading: {
      source: result.source,
      idNumber: result.identity.idNumber,
      identity: result.identity,
      age: result.age,
      expired: result.expired,
    },
  };
}

export type ManualIdResult = { ok: true; reading: CardReading } | { ok: false; code: 'format' | 'structure' };

/** A number the citizen typed: twelve digits with a real province code and a possible birth year. */
export function readingFromTypedNumber(typed: string, today: string): ManualIdResult {
  const idNumber = typed.replace(/[\s.-]/g, '');
  if (!/^\d{12}$/.test(idNumber)) return { ok: false, code: 'format' };
  const failed = checkIdNumber(idNumber, { today }).some((check) => check.status === 'failed');
  if (failed) return { ok: false, code: 'structure' };
  return { ok: true, reading: { source: 'manual', idNumber, identity: null, age: null, expired: false } };
}
