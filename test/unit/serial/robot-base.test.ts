import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceState } from '../../../devices/device-health.js';
import { MockRobotBase } from '../../../devices/robot-base/mock-robot-base.js';
import type { RobotBaseEvent } from '../../../devices/robot-base/robot-base.js';
import { SerialRobotBase } from '../../../devices/robot-base/serial-robot-base.js';
import { advance, flush, MockBinding, MockSerial, useFakeClock } from './mock-serial.js';

/** Settles a promise into what happened, so a test can look at it before and after time moves. */
function track(promise: Promise<unknown>): { outcome: 'pending' | 'resolved' | Error } {
  const state: { outcome: 'pending' | 'resolved' | Error } = { outcome: 'pending' };
  promise.then(
    () => (state.outcome = 'resolved'),
    (error: Error) => (state.outcome = error),
  );
  return state;
}

describe('mock robot base (the simulated robot)', () => {
  let base: MockRobotBase;
  let events: RobotBaseEvent[];

  beforeEach(() => {
    useFakeClock();
    base = new MockRobotBase({ travelMs: 3000, dispenseMs: 500, counters: [1, 2, 3], stock: { sweets: 1 } });
    events = [];
    base.onEvent((event) => events.push(event));
  });
  afterEach(async () => {
    await base.close();
    vi.useRealTimers();
  });

  it('arrives after the travel time, and waits behind an obstacle', async () => {
    const trip = track(base.goTo(2));
    await advance(2000);
    base.robot.injectObstacle();
    await advance(5000);
    expect(trip.outcome).toBe('pending');
    expect(base.health()).toMatchObject({ state: 'degraded', reason: 'obstacle' });
    base.robot.clearObstacle();
    await advance(999);
    expect(trip.outcome).toBe('pending');
    await advance(1);
    expect(trip.outcome).toBe('resolved');
    expect(base.robot.position).toBe(2);
    expect(events).toEqual([{ type: 'obstacle' }, { type: 'clear' }, { type: 'arrived', counter: 2 }]);
    expect(base.health().state).toBe('ready');
  });

  it('refuses a counter it does not know, a second trip while moving, and a trip on a low battery', async () => {
    await expect(base.goTo(7)).rejects.toMatchObject({ name: 'RobotBaseError', code: 'unknownCounter' });
    await expect(base.goTo(0)).rejects.toMatchObject({ code: 'unknownCounter' });
    const trip = base.goTo(1);
    await expect(base.goTo(2)).rejects.toMatchObject({ code: 'busy' });
    await advance(3000);
    await trip;
    base.robot.setBattery(5);
    expect(base.health()).toMatchObject({ state: 'degraded', reason: 'lowBattery' });
    await expect(base.goTo(2)).rejects.toMatchObject({ code: 'lowBattery' });
    expect(await base.battery()).toBe(5);
    const docking = base.dock();
    await advance(3000);
    await docking;
    expect(base.robot.position).toBe('dock');
  });

  it('fails the trip on a fault, refuses work until repaired, and is ready after the next job', async () => {
    const trip = base.goTo(3);
    base.robot.fault('motorFault');
    await expect(trip).rejects.toMatchObject({ code: 'motorFault' });
    expect(base.health()).toMatchObject({ state: 'fault', reason: 'motorFault' });
    await expect(base.dock()).rejects.toMatchObject({ code: 'motorFault' });
    base.robot.repair();
    const docking = base.dock();
    await advance(3000);
    await docking;
    expect(base.health()).toMatchObject({ state: 'ready', reason: null });
  });

  it('dispenses until a dispenser is empty', async () => {
    const first = base.dispense('sweets');
    await advance(500);
    await first;
    await expect(base.dispense('sweets')).rejects.toMatchObject({ code: 'empty' });
    expect(events).toContainEqual({ type: 'dispensed', item: 'sweets' });
  });

  it('stop() ends a trip with "stopped"; a trip given up by the caller stops the base', async () => {
    const trip = base.goTo(3);
    await base.stop();
    await expect(trip).rejects.toMatchObject({ code: 'stopped' });
    expect(base.robot.position).toBeNull();

    const controller = new AbortController();
    const next = base.goTo(1, controller.signal);
    controller.abort(new Error('citizen left'));
    await expect(next).rejects.toThrow('citizen left');
    await advance(10_000);
    expect(base.robot.position).toBeNull();
    expect(events.filter((event) => event.type === 'arrived')).toEqual([]);
  });

  it('gives up on a trip that takes longer than its timeout', async () => {
    await base.close();
    base = new MockRobotBase({ travelMs: 10_000, travelTimeoutMs: 4000 });
    const trip = track(base.goTo(1));
    await advance(4000);
    expect(trip.outcome).toMatchObject({ code: 'timeout' });
  });
});

