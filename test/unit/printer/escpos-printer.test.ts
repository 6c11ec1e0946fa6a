import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceHealth } from '../../../devices/device-health.js';
import { EscPosPrinter, type EscPosPrinterOptions, type PrinterProblem, problemError, problemHealth } from '../../../devices/printer/escpos-printer.js';
import { PrinterError } from '../../../devices/printer/receipt-printer.js';
import { documentText } from '../../../hil/virtual-printer/printed-document.js';
import { VirtualEscPosPrinter } from '../../../hil/virtual-printer/virtual-printer.js';
import { MemoryTransport } from './memory-transport.js';
import { SLIP, healthBecomes, inState, renderWpc1258, ticketJob } from './printer-fixtures.js';

const TIMING = { statusTimeoutMs: 100, heartbeatMs: 40, printTimeoutMs: 400, printPollMs: 30 };
const PRINTED_QUERY = Buffer.from([0x1d, 0x72, 1]);
const isStatusQuery = (bytes: Buffer) => bytes.length === 3 && bytes[0] === 0x10 && bytes[1] === 0x04;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let virtual: VirtualEscPosPrinter;
let transport: MemoryTransport;
let printer: EscPosPrinter;
let logged: string[];

async function start(options: Partial<EscPosPrinterOptions> = {}): Promise<void> {
  virtual = new VirtualEscPosPrinter();
  transport = new MemoryTransport(virtual);
  logged = [];
  printer = new EscPosPrinter({ transport, render: renderWpc1258, log: (line) => logged.push(line), ...TIMING, ...options });
  await healthBecomes(printer, inState('ready'), 1_000);
}

afterEach(async () => {
  await printer.close();
  await virtual.stop();
});

