import type { CardScan } from '../../domain/identity/card-reading.js';
import type { CccdIdentity } from '../../domain/identity/cccd-identity.js';
import { delay } from '../abortable-delay.js';
import { MockScript } from '../mock-script.js';
import type { IdReader } from './id-reader.js';

/**
 * A made-up card that passes every structural check: 001 Hà Nội, 0 = born in the 1900s and male,
 * 85 = 1985, then 6 made-up digits. Renewed at 38, so it is valid until the holder turns 60.
 */
export const SAMPLE_CARD: CccdIdentity = {
  idNumber: '001085012345',
  oldIdNumber: '012345678',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1985-04-12',
  sex: 'M',
  dateOfIssue: '2023-06-01',
  placeOfResidence: 'Số 1 phố Tràng Tiền, Phường Hoàn Kiếm, Hà Nội',
};

const ddMMyyyy = (iso: string) => iso.split('-').reverse().join('');

/** The QR on the front of a 2021 card, for any identity. */
export function qrPayloadOf(card: CccdIdentity): string {
  return [
    card.idNumber,
    card.oldIdNumber ?? '',
    card.fullName,
    ddMMyyyy(card.dateOfBirth),
    card.sex === 'M' ? 'Nam' : 'Nữ',
    card.placeOfResidence ?? '',
    ddMMyyyy(card.dateOfIssue ?? '2021-07-01'),
  ].join('|');
}

export const SAMPLE_SCAN: CardScan = { qrText: qrPayloadOf(SAMPLE_CARD) };

/**
 * An in-process reader. Scripted scans or failures come first; otherwise, with a read delay, it
 * "reads" the sample card after that delay (so the demo kiosk can be walked through), and with
 * no delay it waits until the session gives up.
 */
export class MockIdReader implements IdReader {
  readonly script = new MockScript<CardScan>();
  reads = 0;

  constructor(private readonly readDelayMs = 0) {}

  async read(signal?: AbortSignal): Promise<CardScan> {
    this.reads += 1;
    return this.script.next(async () => {
      await delay(this.readDelayMs === 0 ? 2 ** 31 - 1 : this.readDelayMs, signal);
      return SAMPLE_SCAN;
    });
  }

  async close(): Promise<void> {}
}
