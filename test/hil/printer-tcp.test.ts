/** The real EscPosPrinter on its TCP transport against the virtual printer on a loopback port. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../devices/printer/escpos-printer.js';
import { PrinterError } from '../../devices/printer/receipt-printer.js';
import { TcpTransport } from '../../devices/printer/transports/tcp-transport.js';
import { documentText } from '../../hil/virtual-printer/printed-document.js';
import { VirtualEscPosPrinter } from '../../hil/virtual-printer/virtual-printer.js';
import { SLIP, healthBecomes, inState, renderWpc1258, ticketJob } from '../unit/printer/printer-fixtures.js';

const TIMING = { statusTimeoutMs: 300, heartbeatMs: 200, printTimeoutMs: 2_000, printPollMs: 100 };

let virtual: VirtualEscPosPrinter;
let printer: EscPosPrinter;
const logged: string[] = [];

beforeEach(async () => {
  virtual = await VirtualEscPosPrinter.listen();
  logged.length = 0;
  printer = new EscPosPrinter({
    transport: new TcpTransport({ host: '127.0.0.1', port: virtual.port }),
    render: renderWpc1258,
    log: (line) => logged.push(line),
    ...TIMING,
  });
  await healthBecomes(printer, inState('ready'));
});
afterEach(async () => {
  await printer.close();
  await virtual.stop();
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the print to fail');
    },
    (error: unknown) => error as PrinterError,
  );

describe('EscPosPrinter over TCP on the virtual printer', () => {
  it('prints a ticket: the printer decodes every line of it, cut and whole', async () => {
    expect(printer.health()).toMatchObject({ kind: 'printer', adapter: 'escpos-tcp', path: virtual.address, state: 'ready', reason: null });
    await printer.print(ticketJob());
    const [document] = virtual.documents;
    expect(document).toMatchObject({ cut: true, complete: true, unknown: [] });
    const text = documentText(document!);
    for (const line of [SLIP.servicePoint, SLIP.number, SLIP.service, SLIP.counters, SLIP.footer]) expect(text).toContain(line);
    expect(document!.qrCodes.map((qr) => qr.data)).toEqual([SLIP.statusUrl]);
    expect(printer.health().lastSeen).not.toBeNull();
    expect(logged).toEqual([]);
  });

  it('refuses with paperOut before sending a byte of the job when the paper is out', async () => {
    virtual.paperOut();
    const error = await rejection(printer.print(ticketJob()));
    expect(error).toBeInstanceOf(PrinterError);
    expect(error.code).toBe('paperOut');
    expect(virtual.jobBytesReceived).toBe(0);
    expect(virtual.documents).toEqual([]);
    expect(printer.health()).toMatchObject({ state: 'fault', reason: 'paperOut' });
  });

  it('paper running out mid-ticket fails the print; the heartbeat sees the refill and the reprint comes out', async () => {
    virtual.paperOutAfterBytes(120);
    const error = await rejection(printer.print(ticketJob()));
    expect(error.code).toBe('paperOut');
    expect(virtual.documents).toMatchObject([{ complete: false, cut: false }]);
    expect(documentText(virtual.documents[0]!)).not.toContain(SLIP.footer);
    expect(printer.health()).toMatchObject({ state: 'fault', reason: 'paperOut' });

    const changes: string[] = [];
    printer.onHealthChange((health) => changes.push(`${health.state}/${health.reason}`));
    virtual.refill();
    await healthBecomes(printer, inState('ready'), TIMING.heartbeatMs * 5);
    expect(changes).toEqual(['ready/null']);
    await printer.print(ticketJob('A002'));
    expect(virtual.documents.at(-1)).toMatchObject({ complete: true, cut: true });
    expect(documentText(virtual.documents.at(-1)!)).toContain('A002');
  });

  it('cover open refuses with coverOpen; closed again, the printer is ready', async () => {
    virtual.openCover();
    expect((await rejection(printer.print(ticketJob()))).code).toBe('coverOpen');
    expect(printer.health()).toMatchObject({ state: 'fault', reason: 'coverOpen' });
    virtual.closeCover();
    await healthBecomes(printer, inState('ready'), TIMING.heartbeatMs * 5);
    await printer.print(ticketJob());
    expect(virtual.documents).toHaveLength(1);
  });

  it('paper near its end: degraded, and it still prints', async () => {
    virtual.paperNearEnd();
    await healthBecomes(printer, inState('degraded', 'paperNearEnd'), TIMING.heartbeatMs * 5);
    await printer.print(ticketJob());
    expect(virtual.documents).toMatchObject([{ complete: true }]);
  });

  it('a dropped connection makes it offline, then it reconnects by itself and prints', async () => {
    virtual.dropConnections();
    await healthBecomes(printer, inState('offline', 'disconnected'));
    await healthBecomes(printer, inState('ready'), 3_000);
    await printer.print(ticketJob());
    expect(virtual.documents).toMatchObject([{ complete: true, cut: true }]);
  });

  it('a hung printer: the print fails offline within the status timeout, and the health says noReply', async () => {
    virtual.stall();
    const started = Date.now();
    const error = await rejection(printer.print(ticketJob()));
    expect(error.code).toBe('offline');
    expect(Date.now() - started).toBeLessThan(TIMING.statusTimeoutMs * 4);
    expect(printer.health()).toMatchObject({ state: 'offline', reason: 'noReply' });
    virtual.unstall();
    await healthBecomes(printer, inState('ready'), TIMING.heartbeatMs * 5);
  });

  it('a printer that takes the job and then hangs fails the print, not the kiosk', async () => {
    // Hangs mid-ticket: the job is taken, then GS r and DLE EOT go unanswered.
    virtual.stallAfterBytes(100);
    const started = Date.now();
    const error = await rejection(printer.print(ticketJob()));
    expect(error.code).toBe('offline');
    expect(Date.now() - started).toBeLessThan(TIMING.printPollMs + TIMING.statusTimeoutMs * 3);
    expect(printer.health()).toMatchObject({ state: 'offline', reason: 'noReply' });
  });

  it('an aborted print rejects with a PrinterError at once', async () => {
    virtual.stall();
    const controller = new AbortController();
    const printing = rejection(printer.print(ticketJob(), controller.signal));
    controller.abort(new Error('the citizen left'));
    const error = await printing;
    expect(error).toBeInstanceOf(PrinterError);
    expect(error.message).toContain('the citizen left');
  });

  it('close is idempotent, and a print after it is refused', async () => {
    await printer.close();
    await printer.close();
    expect((await rejection(printer.print(ticketJob()))).code).toBe('offline');
  });
});
