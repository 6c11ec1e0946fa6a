/**
 * Choosing a serial port for a device from the devices screen: only a listed port, never one
 * another device is on; saved in the configuration file (the runtime adopts it, the devices open
 * it at the next start), audited.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { type KioskConfig, configSchema } from '../../domain/config/schema.js';
import { MockPrinter } from '../../devices/printer/mock-printer.js';
import { readConfigFile } from '../../runtime/config/config-file.js';
import { MemoryLogger } from '../../runtime/log.js';
import { StaffAlerts } from '../../runtime/staff-alerts.js';
import { deviceToolHandlers } from '../../runtime/staff/device-tool-requests.js';
import type { StaffContext } from '../../runtime/staff/staff-requests.js';
import type { AuditAction } from '../../runtime/store/audit-trail.js';
import { tempDir } from '../helpers/kiosk-harness.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const STAFF: StaffContext = { account: { id: 'minh', name: 'Trần Văn Minh', role: 'operator' }, actor: 'staff Trần Văn Minh (minh)' };

const PORTS = [
  { path: '/dev/ttyUSB0', manufacturer: 'QinHeng', serialNumber: undefined, pnpId: undefined, locationId: undefined, productId: '7523', vendorId: '1a86' },
  { path: '/dev/ttyUSB1', manufacturer: 'FTDI', serialNumber: undefined, pnpId: undefined, locationId: undefined, productId: '6001', vendorId: '0403' },
];

function tools(start: KioskConfig) {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const runtime = {
    configuration: start,
    catalogue: { servicePoint: start.servicePoint.name, fields: [] } as Catalogue,
    applyConfig(config: KioskConfig) {
      runtime.configuration = config;
    },
    applyCatalogue() {},
  };
  const audit: Array<{ actor: string; action: AuditAction; detail: string }> = [];
  const logger = new MemoryLogger();
  const handlers = deviceToolHandlers({
    printer: new MockPrinter(),
    dataDir: dir.path,
    runtime,
    configPath: undefined,
    today: () => '2026-11-24',
    alerts: () => new StaffAlerts(logger, () => new Date()),
    changed: () => undefined,
    audit: { append: (entry) => audit.push(entry) },
    logger,
    now: () => new Date('2026-11-24T03:00:00Z'),
    listPorts: async () => PORTS,
  });
  return { handlers, runtime, audit, configFile: join(dir.path, 'config.json') };
}

describe('choosing a serial port', () => {
  it('puts a mock device on a free port: saved to the config file, adopted, restart needed, audited, and listed as its port', async () => {
    const { handlers, runtime, audit, configFile } = tools(configSchema.parse({}));
    expect(await handlers.chooseSerialPort({ type: 'chooseSerialPort', device: 'presence', path: '/dev/ttyUSB1' }, STAFF)).toEqual({ ok: true, result: { restartNeeded: true } });
    const saved = readConfigFile(configFile);
    expect(saved.ok && saved.config.devices.presence).toEqual({ kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600 });
    expect(runtime.configuration.devices.presence).toEqual({ kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600 });
    expect(audit.at(-1)).toMatchObject({ actor: STAFF.actor, action: 'devicePortChosen', detail: 'presence on /dev/ttyUSB1' });
    const listed = await handlers.listSerialPorts({ type: 'listSerialPorts' }, STAFF);
    expect(listed.ok && listed.result.ports.map((port) => [port.path, port.usedBy.map((user) => user.device)])).toEqual([
      ['/dev/ttyUSB0', []],
      ['/dev/ttyUSB1', ['presence']],
    ]);
  });

  it('moves a serial device found by USB ids onto a path, keeping its baud rate; the ID reader becomes a serial scanner', async () => {
    const start = configSchema.parse({ devices: { robotBase: { kind: 'serial', vendorId: '1a86', productId: '7523', baudRate: 115200 } } });
    const { handlers, runtime } = tools(start);
    expect(await handlers.chooseSerialPort({ type: 'chooseSerialPort', device: 'robotBase', path: '/dev/ttyUSB0' }, STAFF)).toMatchObject({ ok: true });
    expect(runtime.configuration.devices.robotBase).toEqual({ kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 });
    expect(await handlers.chooseSerialPort({ type: 'chooseSerialPort', device: 'idReader', path: '/dev/ttyUSB1' }, STAFF)).toMatchObject({ ok: true });
    expect(runtime.configuration.devices.idReader).toEqual({ kind: 'serialScanner', path: '/dev/ttyUSB1', baudRate: 9600 });
  });

  it('refuses a port another device is on, and a port that is not there; nothing saved', async () => {
    const start = configSchema.parse({ devices: { keypad: { kind: 'serial', vendorId: '1A86', productId: '7523' } } });
    const { handlers, runtime, audit } = tools(start);
    expect(await handlers.chooseSerialPort({ type: 'chooseSerialPort', device: 'staffKey', path: '/dev/ttyUSB0' }, STAFF)).toMatchObject({
      ok: false,
      reason: 'failed',
      message: { vi: 'Cổng này đang dùng cho thiết bị khác: hãy chọn cổng trống.' },
    });
    expect(await handlers.chooseSerialPort({ type: 'chooseSerialPort', device: 'staffKey', path: '/dev/ttyS9' }, STAFF)).toMatchObject({ ok: false, reason: 'failed' });
    expect(runtime.configuration).toBe(start);
    expect(audit).toEqual([]);
  });
});
