import type { IdentityCard } from '../../domain/identity/identity-card.js';

/** Reads a citizen ID card. Camera, scanner and OCR adapters arrive with the ID-card issue. */
export interface IdReader {
  /** Waits for a card and reads it; rejects when it cannot, or when the session gives up. */
  read(signal?: AbortSignal): Promise<IdentityCard>;
  close(): Promise<void>;
}

export class IdReadError extends Error {
  constructor(
    readonly code: 'unreadable' | 'invalid' | 'deviceFailed',
    message: string,
  ) {
    super(message);
    this.name = 'IdReadError';
  }
}
