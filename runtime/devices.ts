/** Builds the device set the config names: a mock for every kind, the real adapters where configured. */
import type { DeviceHealth, DeviceKind } from '../bridge/contract.js';
import type { DevicesConfig, KioskConfig, SerialDeviceConfig } from '../domain/config/schema.js';
import type { MonitoredDevice } from '../devices/device-health.js';
import type { IdReader } from '../devices/id-reader/id-reader.js';
import { MockIdReader } from '../devices/id-reader/mock-id-reader.js';
import { CameraReader } from '../devices/id-reader/camera-reader.js';
import { ImageFolderReader } from '../devices/id-reader/image-folder-reader.js';
import { SerialScanner } from '../devices/id-reader/serial-scanner.js';
import type { Keypad } from '../devices/keypad/keypad.js';
import { MockKeypad } from '../devices/keypad/mock-keypad.js';
import { SerialKeypad } from '../devices/keypad/serial-keypad.js';
import { MockPresenceSensor } from '../devices/presence/mock-presence-sensor.js';
import type { PresenceSensor } from '../devices/presence/presence-sensor.js';
import { SerialPresenceSensor } from '../devices/presence/serial-presence-sensor.js';
import { EscPosPrinter } from '../devices/printer/escpos-printer.js';
import { printJobBytes } from '../devices/printer/escpos-job.js';
import { MockPrinter } from '../devices/printer/mock-printer.js';
import { parsePrinterAddress } from '../domain/config/printer-address.js';
import type { ReceiptPrinter } from '../devices/printer/receipt-printer.js';
import { transportFor } from '../devices/printer/transports/transport-for.js';
import { MockRobotBase } from '../devices/robot-base/mock-robot-base.js';
import type { RobotBase } from '../devices/robot-base/robot-base.js';
import { SerialRobotBase } from '../devices/robot-base/serial-robot-base.js';
import type { SerialDeviceOptions } from '../devices/serial/port-target.js';
import { reportPrints } from './paper/reporting-printer.js';
import { EspeakSpeaker } from '../devices/speech/espeak-speaker.js';
import { MockSpeaker } from '../devices/speech/mock-speaker.js';
import type { Speaker } from '../devices/speech/speaker.js';
import { MockStaffKey } from '../devices/staff-key/mock-staff-key.js';
import { SerialStaffKey } from '../devices/staff-key/serial-staff-key.js';
import type { StaffKey } from '../devices/staff-key/staff-key.js';

export interface DeviceSet {
  printer: ReceiptPrinter;
  idReader: IdReader;
  presence: PresenceSensor;
  /** Null when this kiosk has none (config kind "none"). */
  keypad: Keypad | null;
  robotBase: RobotBase | null;
  speaker: Speaker;
  /** The key switch that opens staff mode's sign-in; null when this kiosk has none. */
  staffKey: StaffKey | null;
  /** The satisfaction keypads at the counters (config `satisfaction.keypads`), not the kiosk's own. */
  counterKeypads: CounterKeypad[];
}

/** A five-button rating keypad at a counter: a press rates the ticket that counter just finished. */
export interface CounterKeypad<Device extends Keypad = Keypad> {
  counter: number;
  keypad: Device;
}

/** The mock twins, typed as such so tests and the engineer's console can script them. */
export interface MockDeviceSet extends DeviceSet {
  printer: MockPrinter;
  idReader: MockIdReader;
  presence: MockPresenceSensor;
  keypad: MockKeypad;
  robotBase: MockRobotBase;
  speaker: MockSpeaker;
  staffKey: MockStaffKey;
  counterKeypads: Array<CounterKeypad<MockKeypad>>;
}

export function createMockDevices(
  options: { printDelayMs?: number; readDelayMs?: number; keypadCounters?: readonly number[] } = {},
): MockDeviceSet {
  return {
    printer: reportPrints(new MockPrinter(options.printDelayMs ?? 0)),
    idReader: new MockIdReader(options.readDelayMs ?? 0),
    presence: new MockPresenceSensor(),
    keypad: new MockKeypad(),
    robotBase: new MockRobotBase(),
    speaker: new MockSpeaker(),
    staffKey: new MockStaffKey(),
    counterKeypads: (options.keypadCounters ?? []).map((counter) => ({ counter, keypad: new MockKeypad() })),
  };
}

