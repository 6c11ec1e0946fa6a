import type { CccdIdentity } from './cccd-identity.js';

/**
 * What the id-reader hands the session. Lives in the session context only and is wiped when the
 * session ends; anything that leaves the session (view, logs) carries `maskId(...)` at most.
 */
export type IdentityCard = CccdIdentity;
export type { CccdIdentity } from './cccd-identity.js';

/**
 * First 4 and last 2 digits visible (`0331******08`): enough for a citizen to recognise their
 * card, useless to anyone else. Shorter numbers (manual entry in progress) are masked entirely.
 */
export function maskId(idNumber: string): string {
  const digits = idNumber.replace(/\D/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}
