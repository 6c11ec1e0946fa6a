/**
 * One contract, two printers: the mock the kiosk's tests run on, and the real ESC/POS adapter on
 * the virtual printer. Whatever the kiosk can observe (errors, health, listener calls) must be
 * the same on both, so a test that passes on the mock means the same on paper.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceHealth } from '../../devices/device-health.js';
import { EscPosPrinter } from '../../devices/printer/escpos-printer.js';
import { MockPrinter } from '../../devices/printer/mock-printer.js';
import { PrinterError, type ReceiptPrinter } from '../../devices/printer/receipt-printer.js';
import { TcpTransport } from '../../devices/printer/transports/tcp-transport.js';
import { documentText } from '../../hil/virtual-printer/printed-document.js';
import { VirtualEscPosPrinter } from '../../hil/virtual-printer/virtual-printer.js';
import { SLIP, healthBecomes, inState, renderWpc1258, ticketJob } from '../unit/printer/printer-fixtures.js';

interface PrinterUnderTest {
  printer: ReceiptPrinter;
  paperOut(): void;
  refill(): void;
  /** The printer goes away for good (unplugged, switched off). */
  vanish(): Promise<void>;
  printedTexts(): string[];
  /** Long enough for the printer to notice a change by itself (a few heartbeats on the real one). */
  settleMs: number;
  close(): Promise<void>;
}

async function mockPrinter(): Promise<PrinterUnderTest> {
  const printer = new MockPrinter();
  return {
    printer,
    paperOut: () => printer.setFault('paperOut'),
    refill: () => printer.setFault(null),
    vanish: async () => printer.setFault('offline'),
    printedTexts: () => printer.printed.map((printed) => printed.text),
    settleMs: 0,
    close: () => printer.close(),
  };
}

async function realOnVirtual(): Promise<PrinterUnderTest> {
  const virtual = await VirtualEscPosPrinter.listen();
  const heartbeatMs = 100;
  const printer = new EscPosPrinter({
    transport: new TcpTransport({ host: '127.0.0.1', port: virtual.port }),
    render: renderWpc1258,
    statusTimeoutMs: 300,
    heartbeatMs,
  });
  await healthBecomes(printer, inState('ready'));
  return {
    printer,
    paperOut: () => virtual.paperOut(),
    refill: () => virtual.refill(),
    vanish: () => virtual.stop(),
    printedTexts: () => virtual.documents.map(documentText),
    settleMs: heartbeatMs * 4,
    close: async () => {
      await printer.close();
      await virtual.stop();
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  { name: 'MockPrinter', open: mockPrinter },
  { name: 'EscPosPrinter on the virtual printer', open: realOnVirtual },
])('receipt printer contract: $name', ({ open }) => {
  let subject: PrinterUnderTest;
  afterEach(() => subject.close());

  it('starts ready and prints a ticket', async () => {
    subject = await open();
    expect(subject.printer.health()).toMatchObject({ kind: 'printer', state: 'ready', reason: null });
    await subject.printer.print(ticketJob());
    expect(subject.printedTexts()).toHaveLength(1);
    expect(subject.printedTexts()[0]).toContain(SLIP.number);
    expect(subject.printedTexts()[0]).toContain(SLIP.service);
  });

  it('out of paper: refuses with PrinterError paperOut, health fault/paperOut, nothing printed', async () => {
    subject = await open();
    subject.paperOut();
    await expect(subject.printer.print(ticketJob())).rejects.toSatisfy((error) => error instanceof PrinterError && error.code === 'paperOut');
    expect(subject.printer.health()).toMatchObject({ state: 'fault', reason: 'paperOut' });
    expect(subject.printedTexts()).toEqual([]);
  });

  it('paper back: ready again by itself, and it prints', async () => {
    subject = await open();
    subject.paperOut();
    await subject.printer.print(ticketJob()).catch(() => undefined);
    subject.refill();
    await healthBecomes(subject.printer, inState('ready'), 2_000);
    await subject.printer.print(ticketJob('A002'));
    expect(subject.printedTexts().join('\n')).toContain('A002');
  });

  it('health listeners hear each change once, not every poll', async () => {
    subject = await open();
    const heard: string[] = [];
    subject.printer.onHealthChange((health: DeviceHealth) => heard.push(`${health.state}/${health.reason}`));
    subject.paperOut();
    subject.paperOut();
    await healthBecomes(subject.printer, inState('fault', 'paperOut'), 2_000);
    await pause(subject.settleMs);
    subject.refill();
    await healthBecomes(subject.printer, inState('ready'), 2_000);
    await pause(subject.settleMs);
    expect(heard).toEqual(['fault/paperOut', 'ready/null']);
  });

  it('printer gone: refuses offline, health offline', async () => {
    subject = await open();
    await subject.vanish();
    await healthBecomes(subject.printer, (health) => health.state === 'offline', 2_000);
    await expect(subject.printer.print(ticketJob())).rejects.toSatisfy((error) => error instanceof PrinterError && error.code === 'offline');
    expect(subject.printer.health()).toMatchObject({ state: 'offline', reason: 'disconnected' });
  });
});
