/**
 * Robot base contract: the mock and the serial adapter on a virtual base (socat PTY), both backed
 * by the same simulated robot, behave alike; then what only the wire shows (numbered commands,
 * a mute base timing out).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockRobotBase } from '../../devices/robot-base/mock-robot-base.js';
import type { RobotBase, RobotBaseEvent } from '../../devices/robot-base/robot-base.js';
import { SerialRobotBase } from '../../devices/robot-base/serial-robot-base.js';
import type { SimulatedRobot, SimulatedRobotOptions } from '../../devices/robot-base/simulated-robot.js';
import { PtyRig } from '../../hil/virtual-serial/pty-rig.js';
import { VirtualRobotBase } from '../../hil/virtual-serial/virtual-robot-base.js';
import { waitFor } from '../../hil/wait-for.js';

const ROBOT: SimulatedRobotOptions = { travelMs: 300, dispenseMs: 100, counters: [1, 2, 3], stock: { water: 1 } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface RobotRig {
  base: RobotBase;
  robot: SimulatedRobot;
  close(): Promise<void>;
}

const openVirtual = () =>
  PtyRig.open(
    (path) => VirtualRobotBase.open(path, ROBOT),
    (path) => SerialRobotBase.open({ path, baudRate: 115200 }),
  );

const rigs: [string, () => Promise<RobotRig>][] = [
  [
    'mock',
    async () => {
      const base = new MockRobotBase(ROBOT);
      return { base, robot: base.robot, close: () => base.close() };
    },
  ],
  [
    'serial on virtual',
    async () => {
      const rig = await openVirtual();
      return { base: rig.adapter, robot: rig.twin.robot, close: () => rig.close() };
    },
  ],
];

describe.each(rigs)('robot base contract: %s', (_name, openRig) => {
  let rig: RobotRig;
  let events: RobotBaseEvent[];
  beforeEach(async () => {
    rig = await openRig();
    events = [];
    rig.base.onEvent((event) => events.push(event));
  });
  afterEach(async () => {
    await rig?.close();
  });

  it('drives to a counter, back to its post and to the dock, reporting each arrival', async () => {
    await rig.base.goTo(2);
    await rig.base.home();
    expect(rig.robot.position).toBe('post');
    await rig.base.dock();
    expect(events).toEqual([{ type: 'arrived', counter: 2 }, { type: 'home' }, { type: 'docked' }]);
    expect(rig.base.health()).toMatchObject({ kind: 'robotBase', state: 'ready' });
  });

  it('refuses a counter it does not know and a second trip while moving', async () => {
    await expect(rig.base.goTo(9)).rejects.toMatchObject({ name: 'RobotBaseError', code: 'unknownCounter' });
    const trip = rig.base.goTo(1);
    await expect(rig.base.goTo(3)).rejects.toMatchObject({ code: 'busy' });
    await trip;
  });

  it('waits behind an obstacle, degraded, and arrives once it clears', async () => {
    const trip = rig.base.goTo(3);
    await waitFor(() => rig.robot.position === null, 'the trip to start');
    rig.robot.injectObstacle();
    await sleep(500);
    expect(rig.robot.position).toBeNull();
    expect(rig.base.health()).toMatchObject({ state: 'degraded', reason: 'obstacle' });
    rig.robot.clearObstacle();
    await trip;
    expect(events).toEqual([{ type: 'obstacle' }, { type: 'clear' }, { type: 'arrived', counter: 3 }]);
    expect(rig.base.health().state).toBe('ready');
  });

  it('fails the trip on a motor fault, shows the fault, refuses work until repaired', async () => {
    const trip = rig.base.goTo(1);
    await waitFor(() => rig.robot.position === null, 'the trip to start');
    rig.robot.fault('motorFault');
    await expect(trip).rejects.toMatchObject({ name: 'RobotBaseError', code: 'motorFault' });
    expect(rig.base.health()).toMatchObject({ state: 'fault', reason: 'motorFault' });
    await expect(rig.base.dock()).rejects.toMatchObject({ code: 'motorFault' });
    rig.robot.repair();
    await rig.base.dock();
    expect(rig.base.health().state).toBe('ready');
  });

  it('reports its battery, warns when low, and will not leave the dock on an empty one', async () => {
    expect(await rig.base.battery()).toBe(100);
    rig.robot.setBattery(5);
    await waitFor(() => events.length === 1, 'the battery event');
    expect(events).toEqual([{ type: 'battery', percent: 5 }]);
    expect(rig.base.health()).toMatchObject({ state: 'degraded', reason: 'lowBattery' });
    await expect(rig.base.goTo(1)).rejects.toMatchObject({ code: 'lowBattery' });
    await expect(rig.base.home()).rejects.toMatchObject({ code: 'lowBattery' });
    expect(await rig.base.battery()).toBe(5);
  });

  it('dispenses until the dispenser is empty', async () => {
    await rig.base.dispense('water');
    await expect(rig.base.dispense('water')).rejects.toMatchObject({ code: 'empty' });
    expect(events).toEqual([{ type: 'dispensed', item: 'water' }]);
  });

  it('ends a trip with "stopped" when told to stop', async () => {
    const trip = rig.base.goTo(2);
    await waitFor(() => rig.robot.position === null, 'the trip to start');
    await rig.base.stop();
    await expect(trip).rejects.toMatchObject({ code: 'stopped' });
    await sleep(400);
    expect(rig.robot.position).toBeNull();
  });
});

describe('serial robot base on a virtual base (socat)', () => {
  let rig: PtyRig<VirtualRobotBase, SerialRobotBase>;
  beforeEach(async () => {
    rig = await openVirtual();
  });
  afterEach(async () => {
    await rig?.close();
  });

  it('numbers its commands on the wire', async () => {
    await rig.adapter.goTo(2);
    await rig.adapter.home();
    await rig.adapter.battery();
    expect(rig.twin.received).toEqual(['#1 GOTO 2', '#2 HOME', '#3 BATTERY?']);
  });

  it('times out a command to a base that went silent, before the heartbeat calls it offline', async () => {
    rig.twin.mute();
    const startedAt = Date.now();
    await expect(rig.adapter.battery()).rejects.toMatchObject({ name: 'RobotBaseError', code: 'timeout' });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_900);
    expect(rig.adapter.health().state).toBe('ready');
    await waitFor(() => rig.adapter.health().state === 'offline', 'offline', 10_000);
    expect(rig.adapter.health().reason).toBe('noReply');
  });

  it('fails a trip in progress when the cable is pulled', async () => {
    const trip = rig.adapter.goTo(3);
    await waitFor(() => rig.twin.robot.position === null, 'the trip to start');
    const failed = expect(trip).rejects.toMatchObject({ code: 'offline' });
    await rig.unplug();
    await failed;
  });
});