describe('EscPosPrinter', () => {
  it('is connecting until the printer first answers, then ready, at its transport address', async () => {
    virtual = new VirtualEscPosPrinter();
    transport = new MemoryTransport(virtual);
    printer = new EscPosPrinter({ transport, render: renderWpc1258, ...TIMING });
    expect(printer.health()).toMatchObject({ kind: 'printer', adapter: 'escpos-tcp', path: 'tcp://printer.test:9100', state: 'connecting', lastSeen: null });
    await healthBecomes(printer, inState('ready'), 1_000);
    expect(printer.health().lastSeen).not.toBeNull();
  });

  it('asks the four statuses, sends the job, then GS r 1, in that order and nothing in between', async () => {
    await start({ heartbeatMs: 1 });
    transport.writes.length = 0;
    await printer.print(ticketJob());
    const job = transport.writes.findIndex((bytes) => bytes.length > 100);
    expect(transport.writes.slice(job - 4, job).map((bytes) => bytes[2])).toEqual([1, 2, 3, 4]);
    expect(transport.writes.slice(job - 4, job).every(isStatusQuery)).toBe(true);
    expect(transport.writes[job + 1]).toEqual(PRINTED_QUERY);
    expect(documentText(await virtual.waitForDocument())).toContain(SLIP.footer);
  });

  it('heartbeat polls move lastSeen but wake no listener while nothing changes', async () => {
    await start();
    const heard: DeviceHealth[] = [];
    printer.onHealthChange((health) => heard.push(health));
    const seen = printer.health().lastSeen;
    await pause(TIMING.heartbeatMs * 4);
    expect(transport.writes.filter(isStatusQuery).length).toBeGreaterThan(8);
    expect(printer.health().lastSeen).not.toBe(seen);
    expect(heard).toEqual([]);
  });

  it('a job that never comes out (GS r unanswered, status fine) fails with timeout after printTimeoutMs, polling meanwhile', async () => {
    await start();
    transport.ignore = (bytes) => bytes.equals(PRINTED_QUERY);
    const started = Date.now();
    await expect(printer.print(ticketJob())).rejects.toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMING.printTimeoutMs - 5);
    const afterJob = transport.writes.slice(transport.writes.findIndex((bytes) => bytes.equals(PRINTED_QUERY)));
    expect(afterJob.filter(isStatusQuery).length).toBeGreaterThanOrEqual(8);
    expect(printer.health()).toMatchObject({ state: 'ready' });
  });

  it('drops bytes nobody asked for, logging them as hex only', async () => {
    await start();
    transport.inject([0x41, 0x42, 0x43]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('41 42 43');
    expect(logged[0]).not.toContain('ABC');
    await printer.print(ticketJob());
  });

  it('a late reply to an unanswered query cannot pass for a new answer: paper out is not misread as ready', async () => {
    await start({ heartbeatMs: 10_000 });
    virtual.paperOut();
    // The printer goes deaf to status queries: a print finds no answer, and the kiosk is told so.
    transport.ignore = (bytes) => isStatusQuery(bytes);
    await expect(printer.print(ticketJob())).rejects.toMatchObject({ code: 'offline' });
    // It answers again, and its replies to the old queries arrive just as the kiosk asks anew
    // about the paper: taken at face value, they read "all fine".
    const late = new Set([2, 4]);
    transport.ignore = (bytes) => {
      if (isStatusQuery(bytes) && late.delete(bytes[2] ?? 0)) transport.inject([0x12]);
      return false;
    };
    await expect(printer.print(ticketJob())).rejects.toMatchObject({ code: 'paperOut' });
    expect(virtual.jobBytesReceived).toBe(0);
    expect(printer.health()).toMatchObject({ state: 'fault', reason: 'paperOut' });
  });

  it('a job that cannot be laid out fails with "failed" and sends nothing', async () => {
    await start({ render: () => Promise.reject(new Error('font missing')) });
    transport.writes.length = 0;
    const error = await printer.print(ticketJob()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'failed', message: expect.stringContaining('font missing') });
    expect(transport.writes.filter((bytes) => !isStatusQuery(bytes))).toEqual([]);
  });

  it('link down: offline/disconnected at once, a print refused offline without waiting', async () => {
    await start();
    transport.cut(new Error('cable pulled'));
    expect(printer.health()).toMatchObject({ state: 'offline', reason: 'disconnected', lastError: 'cable pulled' });
    const started = Date.now();
    await expect(printer.print(ticketJob())).rejects.toMatchObject({ code: 'offline' });
    expect(Date.now() - started).toBeLessThan(TIMING.statusTimeoutMs);
    await transport.connect();
    await healthBecomes(printer, inState('ready'), 1_000);
  });

  it('the link lost mid-job fails the print offline', async () => {
    await start();
    transport.ignore = (bytes) => {
      if (bytes.equals(PRINTED_QUERY)) queueMicrotask(() => transport.cut());
      return false;
    };
    await expect(printer.print(ticketJob())).rejects.toMatchObject({ code: 'offline' });
  });

  it('an aborted print rejects with a PrinterError; a timeout signal gives code timeout', async () => {
    await start();
    virtual.stall();
    const controller = new AbortController();
    const aborted = printer.print(ticketJob(), controller.signal);
    controller.abort(new Error('session over'));
    await expect(aborted).rejects.toMatchObject({ name: 'PrinterError', code: 'failed', message: expect.stringContaining('session over') });
    await expect(printer.print(ticketJob(), AbortSignal.timeout(10))).rejects.toMatchObject({ code: 'timeout' });
  });

  it('close stops the heartbeat and closes the transport, once however often it is called', async () => {
    await start();
    await Promise.all([printer.close(), printer.close()]);
    expect(transport.closed).toBe(true);
    const writes = transport.writes.length;
    await pause(TIMING.heartbeatMs * 3);
    expect(transport.writes.length).toBe(writes);
  });
});

describe('what each printer problem means', () => {
  it.each<[PrinterProblem, DeviceHealth['state'], PrinterError['code']]>([
    ['paperOut', 'fault', 'paperOut'],
    ['coverOpen', 'fault', 'coverOpen'],
    ['cutterError', 'fault', 'cutterError'],
    ['unrecoverableError', 'fault', 'failed'],
    ['offline', 'fault', 'offline'],
    ['noReply', 'offline', 'offline'],
    ['disconnected', 'offline', 'offline'],
  ])('%s: health %s, print rejected with %s', (problem, state, code) => {
    expect(problemHealth(problem)).toMatchObject({ state, reason: problem, lastError: expect.any(String) });
    expect(problemError(problem)).toMatchObject({ name: 'PrinterError', code });
  });
});
