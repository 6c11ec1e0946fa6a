import type { IdentityCard } from '../../domain/identity/identity-card.js';
import { MockScript, delay } from '../mock-script.js';
import type { IdReader } from './id-reader.js';

/** A made-up card (the province code 001 and this number belong to nobody we know of). */
export const SAMPLE_CARD: IdentityCard = {
  idNumber: '001085012345',
  fullName: 'NGUYỄN VĂN AN',
  dateOfBirth: '1985-04-12',
  sex: 'male',
};

/**
 * An in-process reader. Scripted cards or failures come first; otherwise, with a read delay, it
 * "reads" the sample card after that delay (so the demo kiosk can be walked through), and with
 * no delay it waits until the session gives up.
 */
export class MockIdReader implements IdReader {
  readonly script = new MockScript<IdentityCard>();
  reads = 0;

  constructor(private readonly readDelayMs = 0) {}

  async read(signal?: AbortSignal): Promise<IdentityCard> {
    this.reads += 1;
    return this.script.next(async () => {
      if (this.readDelayMs === 0) {
        await delay(2 ** 31 - 1, signal);
      } else {
        await delay(this.readDelayMs, signal);
      }
      return SAMPLE_CARD;
    });
  }

  async close(): Promise<void> {}
}
