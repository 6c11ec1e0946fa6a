/** The rating keypads at the counters: one press rates the ticket just finished there; a press in vain leaves staff a note. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLET_RATING_WINDOW_MS } from '../../bridge/rating-protocol.js';
import { MockKeypad } from '../../devices/keypad/mock-keypad.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { createMockDevices, type MockDeviceSet } from '../../runtime/devices.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { KEYPAD_ACK_MS, counterKeypadAlertId } from '../../runtime/satisfaction/counter-keypads.js';
import { tempDir } from '../helpers/kiosk-harness.js';
import { MONDAY_8AM } from '../helpers/service-point-rig.js';

/** A keypad whose cable can be pulled. */
class UnpluggableKeypad extends MockKeypad {
  unplug(): void {
    this.tracker.update({ state: 'offline', reason: 'disconnected' });
  }

  replug(): void {
    this.tracker.update({ state: 'ready', reason: null });
  }
}

let runtime: KioskRuntime;
let devices: MockDeviceSet;
let logger: MemoryLogger;
let clock: number;
let dir: ReturnType<typeof tempDir>;

afterEach(async () => {
  vi.useRealTimers();
  await runtime?.stop();
  dir?.remove();
});

function start(): void {
  dir = tempDir();
  clock = MONDAY_8AM;
  logger = new MemoryLogger();
  devices = createMockDevices({ keypadCounters: [1, 3] });
  runtime = new KioskRuntime({ config: DEFAULT_CONFIG, dataDir: dir.path, devices, logger, now: () => new Date(clock) });
}

function keypadAt(counter: number): MockKeypad {
  const entry = devices.counterKeypads.find((candidate) => candidate.counter === counter);
  if (entry === undefined) throw new Error(`no keypad at counter ${counter}`);
  return entry.keypad;
}

/** Issue, call, start and finish one ticket at counter 1; returns its id. */
function serveAtCounter1(): number {
  const issued = runtime.servicePoint.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'kiosk-1' });
  if (!issued.ok) throw new Error(issued.reason);
  const act = (action: Parameters<typeof runtime.servicePoint.act>[1]) => expect(runtime.servicePoint.act(1, action, 'counter 1')).toEqual({ ok: true });
  act({ type: 'callNext' });
  act({ type: 'start', ticketId: issued.ticket.id });
  act({ type: 'finish', ticketId: issued.ticket.id });
  return issued.ticket.id;
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const alert = (counter: number) => runtime.alerts.list().find((each) => each.id === counterKeypadAlertId(counter));

describe('a press at a counter keypad', () => {
  it("rates the ticket that counter just finished with the button's score, and lights the button for a moment", async () => {
    start();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ticketId = serveAtCounter1();
    keypadAt(1).simulatePress(4);
    expect(runtime.satisfaction.ratings.find(ticketId)).toMatchObject({ overall: 4, channel: 'keypad', counter: 1 });
    await flush();
    expect(keypadAt(1).lit).toBe(4);
    vi.advanceTimersByTime(KEYPAD_ACK_MS);
    await flush();
    expect(keypadAt(1).lit).toBeNull();
    expect(alert(1)).toBeUndefined();
  });

  it('with no service just finished there: no rating, a note for staff and a log line', async () => {
    start();
    serveAtCounter1();
    keypadAt(3).simulatePress(2);
    await flush();
    expect(runtime.store.connection.prepare('SELECT count(*) AS n FROM rating').get()).toEqual({ n: 0 });
    expect(keypadAt(3).lit).toBeNull();
    expect(alert(3)).toMatchObject({ severity: 'warning', message: 'Bàn phím đánh giá quầy 3 được bấm khi không có lượt phục vụ vừa xong.' });
    expect(logger.lines.some((line) => line.includes('counter 3 keypad: press 2 ignored (nothingFinished)'))).toBe(true);
  });

  it('a second press does not change the rating; the next good press clears the note', async () => {
    start();
    const first = serveAtCounter1();
    keypadAt(1).simulatePress(5);
    keypadAt(1).simulatePress(1);
    expect(runtime.satisfaction.ratings.find(first)).toMatchObject({ overall: 5 });
    expect(alert(1)?.message).toContain('đã được đánh giá');
    const second = serveAtCounter1();
    keypadAt(1).simulatePress(3);
    expect(runtime.satisfaction.ratings.find(second)).toMatchObject({ overall: 3 });
    expect(alert(1)).toBeUndefined();
  });

  it('too long after the service: ignored with a note', () => {
    start();
    const ticketId = serveAtCounter1();
    clock += TABLET_RATING_WINDOW_MS + 1_000;
    keypadAt(1).simulatePress(5);
    expect(runtime.satisfaction.ratings.find(ticketId)).toBeUndefined();
    expect(alert(1)?.message).toContain('quá lâu');
  });
});

describe("a counter keypad's health", () => {
  it('is in the device list, and a disconnected one is an alert naming its counter until it is back', async () => {
    dir = tempDir();
    logger = new MemoryLogger();
    const keypad = new UnpluggableKeypad();
    devices = { ...createMockDevices(), counterKeypads: [{ counter: 3, keypad }] };
    runtime = new KioskRuntime({ config: DEFAULT_CONFIG, dataDir: dir.path, devices, logger });
    expect(runtime.deviceStatus().devices.filter((device) => device.kind === 'keypad')).toHaveLength(2);
    keypad.unplug();
    expect(runtime.deviceStatus().alerts).toContainEqual(
      expect.objectContaining({ id: 'device:keypad:counter-3', severity: 'error', message: 'Quầy 3: Bàn phím đánh giá: mất kết nối.' }),
    );
    keypad.replug();
    expect(runtime.deviceStatus().alerts.map((each) => each.id)).not.toContain('device:keypad:counter-3');
  });
});
