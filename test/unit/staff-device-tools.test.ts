/**
 * Staff mode's device tools through the runtime on mock devices: the paper counter (fed by the
 * printer, kept across a restart, a warning near the roll's end, reset audited), the serial ports
 * and what the configuration puts on each, and the OCR self-test on the bundled sample card.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KioskUiEvent } from '../../bridge/contract.js';
import { DEFAULT_CONFIG, type KioskConfig, configSchema } from '../../domain/config/schema.js';
import { createMockDevices } from '../../runtime/devices.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { PAPER_COUNTER_FILE } from '../../runtime/paper/paper-counter.js';
import { PAPER_ALERT_ID } from '../../runtime/staff/device-tool-requests.js';
import { runOcrSelfTest, sampleCardPaths } from '../../runtime/staff/ocr-self-test.js';
import { listSerialPorts } from '../../runtime/staff/serial-ports.js';
import { settle, tempDir } from '../helpers/kiosk-harness.js';
import { walkToTicket } from '../helpers/walks.js';

let config: KioskConfig;
beforeAll(async () => {
  config = { ...DEFAULT_CONFIG, staff: { accounts: [{ id: 'minh', name: 'Trần Văn Minh', role: 'operator', pinHash: await hashPin('1357') }] } };
});

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return dir.path;
}

async function kiosk(dir: string) {
  const devices = createMockDevices();
  const { printer } = devices;
  const runtime = new KioskRuntime({ config, dataDir: dir, devices, logger: new MemoryLogger() });
  let stopped = false;
  const stop = async () => {
    if (!stopped) await runtime.stop();
    stopped = true;
  };
  cleanups.push(stop);
  await settle();
  return { runtime, printer, stop };
}

async function signIn(runtime: KioskRuntime): Promise<void> {
  for (let tap = 0; tap < 5; tap += 1) await runtime.staffRequest({ type: 'cornerTap' });
  expect(await runtime.staffRequest({ type: 'signIn', accountId: 'minh', pin: '1357' })).toMatchObject({ ok: true });
}

async function send(runtime: KioskRuntime, events: KioskUiEvent[]): Promise<void> {
  for (const event of events) {
    expect(runtime.dispatch(event)).toEqual({ ok: true });
    await settle();
  }
}

describe('paper counter', () => {
  it('counts the tickets and test pages printed, and still has them after a restart', async () => {
    const dir = dataDir();
    const first = await kiosk(dir);
    await send(first.runtime, walkToTicket());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.printer.printed.map((each) => each.job.kind)).toEqual(['ticket']);
    await signIn(first.runtime);
    expect(await first.runtime.staffRequest({ type: 'testPrint' })).toMatchObject({ ok: true });
    const counted = await first.runtime.staffRequest({ type: 'paperCounter' });
    expect(counted).toMatchObject({ ok: true, result: { tickets: 1, otherJobs: 1, rollLengthMm: 80_000, nearEnd: false } });
    const { usedMm, ticketsLeft } = (counted as { result: { usedMm: number; ticketsLeft: number } }).result;
    // A ticket is some 10 cm: hundreds more fit on an 80 m roll.
    expect(usedMm).toBeGreaterThan(100);
    expect(usedMm).toBeLessThan(300);
    expect(ticketsLeft).toBeGreaterThan(500);
    await first.stop();

    const second = await kiosk(dir);
    await signIn(second.runtime);
    expect(await second.runtime.staffRequest({ type: 'paperCounter' })).toEqual(counted);
  });

  it('does not count a job the printer refused', async () => {
    const { runtime, printer } = await kiosk(dataDir());
    printer.setFault('paperOut');
    await signIn(runtime);
    expect(await runtime.staffRequest({ type: 'testPrint' })).toMatchObject({ ok: false, reason: 'failed' });
    expect(await runtime.staffRequest({ type: 'paperCounter' })).toMatchObject({ ok: true, result: { tickets: 0, otherJobs: 0, usedMm: 0 } });
  });

  it('warns staff when under a tenth of the roll is left; a reset for a new roll clears the warning and is audited', async () => {
    const dir = dataDir();
    const since = '2026-11-20T01:00:00.000Z';
    writeFileSync(join(dir, PAPER_COUNTER_FILE), JSON.stringify({ since, rollLengthMm: 80_000, usedMm: 73_000, tickets: 660, ticketsMm: 72_600, otherJobs: 4 }));
    const { runtime } = await kiosk(dir);
    const warning = runtime.alerts.list().find((alert) => alert.id === PAPER_ALERT_ID);
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toBe('Cuộn giấy in sắp hết: còn khoảng 7,0 m (khoảng 63 phiếu). Thay cuộn mới rồi đặt lại bộ đếm giấy.');

    await signIn(runtime);
    const reset = await runtime.staffRequest({ type: 'resetPaperCounter', rollLengthM: 100 });
    expect(reset).toMatchObject({ ok: true, result: { rollLengthMm: 100_000, usedMm: 0, tickets: 0, remainingMm: 100_000, nearEnd: false } });
    expect(runtime.alerts.list().map((alert) => alert.id)).not.toContain(PAPER_ALERT_ID);
    expect(runtime.queue.audit.entries().at(-1)).toMatchObject({
      action: 'paperCounterReset',
      actor: 'staff Trần Văn Minh (minh)',
      detail: 'new 100 m roll; the last one printed 660 tickets and 4 other jobs, about 73.0 m',
    });
    expect(await runtime.staffRequest({ type: 'resetPaperCounter', rollLengthM: 81 })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('starts afresh on a default roll when its file is not a count', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, PAPER_COUNTER_FILE), '{"since": "yesterday"');
    const { runtime } = await kiosk(dir);
    await signIn(runtime);
    expect(await runtime.staffRequest({ type: 'paperCounter' })).toMatchObject({ ok: true, result: { rollLengthMm: 80_000, usedMm: 0 } });
  });

  it('is for signed-in staff only', async () => {
    const { runtime } = await kiosk(dataDir());
    expect(await runtime.staffRequest({ type: 'resetPaperCounter' })).toMatchObject({ ok: false, reason: 'signedOut' });
    expect(await runtime.staffRequest({ type: 'listSerialPorts' })).toMatchObject({ ok: false, reason: 'signedOut' });
  });
});

describe('serial ports', () => {
  it('lists every port with what the configuration puts on it: by path, by USB ids, the printer and the counters\' keypads', async () => {
    const withPorts = configSchema.parse({
      devices: {
        printer: { kind: 'escpos', address: 'serial:/dev/ttyS0?baud=19200' },
        presence: { kind: 'serial', path: '/dev/ttyUSB1' },
        keypad: { kind: 'serial', vendorId: '1A86', productId: '7523' },
        staffKey: { kind: 'serial', path: '/dev/ttyUSB1' },
        robotBase: { kind: 'mock' },
      },
      satisfaction: { keypads: [{ counter: 3, path: '/dev/ttyACM0' }] },
    });
    const ports = await listSerialPorts(withPorts, async () => [
      { path: '/dev/ttyS0', manufacturer: undefined, serialNumber: undefined, pnpId: undefined, locationId: undefined, productId: undefined, vendorId: undefined },
      { path: '/dev/ttyUSB0', manufacturer: 'QinHeng', serialNumber: 'A1', pnpId: undefined, locationId: undefined, productId: '7523', vendorId: '1a86' },
      { path: '/dev/ttyUSB1', manufacturer: 'FTDI', serialNumber: undefined, pnpId: undefined, locationId: undefined, productId: '6001', vendorId: '0403' },
      { path: '/dev/ttyACM0', manufacturer: undefined, serialNumber: undefined, pnpId: undefined, locationId: undefined, productId: undefined, vendorId: undefined },
      { path: '/dev/ttyACM1', manufacturer: undefined, serialNumber: undefined, pnpId: undefined, locationId: undefined, productId: undefined, vendorId: undefined },
    ]);
    expect(ports.map((port) => [port.path, port.usedBy])).toEqual([
      ['/dev/ttyS0', [{ device: 'printer', counter: null }]],
      ['/dev/ttyUSB0', [{ device: 'keypad', counter: null }]],
      ['/dev/ttyUSB1', [{ device: 'presence', counter: null }, { device: 'staffKey', counter: null }]],
      ['/dev/ttyACM0', [{ device: 'counterKeypad', counter: 3 }]],
      ['/dev/ttyACM1', []],
    ]);
    expect(ports[1]).toMatchObject({ manufacturer: 'QinHeng', vendorId: '1a86', productId: '7523', serialNumber: 'A1' });
    expect(ports[0]).toMatchObject({ manufacturer: null, vendorId: null });
  });
});

describe('OCR self-test', () => {
  it('reads the bundled sample card through the card pipeline: every check passes, the ID number masked; audited with its times', async () => {
    const { runtime } = await kiosk(dataDir());
    await signIn(runtime);
    const reply = await runtime.staffRequest({ type: 'ocrSelfTest' });
    expect(reply).toMatchObject({ ok: true, result: { passed: true } });
    const result = (reply as { ok: true; result: { checks: Array<{ check: string; passed: boolean; read: string | null }>; startMs: number; readMs: number } }).result;
    expect(result.checks.map((check) => check.check)).toEqual(['qrRead', 'mrzRead', 'cardChecks', 'idNumber', 'fullName', 'dateOfBirth', 'sex', 'dateOfIssue', 'dateOfExpiry']);
    expect(result.checks.find((check) => check.check === 'idNumber')?.read).toMatch(/^\d{4}\*{6}\d{2}$/);
    expect(result.readMs).toBeGreaterThan(0);
    expect(runtime.queue.audit.entries().at(-1)).toMatchObject({ action: 'ocrSelfTest', detail: expect.stringMatching(/^passed: OCR started in \d+ ms, card read in \d+ ms$/) });
  }, 60_000);

  it('fails the fields that differ from what the card is said to carry', async () => {
    const dir = dataDir();
    const { image, truth } = sampleCardPaths();
    const wrong = { ...JSON.parse(readFileSync(truth, 'utf8')), fullName: 'Nguyễn Văn An', dateOfBirth: '1990-01-01' };
    writeFileSync(join(dir, 'truth.json'), JSON.stringify(wrong));
    const result = await runOcrSelfTest({ today: '2026-11-24', paths: { image, truth: join(dir, 'truth.json') } });
    expect(result.passed).toBe(false);
    expect(result.checks.filter((check) => !check.passed).map((check) => check.check)).toEqual(['fullName', 'dateOfBirth']);
  }, 60_000);
});
