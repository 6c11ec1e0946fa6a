/**
 * A whole kiosk on its real adapters, plugged into virtual devices: the ESC/POS printer on a
 * loopback TCP port, and the presence sensor, ID-card scanner, keypad and robot base each on a
 * socat PTY pair. What `npm run hil` scenarios and the fault soak drive.
 */
import type { SimulatedClock } from 'xstate';
import { type KioskConfig, configSchema } from '../domain/config/schema.js';
import { createDevices } from '../runtime/devices.js';
import { KioskRuntime } from '../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../runtime/log.js';
import { PtyPair } from './pty-pair.js';
import { VirtualEscPosPrinter } from './virtual-printer/virtual-printer.js';
import type { VirtualLineDevice } from './virtual-serial/virtual-line-device.js';
import { VirtualKeypad } from './virtual-serial/virtual-keypad.js';
import { VirtualPresenceSensor } from './virtual-serial/virtual-presence-sensor.js';
import { VirtualRobotBase } from './virtual-serial/virtual-robot-base.js';
import { VirtualScanner } from './virtual-serial/virtual-scanner.js';

/** A virtual serial device and the cable it is on. */
export interface Plugged<Twin extends VirtualLineDevice> {
  pair: PtyPair;
  twin: Twin;
  unplug(): Promise<void>;
  replug(): Promise<void>;
}

async function plug<Twin extends VirtualLineDevice>(open: (path: string) => Promise<Twin>): Promise<Plugged<Twin>> {
  const pair = await PtyPair.open();
  const twin = await open(pair.devicePath);
  return {
    pair,
    twin,
    unplug: () => pair.unplug(),
    async replug() {
      await pair.replug();
      await twin.connect();
    },
  };
}

export interface KioskRigOptions {
  dataDir: string;
  /** Drives the session chart's delays (idle, print timeout); real time otherwise. */
  clock?: SimulatedClock;
  /** How the printer is told to print Vietnamese; code page by default so its text decodes. */
  printerText?: 'raster' | 'wpc1258' | 'tcvn3';
  /** Quicker printer timing for soaks; the config's own defaults otherwise. */
  printerTiming?: { heartbeatMs: number; statusTimeoutMs: number };
}

export class KioskRig {
  private constructor(
    readonly runtime: KioskRuntime,
    readonly config: KioskConfig,
    readonly logger: MemoryLogger,
    readonly printer: VirtualEscPosPrinter,
    readonly presence: Plugged<VirtualPresenceSensor>,
    readonly scanner: Plugged<VirtualScanner>,
    readonly keypad: Plugged<VirtualKeypad>,
    readonly robot: Plugged<VirtualRobotBase>,
  ) {}

  static async start(options: KioskRigOptions): Promise<KioskRig> {
    const printer = await VirtualEscPosPrinter.listen();
    const presence = await plug((path) => VirtualPresenceSensor.open(path));
    const scanner = await plug((path) => VirtualScanner.open(path));
    const keypad = await plug((path) => VirtualKeypad.open(path));
    const robot = await plug((path) => VirtualRobotBase.open(path, { travelMs: 200 }));
    const config = configSchema.parse({
      devices: {
        printer: { kind: 'escpos', address: printer.address, text: options.printerText ?? 'wpc1258', ...options.printerTiming },
        idReader: { kind: 'serialScanner', path: scanner.pair.adapterPath },
        presence: { kind: 'serial', path: presence.pair.adapterPath },
        keypad: { kind: 'serial', path: keypad.pair.adapterPath },
        robotBase: { kind: 'serial', path: robot.pair.adapterPath, baudRate: 115_200 },
      },
    });
    const logger = new MemoryLogger();
    const runtime = new KioskRuntime({
      config,
      dataDir: options.dataDir,
      devices: createDevices(config.devices, (line) => logger.info(line)),
      logger,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    return new KioskRig(runtime, config, logger, printer, presence, scanner, keypad, robot);
  }

  /** Every device reports ready (or degraded): the kiosk has found all its hardware. */
  allReady(): boolean {
    return this.runtime.deviceStatus().devices.every((device) => device.state === 'ready' || device.state === 'degraded');
  }

  async stop(): Promise<void> {
    await this.runtime.stop();
    for (const device of [this.presence, this.scanner, this.keypad, this.robot]) {
      await device.twin.close();
      await device.pair.close();
    }
    await this.printer.stop();
  }
}
