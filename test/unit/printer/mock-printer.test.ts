import { describe, expect, it } from 'vitest';
import type { DeviceHealth } from '../../../devices/device-health.js';
import { jobText } from '../../../devices/printer/job-text.js';
import { MockPrinter } from '../../../devices/printer/mock-printer.js';
import { PrinterError } from '../../../devices/printer/receipt-printer.js';
import { ticketJob } from './printer-fixtures.js';

describe('MockPrinter', () => {
  it('records each job with its text; job listeners hear it before the print resolves', async () => {
    const printer = new MockPrinter(20);
    const heard: string[] = [];
    printer.onJobReceived((job) => heard.push(job.kind === 'ticket' ? job.slip.number : job.kind));
    const printing = printer.print(ticketJob('C003'));
    expect(heard).toEqual(['C003']);
    expect(printer.printed).toEqual([]);
    await printing;
    expect(printer.printed).toEqual([{ job: ticketJob('C003'), text: jobText(ticketJob('C003')), at: expect.any(Date) }]);
    expect(printer.health()).toMatchObject({ adapter: 'mock', path: null, state: 'ready' });
  });

  it('a queued failure is thrown as it is, then printing goes on', async () => {
    const printer = new MockPrinter();
    const jam = new PrinterError('cutterError', 'scripted jam');
    printer.script.queueFailure(jam);
    await expect(printer.print(ticketJob())).rejects.toBe(jam);
    await printer.print(ticketJob());
    expect(printer.printed).toHaveLength(1);
  });

  it('a fault refuses before the job is received, with the code and health of the real adapter', async () => {
    const printer = new MockPrinter();
    const received: unknown[] = [];
    printer.onJobReceived((job) => received.push(job));
    const cases = [
      ['paperOut', 'paperOut', { state: 'fault', reason: 'paperOut' }],
      ['coverOpen', 'coverOpen', { state: 'fault', reason: 'coverOpen' }],
      ['offline', 'offline', { state: 'offline', reason: 'disconnected' }],
    ] as const;
    for (const [fault, code, health] of cases) {
      printer.setFault(fault);
      await expect(printer.print(ticketJob())).rejects.toMatchObject({ name: 'PrinterError', code });
      expect(printer.health()).toMatchObject(health);
    }
    expect(received).toEqual([]);
    printer.setFault(null);
    expect(printer.health()).toMatchObject({ state: 'ready', reason: null });
  });

  it('a fault during the print fails it, and nothing is recorded', async () => {
    const printer = new MockPrinter(30);
    const printing = printer.print(ticketJob());
    printer.setFault('paperOut');
    await expect(printing).rejects.toMatchObject({ code: 'paperOut' });
    expect(printer.printed).toEqual([]);
  });

  it('listeners hear changes only', () => {
    const printer = new MockPrinter();
    const heard: string[] = [];
    printer.onHealthChange((health: DeviceHealth) => heard.push(`${health.state}/${health.reason}`));
    printer.setFault('paperOut');
    printer.setFault('paperOut');
    printer.setFault(null);
    printer.setFault(null);
    expect(heard).toEqual(['fault/paperOut', 'ready/null']);
  });

  it('an aborted print rejects with a PrinterError and records nothing', async () => {
    const printer = new MockPrinter(1_000);
    const controller = new AbortController();
    const printing = printer.print(ticketJob(), controller.signal);
    controller.abort(new Error('citizen left'));
    await expect(printing).rejects.toMatchObject({ name: 'PrinterError', code: 'failed', message: expect.stringContaining('citizen left') });
    expect(printer.printed).toEqual([]);
  });
});
