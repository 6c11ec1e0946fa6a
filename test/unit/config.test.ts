import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '../../domain/config/schema.js';
import { loadConfig, readConfigFile } from '../../runtime/config/config-file.js';
import { tempDir } from '../helpers/kiosk-harness.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const write = (name: string, value: unknown) => {
  const path = join(dir.path, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('config schema', () => {
  it('turns an empty file into a kiosk on mock devices with the documented defaults', () => {
    const result = parseConfig({});
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.config.devices).toEqual({
      printer: { kind: 'mock', printDelayMs: 600 },
      idReader: { kind: 'mock', readDelayMs: 2500 },
      presence: { kind: 'mock' },
      keypad: { kind: 'none' },
      robotBase: { kind: 'none' },
      speech: { kind: 'mock' },
      staffKey: { kind: 'none' },
    });
    expect(result.config.staff).toEqual({ accounts: [] });
    expect(result.config.maintenance).toEqual({});
    expect(result.config.branding).toEqual({ palette: 'navy' });
    expect(result.config.timeouts).toEqual({ idleMs: 45_000, warningSeconds: 10, printMs: 15_000, ticketShownMs: 20_000 });
    expect(result.config.host.address).toBe('127.0.0.1');
  });

  it.each([
    [{ timeouts: { idleMs: 'soon' } }, 'timeouts.idleMs'],
    [{ devices: { printer: { kind: 'laser' } } }, 'devices.printer.kind'],
    [{ maintenance: { dailyRestartAt: '25:00' } }, 'maintenance.dailyRestartAt'],
    [{ branding: { palette: 'pink' } }, 'branding.palette'],
    [{ staff: { accounts: [{ id: 'An', name: 'An', role: 'admin', pinHash: 'scrypt$x' }] } }, 'staff.accounts.0.id'],
    [{ staff: { accounts: [{ id: 'an', name: 'An', role: 'boss', pinHash: 'scrypt$x' }] } }, 'staff.accounts.0.role'],
    [{ serviceGroups: [{ id: 'a', prefix: 'AB', name: { vi: 'x', en: 'x' }, counters: [1] }] }, 'serviceGroups.0.prefix'],
    [{ defaultLocale: 'fr' }, 'defaultLocale'],
    [{ locales: ['en'], defaultLocale: 'vi' }, 'defaultLocale'],
    [{ colour: 'red' }, 'colour'],
    [{ timeouts: { idleMs: 20_000, warningSeconds: 30 } }, 'timeouts.warningSeconds'],
    [
      {
        serviceGroups: [
          { id: 'a', prefix: 'A', name: { vi: 'x', en: 'x' }, counters: [1] },
          { id: 'b', prefix: 'A', name: { vi: 'y', en: 'y' }, counters: [2] },
        ],
      },
      'serviceGroups.1.prefix',
    ],
  ])('rejects %j naming the field %s', (value, field) => {
    const result = parseConfig(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(field);
  });
});

describe('config file', () => {
  it('reports malformed JSON with the file name', () => {
    const path = write('config.json', '{ "kioskId": ');
    const result = readConfigFile(path);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/config\.json: not valid JSON/);
  });

  it('reports a missing file', () => {
    const result = readConfigFile(join(dir.path, 'nope.json'));
    if (!result.ok) expect(result.error).toMatch(/cannot be read \(ENOENT\)/);
    expect(result.ok).toBe(false);
  });

  it('keeps running on the last good configuration when the file turns bad', () => {
    const path = write('config.json', { kioskId: 'kiosk-7' });
    expect(loadConfig(path, dir.path)).toEqual({ config: { ...DEFAULT_CONFIG, kioskId: 'kiosk-7' } });
    write('config.json', { kioskId: 'kiosk-8', timeouts: { idleMs: -1 } });
    const loaded = loadConfig(path, dir.path);
    expect(loaded.config.kioskId).toBe('kiosk-7');
    expect(loaded.rejected).toContain('timeouts.idleMs');
  });

  it('falls back to the defaults when no good configuration was ever seen', () => {
    const path = write('config.json', { devices: { printer: { kind: 'mock', printDelayMs: -5 } } });
    const loaded = loadConfig(path, dir.path);
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.rejected).toContain('devices.printer.printDelayMs');
  });
});

describe('device sections', () => {
  it('accepts a serial ID-card scanner by path, with a default speed', () => {
    const result = parseConfig({ devices: { idReader: { kind: 'serialScanner', path: '/dev/ttyUSB0' } } });
    expect(result.ok && result.config.devices.idReader).toEqual({ kind: 'serialScanner', path: '/dev/ttyUSB0', baudRate: 9600 });
  });

  it('names the missing path of a serial scanner', () => {
    const result = parseConfig({ devices: { idReader: { kind: 'serialScanner' } } });
    expect(!result.ok && result.error).toContain('devices.idReader.path: give the port path, or both vendorId and productId');
  });

  it('finds a serial peripheral by USB vendor and product id instead of a path', () => {
    const result = parseConfig({ devices: { presence: { kind: 'serial', vendorId: '1a86', productId: '7523' } } });
    expect(result.ok && result.config.devices.presence).toEqual({ kind: 'serial', vendorId: '1a86', productId: '7523', baudRate: 9600 });
    const half = parseConfig({ devices: { robotBase: { kind: 'serial', vendorId: '1a86' } } });
    expect(!half.ok && half.error).toContain('devices.robotBase.path');
    const bad = parseConfig({ devices: { keypad: { kind: 'serial', vendorId: '1a8', productId: '7523' } } });
    expect(!bad.ok && bad.error).toContain('devices.keypad.vendorId: four hex digits');
  });

  it('takes an ESC/POS printer by address, printing Vietnamese as raster by default', () => {
    const result = parseConfig({ devices: { printer: { kind: 'escpos', address: 'tcp://10.0.0.7:9100' } } });
    expect(result.ok && result.config.devices.printer).toEqual({
      kind: 'escpos',
      address: 'tcp://10.0.0.7:9100',
      model: 'epson',
      paperWidthMm: 80,
      text: 'raster',
      heartbeatMs: 5_000,
      statusTimeoutMs: 1_500,
    });
  });

  it('refuses a printer address it could not open, saying what it expects', () => {
    const result = parseConfig({ devices: { printer: { kind: 'escpos', address: 'lpt1' } } });
    expect(!result.ok && result.error).toContain('devices.printer.address: printer address "lpt1": no scheme (expected tcp://HOST[:PORT]');
  });

  it('refuses a STAR printer in a code-page mode (it has no Vietnamese code page)', () => {
    const result = parseConfig({ devices: { printer: { kind: 'escpos', address: 'usb:/dev/usb/lp0', model: 'star', text: 'wpc1258' } } });
    expect(!result.ok && result.error).toContain('devices.printer.text: a STAR printer prints Vietnamese only as "raster"');
  });

  it('needs a web address phones can open for the ticket QR', () => {
    const result = parseConfig({ host: { publicUrl: 'javascript:alert(1)' } });
    expect(!result.ok && result.error).toContain('host.publicUrl');
  });
});

describe('scan-to-folder reader section', () => {
  it('accepts a folder with a default of one OCR worker', () => {
    const result = parseConfig({ devices: { idReader: { kind: 'imageFolder', path: '/var/spool/scans' } } });
    expect(result.ok && result.config.devices.idReader).toEqual({ kind: 'imageFolder', path: '/var/spool/scans', workers: 1 });
  });
});