export function createDevices(
  config: DevicesConfig,
  log?: (message: string) => void,
  counterKeypads: KioskConfig['satisfaction']['keypads'] = [],
): DeviceSet {
  return {
    // Reports each job it printed: the paper counter counts them.
    printer: reportPrints(createPrinter(config.printer, log)),
    idReader: createIdReader(config.idReader),
    presence: config.presence.kind === 'mock' ? new MockPresenceSensor() : SerialPresenceSensor.open(serialOptions(config.presence)),
    keypad: createOptional<Keypad>(config.keypad, () => new MockKeypad(), (port) => SerialKeypad.open(port)),
    robotBase: createOptional<RobotBase>(config.robotBase, () => new MockRobotBase(), (port) => SerialRobotBase.open(port)),
    speaker: createSpeaker(config.speech),
    staffKey: createOptional<StaffKey>(config.staffKey, () => new MockStaffKey(), (port) => SerialStaffKey.open(port)),
    counterKeypads: counterKeypads.map(({ counter, path }) => ({ counter, keypad: SerialKeypad.open({ path, baudRate: 9600 }) })),
  };
}

/** The printer alone: what the devices CLI opens for a test print, leaving the other ports alone. */
export function createPrinter(config: DevicesConfig['printer'], log?: (message: string) => void): ReceiptPrinter {
  if (config.kind === 'mock') return new MockPrinter(config.printDelayMs);
  const options = { type: config.model, width: config.paperWidthMm === 80 ? 48 : 32, text: config.text } as const;
  return new EscPosPrinter({
    transport: transportFor(parsePrinterAddress(config.address)),
    render: (job) => printJobBytes(job, options),
    statusTimeoutMs: config.statusTimeoutMs,
    heartbeatMs: config.heartbeatMs,
    ...(log ? { log } : {}),
  });
}

function serialOptions(config: Omit<SerialDeviceConfig, 'kind'> & { kind: string }): SerialDeviceOptions {
  return { path: config.path, vendorId: config.vendorId, productId: config.productId, baudRate: config.baudRate };
}

function createOptional<Device>(
  config: { kind: 'none' } | { kind: 'mock' } | SerialDeviceConfig,
  mock: () => Device,
  serial: (port: SerialDeviceOptions) => Device,
): Device | null {
  if (config.kind === 'none') return null;
  return config.kind === 'mock' ? mock() : serial(serialOptions(config));
}

function createSpeaker(config: DevicesConfig['speech']): Speaker {
  if (config.kind === 'mock') return new MockSpeaker();
  return new EspeakSpeaker({ voices: { vi: config.voiceVi, en: config.voiceEn }, wordsPerMinute: config.wordsPerMinute });
}

function createIdReader(config: DevicesConfig['idReader']): IdReader {
  switch (config.kind) {
    case 'mock':
      return new MockIdReader(config.readDelayMs);
    case 'serialScanner':
      return SerialScanner.open(serialOptions(config));
    case 'imageFolder':
      return new ImageFolderReader({ path: config.path, workers: config.workers });
    case 'camera':
      return new CameraReader({ workers: config.workers, giveUpMs: config.giveUpMs });
  }
}

function isMonitored(device: object | null): device is MonitoredDevice {
  return device !== null && 'health' in device && typeof device.health === 'function';
}

const SLOTS: ReadonlyArray<[Exclude<keyof DeviceSet, 'counterKeypads'>, DeviceKind]> = [
  ['printer', 'printer'],
  ['idReader', 'idReader'],
  ['presence', 'presence'],
  ['keypad', 'keypad'],
  ['robotBase', 'robotBase'],
  ['speaker', 'speech'],
  ['staffKey', 'staffKey'],
];

/** The devices that report their own health (the rest are in-process and cannot go away). */
export function monitoredDevices(devices: DeviceSet): MonitoredDevice[] {
  return SLOTS.flatMap(([slot]) => {
    const device = devices[slot];
    return isMonitored(device) ? [device] : [];
  });
}

/** Every device this kiosk has, for staff: reported health, or "ready" for in-process ones; the counters' keypads last. */
export function deviceHealthList(devices: DeviceSet): DeviceHealth[] {
  const own = SLOTS.flatMap(([slot, kind]): DeviceHealth[] => {
    const device = devices[slot];
    if (device === null) return [];
    if (isMonitored(device)) return [device.health()];
    return [{ kind, adapter: 'in-process', path: null, state: 'ready', reason: null, lastError: null, lastSeen: null }];
  });
  return [...own, ...devices.counterKeypads.map(({ keypad }) => keypad.health())];
}

export async function closeDevices(devices: DeviceSet): Promise<void> {
  await Promise.allSettled([...SLOTS.map(([slot]) => devices[slot]?.close()), ...devices.counterKeypads.map(({ keypad }) => keypad.close())]);
}