describe('serial robot base on a mock port', () => {
  const PATH = '/dev/ttyBASE';
  let serial: MockSerial;
  let base: SerialRobotBase;
  let states: DeviceState[];

  beforeEach(async () => {
    useFakeClock();
    MockBinding.createPort(PATH, { record: true });
    serial = new MockSerial();
    base = SerialRobotBase.open({ path: PATH, baudRate: 115200 }, { travelTimeoutMs: 5000 }, { openPort: serial.openPort });
    states = [];
    base.onHealthChange((health) => states.push(health.state));
    await flush();
    serial.deviceSends('PONG\n');
    await flush();
  });
  afterEach(async () => {
    await base.close();
    MockBinding.reset();
    vi.useRealTimers();
  });

  const lastWritten = () => serial.written().at(-1);

  it('numbers each command and resolves a trip when ARRIVED comes, even in the reply\'s chunk', async () => {
    const trip = base.goTo(3);
    await flush();
    expect(lastWritten()).toBe('#1 GOTO 3');
    serial.deviceSends('#1 OK\r\nARRIVED 3\r\n');
    await trip;
    const battery = base.battery();
    await flush();
    expect(lastWritten()).toBe('#2 BATTERY?');
    serial.deviceSends('#2 OK 64\n');
    expect(await battery).toBe(64);
  });

  it('takes each reply by its number, whatever the order', async () => {
    const first = base.battery();
    const second = base.dispense('water');
    await flush();
    serial.deviceSends('#2 OK\n#1 OK 50\nDISPENSED WATER\n');
    expect(await first).toBe(50);
    await second;
  });

  it('turns ERR codes into RobotBaseErrors', async () => {
    const trip = base.goTo(4);
    await flush();
    serial.deviceSends('#1 ERR BUSY\n');
    await expect(trip).rejects.toMatchObject({ name: 'RobotBaseError', code: 'busy' });
  });

  it('fails the trip on FAULT, and shows the fault in its health', async () => {
    const trip = base.goTo(2);
    await flush();
    serial.deviceSends('#1 OK\nOBSTACLE\nFAULT MOTOR\n');
    await expect(trip).rejects.toMatchObject({ code: 'motorFault' });
    expect(base.health()).toMatchObject({ state: 'fault', reason: 'motorFault' });
    expect(states).toEqual(['ready', 'degraded', 'fault']);
  });

  it('times out a command the base does not answer in 2 s', async () => {
    const trip = track(base.dock());
    await advance(1999);
    expect(trip.outcome).toBe('pending');
    await advance(1);
    expect(trip.outcome).toMatchObject({ code: 'timeout' });
  });

  it('gives up on a trip that does not arrive in time, and tells the base to stop', async () => {
    const trip = track(base.goTo(5));
    await flush();
    serial.deviceSends('#1 OK\n'); // any line answers the heartbeat too, so the base stays online
    await advance(4999);
    expect(trip.outcome).toBe('pending');
    await advance(1);
    expect(trip.outcome).toMatchObject({ code: 'timeout' });
    expect(lastWritten()).toBe('#2 STOP');
  });

  it('fails a trip when the base is unplugged', async () => {
    const trip = base.goTo(5);
    await flush();
    serial.deviceSends('#1 OK\n');
    await flush();
    serial.unplug();
    await expect(trip).rejects.toMatchObject({ code: 'offline' });
    await expect(base.battery()).rejects.toMatchObject({ code: 'offline' });
  });

  it('passes events on and ignores lines it cannot read', async () => {
    const events: RobotBaseEvent[] = [];
    base.onEvent((event) => events.push(event));
    serial.deviceSends('BATTERY 15\nARRIVED 400\nDOCKED\n#9 OK\n');
    await flush();
    expect(events).toEqual([{ type: 'battery', percent: 15 }, { type: 'docked' }]);
    expect(base.health()).toMatchObject({ state: 'degraded', reason: 'lowBattery', lastError: 'ignored an unrecognised line "ARRIVED 400"' });
  });
});
