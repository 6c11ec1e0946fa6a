/** A whole kiosk on mock devices, a throw-away data folder and a simulated clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from 'xstate';
import type { KioskUiEvent, ScreenId } from '../../bridge/contract.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import { type MockDeviceSet, createMockDevices } from '../../runtime/devices.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { waitFor } from '../../hil/wait-for.js';
import type { TicketStore } from '../../runtime/store/ticket-store.js';

/** Today's service day at the default service point. */
export function today(): string {
  return serviceDay(new Date(), DEFAULT_CONFIG.servicePoint.timeZone);
}

export function tempDir(prefix = 'motcua-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Let pending promise callbacks run (zero-delay device mocks resolve on them). */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Poll a condition in real time (a device, a file watcher, a worker pool) until it holds. */
export function waitUntil(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  return waitFor(check, what, timeoutMs);
}

const CLOCK_STEP_MS = 50;

export interface Harness {
  runtime: KioskRuntime;
  devices: MockDeviceSet;
  clock: SimulatedClock;
  logger: MemoryLogger;
  dataDir: string;
  send(...events: KioskUiEvent[]): Promise<void>;
  screen(): ScreenId;
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { config?: KioskConfig; dataDir?: string; store?: TicketStore; now?: () => Date; onRestartRequested?: () => void } = {},
): Promise<Harness> {
  const ownDir = options.dataDir === undefined ? tempDir() : undefined;
  const dataDir = options.dataDir ?? ownDir?.path ?? '';
  const devices = createMockDevices();
  const clock = new SimulatedClock();
  const logger = new MemoryLogger();
  const runtime = new KioskRuntime({
    config: options.config ?? DEFAULT_CONFIG,
    dataDir,
    devices,
    clock,
    logger,
    ...(options.store ? { store: options.store } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.onRestartRequested ? { onRestartRequested: options.onRestartRequested } : {}),
  });
  return {
    runtime,
    devices,
    clock,
    logger,
    dataDir,
    async send(...events) {
      for (const event of events) {
        const result = runtime.dispatch(event);
        if (!result.ok) throw new Error(result.error);
        await settle();
      }
    },
    screen: () => runtime.currentView().screen,
    async advance(ms) {
      // SimulatedClock starts a timer set during a flush at the new "now", so big jumps would
      // swallow chained delays (the countdown ticks): walk time forward in small steps instead.
      for (let left = ms; left > 0; left -= CLOCK_STEP_MS) clock.increment(Math.min(CLOCK_STEP_MS, left));
      await settle();
    },
    async close() {
      await runtime.stop();
      ownDir?.remove();
    },
  };
}
