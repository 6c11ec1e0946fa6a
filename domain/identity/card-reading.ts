import type { CccdIdentity } from './cccd-identity.js';

/**
 * What the session knows of the citizen's card after the identify step. Session-only: wiped
 * when the session ends; anything leaving the session carries `maskId(idNumber)` at most.
 */
export interface CardReading {
  source: 'qr' | 'mrz' | 'both' | 'manual';
  idNumber: string;
  /** Null when the citizen typed the number: only the number is known then. */
  identity: CccdIdentity | null;
  /** Completed years on the service day; null when unknown (typed number). */
  age: number | null;
  expired: boolean;
}

/** What a reader saw on a card, before the domain decides what it means. */
export interface CardScan {
  qrText?: string;
  /** The three TD1 lines as recognised, before any repair. */
  mrzLines?: readonly [string, string, string];
}
