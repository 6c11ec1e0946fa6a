import type { CardScan } from '../../domain/identity/card-reading.js';

/**
 * Reads a citizen ID card: waits for one to be presented and returns what is printed on it (QR
 * text and/or MRZ lines). Whether that is a genuine, valid card is the domain's call.
 */
export interface IdReader {
  /** Rejects with an IdReadError when it cannot read, or when the session gives up (aborted). */
  read(signal?: AbortSignal): Promise<CardScan>;
  close(): Promise<void>;
}

/** The reasons a citizen is told about, so they know what to do next. */
export type IdReadErrorCode = 'unreadable' | 'invalid' | 'deviceFailed';

export class IdReadError extends Error {
  constructor(
    readonly code: IdReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IdReadError';
  }
}
