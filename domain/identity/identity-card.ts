/**
 * What the id-reader hands the session. Lives in the session context only and is wiped when the
 * session ends; anything that leaves the session (view, logs) carries `maskId(...)` at most.
 */
export interface IdentityCard {
  /** The 12-digit personal identification number. */
  idNumber: string;
  fullName: string;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string;
  sex: 'male' | 'female';
}

/** Keep only the last 3 digits: enough for a citizen to recognise their card, useless to anyone else. */
export function maskId(idNumber: string): string {
  const digits = idNumber.replace(/\D/g, '');
  if (digits.length < 4) return '•'.repeat(digits.length);
  return `${'•'.repeat(digits.length - 3)}${digits.slice(-3)}`;
}
