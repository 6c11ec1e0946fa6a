import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { qrPayloadOf, SAMPLE_CARD } from '../../../devices/id-reader/mock-id-reader.js';
import { ScanAssembler } from '../../../devices/id-reader/scan-assembler.js';
import { SerialScanner } from '../../../devices/id-reader/serial-scanner.js';
import { advance, flush, MockBinding, MockSerial, useFakeClock } from '../serial/mock-serial.js';

const MRZ = ['IDVNM0850123456001085012345<<8', '8504129M4504124VNM<<<<<<<<<<<6', 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<'] as const;
const QR = qrPayloadOf(SAMPLE_CARD);

describe('scan assembler', () => {
  it('takes a QR payload line as it is, Unicode-normalised', () => {
    const assembler = new ScanAssembler();
    expect(assembler.feed(`${QR.normalize('NFD')}\r`, 0)).toEqual({ qrText: QR });
  });

  it("takes a ticket's QR (its status page's address) as a QR, not as a stray line", () => {
    const link = 'http://192.168.1.10:8787/t/2026-11-24/A023?k=eyJ0aWNrZXQiOjF9.c2lnbmF0dXJl';
    expect(new ScanAssembler().feed(`${link}\r\n`, 0)).toEqual({ qrText: link });
    expect(new ScanAssembler().feed('see http://x y', 0)).toBeNull();
  });

  it('collects three MRZ lines, however they were spaced or cased', () => {
    const assembler = new ScanAssembler();
    expect(assembler.feed(MRZ[0], 0)).toBeNull();
    expect(assembler.feed(` ${MRZ[1].toLowerCase()} `, 40)).toBeNull();
    expect(assembler.feed(`${MRZ[2]}\r`, 80)).toEqual({ mrzLines: MRZ });
  });

  it('splits a 90-character MRZ block', () => {
    expect(new ScanAssembler().feed(MRZ.join(''), 0)).toEqual({ mrzLines: MRZ });
  });

  it('starts over when MRZ lines come too far apart, and ignores stray lines', () => {
    const assembler = new ScanAssembler(500);
    assembler.feed(MRZ[0], 0);
    assembler.feed(MRZ[1], 100);
    expect(assembler.feed('READY', 150)).toBeNull();
    expect(assembler.feed(MRZ[0], 2000)).toBeNull();
    expect(assembler.feed(MRZ[1], 2100)).toBeNull();
    expect(assembler.feed(MRZ[2], 2200)).toEqual({ mrzLines: MRZ });
  });
});

describe('serial scanner on a mock port', () => {
  const PATH = '/dev/ttySCANNER';
  let serial: MockSerial;
  let scanner: SerialScanner;

  beforeEach(async () => {
    useFakeClock();
    MockBinding.createPort(PATH, { echo: false, record: true });
    serial = new MockSerial();
    scanner = SerialScanner.open({ path: PATH, baudRate: 9600 }, { openPort: serial.openPort });
    await flush();
  });
  afterEach(async () => {
    await scanner.close();
    MockBinding.reset();
    vi.useRealTimers();
  });

  const send = (bytes: Buffer) => serial.deviceSends(bytes);

  it('asks the scanner whether it is there, and is ready once it answers', async () => {
    expect(serial.written()).toEqual(['?']);
    expect(scanner.health()).toMatchObject({ kind: 'idReader', adapter: 'serial', state: 'connecting' });
    send(Buffer.from('READY\r\n'));
    await flush();
    expect(scanner.health().state).toBe('ready');
  });

  it('reads a QR payload that arrives in pieces, a Vietnamese letter split between two', async () => {
    const reading = scanner.read();
    const bytes = Buffer.from(`${QR}\r\n`, 'utf8');
    const cut = bytes.indexOf(Buffer.from('ễ', 'utf8')) + 1; // inside the multi-byte letter
    send(bytes.subarray(0, cut));
    send(bytes.subarray(cut));
    expect(await reading).toEqual({ qrText: QR });
  });

  it('reads an MRZ sent as three lines', async () => {
    const reading = scanner.read();
    send(Buffer.from(`${MRZ.join('\r\n')}\r\n`));
    expect(await reading).toEqual({ mrzLines: MRZ });
  });

  it('drops a scan that nobody asked for, instead of handing it to the next citizen', async () => {
    send(Buffer.from(`${QR}\n`));
    await flush();
    const reading = scanner.read();
    send(Buffer.from(`${MRZ.join('\n')}\n`));
    expect(await reading).toEqual({ mrzLines: MRZ });
  });

  it('fails the read with deviceFailed when the scanner is unplugged, and reads again once it is back', async () => {
    const reading = scanner.read();
    serial.unplug();
    await expect(reading).rejects.toMatchObject({ name: 'IdReadError', code: 'deviceFailed' });
    await expect(scanner.read()).rejects.toMatchObject({ code: 'deviceFailed' });
    await advance(500); // the first reconnect attempt
    expect(serial.opened).toHaveLength(2);
    const next = scanner.read();
    send(Buffer.from(`READY\n${QR}\n`));
    expect(await next).toEqual({ qrText: QR });
    expect(scanner.health().state).toBe('ready');
  });

  it('gives up when the session does', async () => {
    const controller = new AbortController();
    const reading = scanner.read(controller.signal);
    controller.abort(new Error('session ended'));
    await expect(reading).rejects.toThrow('session ended');
    const next = scanner.read();
    send(Buffer.from(`${QR}\n`));
    expect(await next).toEqual({ qrText: QR });
  });
});
