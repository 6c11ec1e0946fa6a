import type { IdentityCard } from '../../domain/identity/identity-card.js';
import { MockScript, delay } from '../mock-script.js';
import type { IdReader } from './id-reader.js';

/**
 * A made-up card that passes every structural check: 001 Hà Nội, 0 = born in the 1900s and male,
 * 85 = 1985, then 6 made-up digits. Renewed at 38, so it is valid until the holder turns 60.
 */
export const SAMPLE_CARD: IdentityCard = {
  idNumber: '001085012345',
  fullName: 'NGUYỄN VĂN AN',
  dateOfBirth: '1985-04-12',
  sex: 'M',
  dateOfIssue: '2023-06-01',
  dateOfExpiry: '2045-04-12',
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
