/**
 * ID scanner contract: the mock reader and the serial scanner on a virtual scanner (socat PTY)
 * hand back the card presented, and give up with the session; then what only the wire shows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardScan } from '../../domain/identity/card-reading.js';
import type { IdReader } from '../../devices/id-reader/id-reader.js';
import { MockIdReader, SAMPLE_SCAN } from '../../devices/id-reader/mock-id-reader.js';
import { SerialScanner } from '../../devices/id-reader/serial-scanner.js';
import { PtyRig } from '../../hil/virtual-serial/pty-rig.js';
import { VirtualScanner } from '../../hil/virtual-serial/virtual-scanner.js';
import { waitFor } from '../../hil/wait-for.js';

const MRZ_SCAN: CardScan = {
  mrzLines: ['IDVNM0850123456001085012345<<8', '8504129M4504124VNM<<<<<<<<<<<6', 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<'],
};

interface ScannerRig {
  reader: IdReader;
  /** A read during which the citizen holds `card` to the reader. */
  readCard(card: CardScan): Promise<CardScan>;
  close(): Promise<void>;
}

const rigs: [string, () => Promise<ScannerRig>][] = [
  [
    'mock',
    async () => {
      const reader = new MockIdReader();
      const readCard = (card: CardScan) => {
        reader.script.queueValue(card);
        return reader.read();
      };
      return { reader, readCard, close: () => reader.close() };
    },
  ],
  [
    'serial on virtual',
    async () => {
      const rig = await PtyRig.open(VirtualScanner.open, (path) => SerialScanner.open({ path, baudRate: 9600 }));
      const readCard = (card: CardScan) => {
        const reading = rig.adapter.read();
        rig.twin.scan(card);
        return reading;
      };
      return { reader: rig.adapter, readCard, close: () => rig.close() };
    },
  ],
];

describe.each(rigs)('ID reader contract: %s', (_name, openRig) => {
  let rig: ScannerRig;
  beforeEach(async () => {
    rig = await openRig();
  });
  afterEach(async () => {
    await rig?.close();
  });

  it('reads the QR of a card, Vietnamese letters intact', async () => {
    expect(await rig.readCard(SAMPLE_SCAN)).toEqual(SAMPLE_SCAN);
  });

  it('reads the MRZ of a card', async () => {
    expect(await rig.readCard(MRZ_SCAN)).toEqual(MRZ_SCAN);
  });

  it('gives up when the session does, and reads again after', async () => {
    const controller = new AbortController();
    const reading = rig.reader.read(controller.signal);
    controller.abort(new Error('session ended'));
    await expect(reading).rejects.toThrow('session ended');
    expect(await rig.readCard(SAMPLE_SCAN)).toEqual(SAMPLE_SCAN);
  });
});

describe('serial scanner on a virtual scanner (socat)', () => {
  let rig: PtyRig<VirtualScanner, SerialScanner>;
  beforeEach(async () => {
    rig = await PtyRig.open(VirtualScanner.open, (path) => SerialScanner.open({ path, baudRate: 9600 }));
  });
  afterEach(async () => {
    await rig?.close();
  });

  it('joins a QR payload that arrives in two writes', async () => {
    const reading = rig.adapter.read();
    const bytes = Buffer.from(`${SAMPLE_SCAN.qrText}\r\n`, 'utf8');
    const cut = bytes.indexOf(Buffer.from('ễ', 'utf8')) + 1; // inside the multi-byte letter
    rig.twin.write(bytes.subarray(0, cut));
    await new Promise((resolve) => setTimeout(resolve, 50));
    rig.twin.write(bytes.subarray(cut));
    expect(await reading).toEqual(SAMPLE_SCAN);
  });

  it('fails reads with deviceFailed while unplugged, and reads again once replugged', async () => {
    const failed = expect(rig.adapter.read()).rejects.toMatchObject({ name: 'IdReadError', code: 'deviceFailed' });
    await rig.unplug();
    await failed;
    await expect(rig.adapter.read()).rejects.toMatchObject({ code: 'deviceFailed' });
    await rig.replug();
    await waitFor(() => rig.adapter.health().state === 'ready', 'the scanner back', 20_000);
    const reading = rig.adapter.read();
    rig.twin.scan(MRZ_SCAN);
    expect(await reading).toEqual(MRZ_SCAN);
  });
});
