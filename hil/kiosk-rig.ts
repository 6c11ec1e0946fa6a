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
import { VirtualEscPosPrinter } from './virtual-printer/virtual-printer.js';
import { type PluggedTwin, plugTwin } from './virtual-serial/plugged-twin.js';
import { VirtualKeypad } from './virtual-serial/virtual-keypad.js';
import { VirtualPresenceSensor } from './virtual-serial/virtual-presence-sensor.js';
import { VirtualRobotBase } from './virtual-serial/virtual-robot-base.js';
import { VirtualScanner } from './virtual-serial/virtual-scanner.js';

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
    readonly presence: PluggedTwin<VirtualPresenceSensor>,
    readonly scanner: PluggedTwin<VirtualScanner>,
    readonly keypad: PluggedTwin<VirtualKeypad>,
    readonly robot: PluggedTwin<VirtualRobotBase>,
  ) {}

  static async start(options: KioskRigOptions): Promise<KioskRig> {
    const printer = await VirtualEscPosPrinter.listen();
    const presence = await plugTwin((path) => VirtualPresenceSensor.open(path));
    const scanner = await plugTwin((path) => VirtualScanner.open(path));
    const keypad = await plugTwin((path) => VirtualKeypad.open(path));
    const robot = await plugTwin((path) => VirtualRobotBase.open(path, { travelMs: 200 }));
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
    for (const device of [this.presence, this.scanner, this.keypad, this.robot]) await device.close();
    await this.printer.stop();
  }
}
