/**
 * `npm run devices -- list|status|test-print [--config FILE] [--data-dir DIR] [--wait-ms N]`
 * For the engineer at the kiosk: which serial ports the machine sees, how every configured device
 * answers, and a test page on the receipt printer. Stop the kiosk first: a port has one owner.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SerialPort } from 'serialport';
import type { MonitoredDevice } from '../../devices/device-health.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { readConfigFile } from '../config/config-file.js';
import { resolveDataDir } from '../data-dir.js';
import { closeDevices, createDevices, createPrinter, deviceHealthList, monitoredDevices } from '../devices.js';
import { formatHealthTable, formatPortTable } from './device-tables.js';
import { testPage } from '../test-page.js';

const USAGE = 'usage: npm run devices -- list|status|test-print [--config FILE] [--data-dir DIR] [--wait-ms N]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { config: { type: 'string' }, 'data-dir': { type: 'string' }, 'wait-ms': { type: 'string', default: '4000' } },
});
const [command] = positionals;
const waitMs = Number(values['wait-ms']);
if (!Number.isInteger(waitMs) || waitMs < 0) fail(`--wait-ms must be a whole number of milliseconds, not "${values['wait-ms']}"`);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function loadConfig(): KioskConfig {
  const dataDir = resolveDataDir(values['data-dir']);
  const defaultPath = join(dataDir, 'config.json');
  const path = values.config ?? (existsSync(defaultPath) ? defaultPath : undefined);
  const result = readConfigFile(path);
  if (!result.ok) fail(`configuration rejected: ${result.error}`);
  console.log(path === undefined ? 'config: built-in (mock devices)' : `config: ${path}`);
  return result.config;
}

/** Give the devices until the deadline to leave "connecting" (open the port, hear a first answer). */
async function settle(devices: MonitoredDevice[]): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && devices.some((device) => device.health().state === 'connecting')) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const quiet = () => undefined;

switch (command) {
  case 'list': {
    console.log(formatPortTable(await SerialPort.list()));
    break;
  }
  case 'status': {
    const devices = createDevices(loadConfig().devices, quiet);
    await settle(monitoredDevices(devices));
    const health = deviceHealthList(devices);
    await closeDevices(devices);
    console.log(formatHealthTable(health));
    process.exitCode = health.every((device) => device.state === 'ready' || device.state === 'degraded') ? 0 : 1;
    break;
  }
  case 'test-print': {
    const config = loadConfig();
    const printer = createPrinter(config.devices.printer, quiet);
    await settle([printer]);
    try {
      await printer.print({ kind: 'testPage', page: testPage(config, printer.health(), new Date()) }, AbortSignal.timeout(waitMs + 20_000));
      console.log('test page printed');
    } catch (error) {
      console.error(`test page not printed: ${(error as Error).message}`);
      console.log(formatHealthTable([printer.health()]));
      process.exitCode = 1;
    } finally {
      await printer.close();
    }
    break;
  }
  default:
    fail(USAGE);
}
