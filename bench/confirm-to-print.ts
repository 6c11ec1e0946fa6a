/** Time from the citizen's "confirm" to the printer adapter receiving the job, on mocks, with a real store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskUiEvent } from '../bridge/contract.js';
import { DEFAULT_CONFIG } from '../domain/config/schema.js';
import { createMockDevices } from '../runtime/devices.js';
import { KioskRuntime } from '../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../runtime/log.js';
import { elapsedMs, report } from './stats.js';

const SESSIONS = 1000;
const WALK: KioskUiEvent[] = [
  { type: 'ui.touch' },
  { type: 'ui.language', locale: 'vi' },
  { type: 'ui.menu', item: 'ticket' },
  { type: 'ui.service', serviceId: 'civil-status' },
  { type: 'ui.skipId' },
];

export async function benchConfirmToPrint(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  const devices = createMockDevices();
  const runtime = new KioskRuntime({ config: DEFAULT_CONFIG, dataDir: dir, devices, logger: new MemoryLogger() });
  const samples: number[] = [];
  try {
    for (let session = 0; session < SESSIONS; session += 1) {
      for (const event of WALK) runtime.dispatch(event);
      const start = process.hrtime.bigint();
      const received = new Promise<number>((resolve) => {
        const stop = devices.printer.onJobReceived(() => {
          stop();
          resolve(elapsedMs(start));
        });
      });
      runtime.dispatch({ type: 'ui.confirm' });
      samples.push(await received);
      await new Promise<void>((resolve) => {
        const stop = runtime.subscribe((view) => {
          if (view.screen !== 'ticket') return;
          queueMicrotask(() => stop());
          resolve();
        });
      });
      runtime.dispatch({ type: 'ui.finish' });
    }
  } finally {
    await runtime.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  report('confirm → printer receives job', samples, [50, 95], 'p95 ≤ 20 ms');
}
