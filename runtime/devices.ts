/** Builds the device set the config names. Every kind has a mock; real kinds come with their issues. */
import type { DevicesConfig } from '../domain/config/schema.js';
import type { IdReader } from '../devices/id-reader/id-reader.js';
import { MockIdReader } from '../devices/id-reader/mock-id-reader.js';
import { CameraReader } from '../devices/id-reader/camera-reader.js';
import { ImageFolderReader } from '../devices/id-reader/image-folder-reader.js';
import { SerialScanner } from '../devices/id-reader/serial-scanner.js';
import { MockPresenceSensor } from '../devices/presence/mock-presence-sensor.js';
import type { PresenceSensor } from '../devices/presence/presence-sensor.js';
import { MockPrinter } from '../devices/printer/mock-printer.js';
import type { ReceiptPrinter } from '../devices/printer/receipt-printer.js';
import { MockSpeaker } from '../devices/speech/mock-speaker.js';
import type { Speaker } from '../devices/speech/speaker.js';

export interface DeviceSet {
  printer: ReceiptPrinter;
  idReader: IdReader;
  presence: PresenceSensor;
  speaker: Speaker;
}

/** The mock twins, typed as such so tests and the engineer's console can script them. */
export interface MockDeviceSet extends DeviceSet {
  printer: MockPrinter;
  idReader: MockIdReader;
  presence: MockPresenceSensor;
  speaker: MockSpeaker;
}

export function createMockDevices(options: { printDelayMs?: number; readDelayMs?: number } = {}): MockDeviceSet {
  return {
    printer: new MockPrinter(options.printDelayMs ?? 0),
    idReader: new MockIdReader(options.readDelayMs ?? 0),
    presence: new MockPresenceSensor(),
    speaker: new MockSpeaker(),
  };
}

export function createDevices(config: DevicesConfig): DeviceSet {
  const mocks = createMockDevices({
    printDelayMs: config.printer.printDelayMs,
    readDelayMs: config.idReader.kind === 'mock' ? config.idReader.readDelayMs : 0,
  });
  return { ...mocks, idReader: createIdReader(config.idReader, mocks.idReader) };
}

function createIdReader(config: DevicesConfig['idReader'], mock: IdReader): IdReader {
  switch (config.kind) {
    case 'mock':
      return mock;
    case 'serialScanner':
      return SerialScanner.open({ path: config.path, baudRate: config.baudRate });
    case 'imageFolder':
      return new ImageFolderReader({ path: config.path, workers: config.workers });
    case 'camera':
      return new CameraReader({ workers: config.workers, giveUpMs: config.giveUpMs });
  }
}

export async function closeDevices(devices: DeviceSet): Promise<void> {
  await Promise.allSettled([
    devices.printer.close(),
    devices.idReader.close(),
    devices.presence.close(),
    devices.speaker.close(),
  ]);
}
