/**
 * The robot body on the serial robot base, over a socat cable to the virtual base: the numbered
 * commands on the wire and the lines spoken, for a guided trip, a fault on the way (the kiosk part
 * issuing tickets meanwhile), the cable pulled on the way, and charging between citizens. Short delays in the config: the CI has little time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskUiEvent, RobotView } from '../../bridge/contract.js';
import { configSchema } from '../../domain/config/schema.js';
import { SerialRobotBase } from '../../devices/robot-base/serial-robot-base.js';
import { type PluggedTwin, plugTwin } from '../../hil/virtual-serial/plugged-twin.js';
import { VirtualRobotBase } from '../../hil/virtual-serial/virtual-robot-base.js';
import { waitFor } from '../../hil/wait-for.js';
import { type MockDeviceSet, createMockDevices } from '../../runtime/devices.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { tempDir } from '../helpers/kiosk-harness.js';
import { walkToTicket } from '../helpers/walks.js';

let cable: PluggedTwin<VirtualRobotBase>;
let runtime: KioskRuntime;
let devices: MockDeviceSet;
let dir: { path: string; remove: () => void };

beforeEach(async () => {
  cable = await plugTwin((path) => VirtualRobotBase.open(path, { travelMs: 300 }));
  const port = { path: cable.pair.adapterPath, baudRate: 115_200 };
  const config = configSchema.parse({
    devices: { robotBase: { kind: 'serial', ...port } },
    robot: { arrivedMs: 500, retryMs: 1_000, batteryPollMs: 60_000 },
  });
  dir = tempDir('motcua-robot-hil-');
  devices = createMockDevices();
  // The kiosk's other devices are mocks; its robot base is the serial one below.
  await devices.robotBase.close();
  runtime = new KioskRuntime({
    config,
    dataDir: dir.path,
    devices: { ...devices, robotBase: SerialRobotBase.open(port) },
    logger: new MemoryLogger(),
  });
  // Once the base answers, the robot goes to its post.
  await waitForActivity('atPost');
});

afterEach(async () => {
  await runtime?.stop();
  await cable?.close();
  dir?.remove();
});

function robotView(): RobotView {
  const robot = runtime.currentView().robot;
  if (robot === null) throw new Error('this kiosk has no robot body');
  return robot;
}

function waitForActivity(activity: RobotView['activity'], timeoutMs = 5_000): Promise<void> {
  return waitFor(() => robotView().activity === activity, `the robot ${activity}`, timeoutMs);
}

function send(...events: KioskUiEvent[]): void {
  for (const event of events) expect(runtime.dispatch(event)).toEqual({ ok: true });
}

/** The commands the base received, battery readings left out, each numbered. */
function wire(): string[] {
  const lines = cable.twin.received.filter((line) => !line.endsWith(' BATTERY?'));
  for (const line of lines) expect(line).toMatch(/^#[0-9]+ /);
  return lines.map((line) => line.replace(/^#[0-9]+ /, ''));
}

const spoken = () => devices.speaker.spoken.map(({ text }) => text).filter((text) => !text.startsWith('Xin chào!') && !text.startsWith('Welcome!'));

async function acceptGuideAfterTicket(): Promise<void> {
  send(...walkToTicket('residence'));
  await waitFor(() => robotView().guideOffer !== null, 'the offer');
  send({ type: 'ui.guide', accept: true });
  await waitFor(() => wire().includes('GOTO 3'), 'GOTO on the wire');
}

describe('robot body on the serial robot base (socat)', () => {
  it('a guided trip: HOME at start, GOTO 3, the lines in order, HOME after a while at the counter', async () => {
    await acceptGuideAfterTicket();
    expect(runtime.currentView().screen).toBe('attract');
    await waitForActivity('arrived');
    expect(cable.twin.robot.position).toBe(3);
    await waitForActivity('atPost');
    expect(cable.twin.robot.position).toBe('post');
    expect(wire()).toEqual(['HOME', 'GOTO 3', 'HOME']);
    expect(spoken()).toEqual([
      'Tôi dẫn ông/bà đến quầy 3 nhé?',
      'Mời ông/bà đi theo tôi đến quầy 3.',
      'Đây là quầy 3. Mời ông/bà ngồi chờ đến lượt, số của ông/bà sẽ được gọi trên bảng. Chúc ông/bà một ngày tốt lành!',
    ]);
  });

  it('a motor fault on the way: STOP, the line with the counter, a staff alert, tickets still issued; repaired, HOME', async () => {
    await acceptGuideAfterTicket();
    cable.twin.robot.fault('motorFault');
    await waitForActivity('stopped');
    expect(robotView()).toMatchObject({ problem: 'fault', counter: 3 });
    await waitFor(() => wire().includes('STOP'), 'STOP on the wire');
    expect(spoken().at(-1)).toBe(
      'Xin lỗi, tôi gặp sự cố nên phải dừng lại ở đây. Quầy 3 ở phía trước, theo hướng tôi đang đi; số quầy ghi phía trên quầy. Tôi đã báo nhân viên.',
    );
    expect(runtime.alerts.list().map((alert) => alert.id)).toEqual(expect.arrayContaining(['robot:stopped', 'device:robotBase']));
    cable.twin.robot.repair();

    send({ type: 'ui.finish' }, ...walkToTicket('land'));
    await waitFor(() => runtime.currentView().screen === 'ticket', 'the next ticket');
    expect(runtime.currentView().ticket?.number).toBe('C001');

    await waitForActivity('atPost');
    expect(wire()).toEqual(['HOME', 'GOTO 3', 'STOP', 'HOME']);
    expect(runtime.alerts.list().map((alert) => alert.id)).not.toContain('robot:stopped');
  });

  it('the cable pulled on the way: stopped, offline, said and alerted; plugged back, it goes to its post by itself', async () => {
    await acceptGuideAfterTicket();
    await cable.unplug();
    await waitForActivity('stopped');
    expect(robotView()).toMatchObject({ problem: 'offline', counter: 3 });
    expect(spoken().at(-1)).toContain('Quầy 3 ở phía trước');
    expect(runtime.alerts.list().find((alert) => alert.id === 'robot:stopped')?.message).toContain('mất kết nối với thân robot');

    await cable.replug();
    await waitForActivity('atPost', 10_000);
    expect(cable.twin.robot.position).toBe('post');
    expect(wire().at(-1)).toBe('HOME');
  });

  it('low battery between citizens: it says so, DOCK; charged, HOME', async () => {
    cable.twin.robot.setBattery(15);
    await waitForActivity('charging');
    expect(cable.twin.robot.position).toBe('dock');
    expect(spoken()).toEqual(['Tôi sắp hết pin, xin phép đi sạc một lát rồi quay lại.']);
    cable.twin.robot.setBattery(90);
    await waitForActivity('atPost');
    expect(wire()).toEqual(['HOME', 'DOCK', 'HOME']);
  });
});
