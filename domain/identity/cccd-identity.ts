/**
 * The citizen's identity as the whole app sees it, whatever was read (QR, MRZ or both).
 * Lives in the session context only; anything that leaves the session carries `maskId(...)` at most.
 * Fields that were not read are left out (undefined), never empty strings.
 */
export interface CccdIdentity {
  /** The 12-digit personal identification number. */
  idNumber: string;
  /** The 9-digit number of the old identity card (CMND), when the QR carries it. */
  oldIdNumber?: string;
  /** As printed; from the QR with Vietnamese diacritics (NFC), from the MRZ without. */
  fullName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  sex: 'M' | 'F';
  /** YYYY-MM-DD; `null` when the card has no expiry (issued at 58 or later). */
  dateOfExpiry?: string | null;
  /** YYYY-MM-DD. */
  dateOfIssue?: string;
  placeOfResidence?: string;
}

export type IdentityField = keyof CccdIdentity;
