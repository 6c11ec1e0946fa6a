/**
 * The real EscPosPrinter on its serial and USB-file transports, each against the virtual printer
 * reading the other end of a socat PTY pair (the same decoder as on TCP).
 */
import { readFile } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../devices/printer/escpos-printer.js';
import type { PrinterTransport } from '../../devices/printer/transports/printer-transport.js';
import { SerialTransport } from '../../devices/printer/transports/serial-transport.js';
import { UsbFileTransport } from '../../devices/printer/transports/usb-file-transport.js';
import { PtyPair } from '../../hil/pty-pair.js';
import { documentText } from '../../hil/virtual-printer/printed-document.js';
import { VirtualEscPosPrinter } from '../../hil/virtual-printer/virtual-printer.js';
import { SLIP, healthBecomes, inState, renderWpc1258, ticketJob } from '../unit/printer/printer-fixtures.js';

const TIMING = { statusTimeoutMs: 500, heartbeatMs: 200, printTimeoutMs: 3_000, printPollMs: 100 };

/** The virtual printer's side of the cable: a serial port on the PTY's device end. */
async function plugInVirtualPrinter(pair: PtyPair, virtual: VirtualEscPosPrinter): Promise<SerialPort> {
  const port = new SerialPort({ path: pair.devicePath, baudRate: 19200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  virtual.attach(port);
  return port;
}

const closePort = (port: SerialPort) => (port.isOpen ? new Promise<void>((resolve) => port.close(() => resolve())) : Promise.resolve());

describe.each([
  { name: 'serial', transport: (path: string): PrinterTransport => new SerialTransport({ path, baudRate: 19200 }), adapter: 'escpos-serial' },
  { name: 'USB printer file', transport: (path: string): PrinterTransport => new UsbFileTransport({ path }), adapter: 'escpos-usb' },
])('EscPosPrinter over the $name transport on a PTY', ({ transport, adapter }) => {
  let pair: PtyPair;
  let virtual: VirtualEscPosPrinter;
  let devicePort: SerialPort;
  let printer: EscPosPrinter;

  async function start(): Promise<void> {
    pair = await PtyPair.open();
    virtual = new VirtualEscPosPrinter();
    devicePort = await plugInVirtualPrinter(pair, virtual);
    printer = new EscPosPrinter({ transport: transport(pair.adapterPath), render: renderWpc1258, log: () => undefined, ...TIMING });
    await healthBecomes(printer, inState('ready'));
  }

  afterEach(async () => {
    await printer.close();
    await closePort(devicePort);
    await virtual.stop();
    await pair.close();
  });

  it('prints a ticket the virtual printer reads back whole', async () => {
    await start();
    expect(printer.health()).toMatchObject({ adapter, state: 'ready' });
    await printer.print(ticketJob());
    const document = await virtual.waitForDocument();
    expect(document).toMatchObject({ complete: true, cut: true, unknown: [] });
    expect(documentText(document)).toContain(SLIP.counters);
  });

  it('refuses with paperOut before sending the job', async () => {
    await start();
    virtual.paperOut();
    await expect(printer.print(ticketJob())).rejects.toMatchObject({ code: 'paperOut' });
    expect(virtual.jobBytesReceived).toBe(0);
  });

  it('cable pulled: offline; plugged back: ready again and printing', async () => {
    await start();
    await pair.unplug();
    await closePort(devicePort);
    await healthBecomes(printer, (health) => health.state === 'offline');
    await pair.replug();
    devicePort = await plugInVirtualPrinter(pair, virtual);
    await healthBecomes(printer, inState('ready'), 5_000);
    await printer.print(ticketJob('B007'));
    expect(documentText(await virtual.waitForDocument())).toContain('B007');
  });
});

describe('USB printer file transport', () => {
  it('printers that never answer take no threadpool thread: file I/O still runs at once', async () => {
    const pair = await PtyPair.open();
    // More silent printers than libuv has threads (4): a blocking read each would stall all file I/O.
    const transports = Array.from({ length: 6 }, () => new UsbFileTransport({ path: pair.adapterPath }));
    try {
      await Promise.all(transports.map((transport) => transport.connect()));
      await Promise.all(transports.map((transport) => transport.write(Uint8Array.of(0x10, 0x04, 1))));
      const started = performance.now();
      await readFile(new URL(import.meta.url));
      expect(performance.now() - started).toBeLessThan(500);
    } finally {
      await Promise.all(transports.map((transport) => transport.close()));
      await pair.close();
    }
  });
});
