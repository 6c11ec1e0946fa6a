/**
 * The robot body on the mock base (the simulated robot): what it says, in which language, and what
 * it tells the base, for a guided trip, a declined offer, charging between citizens, an obstacle,
 * a fault (the kiosk part going on), the dispenser and the eyes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskView, Locale, RobotView } from '../../bridge/contract.js';
import { configSchema } from '../../domain/config/schema.js';
import type { RobotCommand } from '../../devices/robot-base/robot-base-protocol.js';
import { type Harness, startHarness, waitUntil } from '../helpers/kiosk-harness.js';
import { walkToTicket } from '../helpers/walks.js';

const ARRIVED_MS = 3_000;
const RETRY_MS = 20_000;
const RESUME_AFTER_STOP_MS = 5_000;

let kiosk: Harness;
afterEach(async () => {
  await kiosk?.close();
});

async function startRobotKiosk(robot: Record<string, unknown> = {}): Promise<Harness> {
  kiosk = await startHarness({
    config: configSchema.parse({
      devices: { robotBase: { kind: 'mock' } },
      robot: { arrivedMs: ARRIVED_MS, retryMs: RETRY_MS, resumeAfterStopMs: RESUME_AFTER_STOP_MS, ...robot },
    }),
  });
  await waitUntil(() => robotView().activity === 'atPost', 'the robot at its post');
  // Quick trips, real time: the chart's own delays run on the harness's simulated clock.
  kiosk.devices.robotBase.robot.travelMs = 40;
  kiosk.devices.robotBase.robot.dispenseMs = 10;
  kiosk.devices.speaker.spoken.length = 0;
  return kiosk;
}

function view(): KioskView {
  return kiosk.runtime.currentView();
}

function robotView(): RobotView {
  const robot = view().robot;
  if (robot === null) throw new Error('this kiosk has no robot body');
  return robot;
}

/** What it said, after the greeting (which the session says). */
function said(): Array<{ text: string; locale: Locale }> {
  return kiosk.devices.speaker.spoken.filter(({ text }) => !text.startsWith('Xin chào!') && !text.startsWith('Welcome!'));
}

/** What the kiosk told the base, the battery readings left out. */
function movements(): RobotCommand[] {
  return kiosk.devices.robotBase.robot.commands.filter((command) => command.type !== 'battery');
}

function waitForActivity(activity: RobotView['activity']): Promise<void> {
  return waitUntil(() => robotView().activity === activity, `the robot ${activity}`);
}

describe('robot body: guiding', () => {
  it('after a ticket offers the way to the lowest counter, in the citizen’s language; on yes the session ends, it goes there, says so, waits, and goes back', async () => {
    await startRobotKiosk();
    const robot = kiosk.devices.robotBase.robot;
    const before = movements().length;
    await kiosk.send(...walkToTicket('residence', 'en'));
    expect(view().screen).toBe('ticket');
    expect(robotView().guideOffer).toEqual({ counter: 3 });
    expect(said()).toEqual([{ text: 'Shall I show you the way to counter 3?', locale: 'en' }]);

    await kiosk.send({ type: 'ui.guide', accept: true });
    expect(kiosk.screen()).toBe('attract');
    expect(robotView()).toMatchObject({ activity: 'guiding', counter: 3, guideOffer: null, dispensable: [] });
    await waitForActivity('arrived');
    expect(robot.position).toBe(3);
    expect(robotView().counter).toBe(3);
    // The session ended, but the citizen being guided is still spoken to in English.
    expect(said().slice(1)).toEqual([
      { text: 'Please follow me to counter 3.', locale: 'en' },
      { text: 'Here is counter 3. Please take a seat: your number will be called on the board. Have a good day!', locale: 'en' },
    ]);

    await kiosk.advance(ARRIVED_MS - 100);
    expect(robotView().activity).toBe('arrived');
    await kiosk.advance(100);
    await waitForActivity('atPost');
    expect(robot.position).toBe('post');
    expect(movements().slice(before)).toEqual([{ type: 'goTo', counter: 3 }, { type: 'home' }]);
  });

  it('a ticket for a group served at two counters is guided to the lower one, in Vietnamese', async () => {
    await startRobotKiosk();
    await kiosk.send(...walkToTicket('civil-status', 'vi'));
    expect(robotView().guideOffer).toEqual({ counter: 1 });
    await kiosk.send({ type: 'ui.guide', accept: true });
    await waitForActivity('arrived');
    expect(said().map(({ text }) => text)).toEqual([
      'Tôi dẫn ông/bà đến quầy 1 nhé?',
      'Mời ông/bà đi theo tôi đến quầy 1.',
      'Đây là quầy 1. Mời ông/bà ngồi chờ đến lượt, số của ông/bà sẽ được gọi trên bảng. Chúc ông/bà một ngày tốt lành!',
    ]);
  });

  it('"no" withdraws the offer and the robot stays; so does leaving the ticket screen; no second offer for the same ticket', async () => {
    await startRobotKiosk();
    const before = movements().length;
    await kiosk.send(...walkToTicket('residence'));
    await kiosk.send({ type: 'ui.guide', accept: false });
    expect(kiosk.screen()).toBe('ticket');
    expect(robotView()).toMatchObject({ activity: 'atPost', guideOffer: null });
    await kiosk.send({ type: 'ui.finish' });
    await kiosk.send(...walkToTicket('land'));
    expect(robotView().guideOffer).toEqual({ counter: 4 });
    await kiosk.send({ type: 'ui.finish' });
    expect(robotView().guideOffer).toBeNull();
    expect(movements().slice(before)).toEqual([]);
  });

  it('offers nothing when the config says not to', async () => {
    await startRobotKiosk({ guideOffer: false });
    await kiosk.send(...walkToTicket('residence'));
    expect(robotView().guideOffer).toBeNull();
    expect(said()).toEqual([]);
  });
});

/** Accept the offer after a ticket and wait until the base has set off. */
async function guideTo(serviceId: string, locale: Locale = 'vi'): Promise<void> {
  await kiosk.send(...walkToTicket(serviceId, locale), { type: 'ui.guide', accept: true });
  await waitUntil(() => kiosk.devices.robotBase.robot.commands.some((command) => command.type === 'goTo'), 'the trip to start');
}

function alertIds(): string[] {
  return kiosk.runtime.alerts.list().map((alert) => alert.id);
}

describe('robot body: battery', () => {
  it('low on charge, it waits for the citizen to finish (an offer made stands), then says so and docks; charged, it goes back', async () => {
    await startRobotKiosk({ dockBelowPercent: 20, resumeAbovePercent: 80 });
    const robot = kiosk.devices.robotBase.robot;
    const before = movements().length;
    await kiosk.send(...walkToTicket('residence'));
    robot.setBattery(15);
    await waitUntil(() => robotView().battery === 15, 'the battery event');
    expect(robotView()).toMatchObject({ activity: 'atPost', guideOffer: { counter: 3 } });
    expect(movements().slice(before)).toEqual([]);
    await kiosk.send({ type: 'ui.finish' });
    await waitForActivity('charging');
    expect(robotView().problem).toBe('lowBattery');
    expect(said().at(-1)).toEqual({ text: 'Tôi sắp hết pin, xin phép đi sạc một lát rồi quay lại.', locale: 'vi' });
    expect(robot.position).toBe('dock');

    robot.setBattery(60);
    await kiosk.advance(100);
    expect(robotView().activity).toBe('charging');
    robot.setBattery(85);
    await waitForActivity('atPost');
    expect(robotView().problem).toBeNull();
    expect(movements().slice(before)).toEqual([{ type: 'dock' }, { type: 'home' }]);
  });

  it('a ticket taken while the charge is low gets no offer, and the robot docks only once the session is over', async () => {
    await startRobotKiosk({ dockBelowPercent: 20 });
    const robot = kiosk.devices.robotBase.robot;
    await kiosk.send({ type: 'ui.touch' });
    robot.setBattery(10);
    await kiosk.send({ type: 'ui.language', locale: 'vi' }, { type: 'ui.menu', item: 'ticket' }, { type: 'ui.service', serviceId: 'land' }, { type: 'ui.skipId' }, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('ticket');
    expect(robotView()).toMatchObject({ activity: 'atPost', guideOffer: null });
    expect(said()).toEqual([]);
    await kiosk.send({ type: 'ui.finish' });
    await waitForActivity('charging');
  });

  it('reads the battery every so often, so a base that reports no change is docked too', async () => {
    await startRobotKiosk({ batteryPollMs: 10_000 });
    kiosk.devices.robotBase.robot.battery = 12;
    await kiosk.advance(9_000);
    expect(robotView()).toMatchObject({ activity: 'atPost', battery: 100 });
    await kiosk.advance(1_000);
    await waitForActivity('charging');
    expect(robotView().battery).toBe(12);
  });
});

describe('robot body: trouble on the way', () => {
  it('an obstacle: it asks to pass, shows it waits, and goes on once the way is clear', async () => {
    await startRobotKiosk();
    const robot = kiosk.devices.robotBase.robot;
    robot.travelMs = 300;
    await guideTo('residence');
    robot.injectObstacle();
    await waitUntil(() => robotView().problem === 'obstacle', 'the obstacle to show');
    expect(robotView()).toMatchObject({ activity: 'stopped', counter: 3 });
    expect(said().at(-1)).toEqual({ text: 'Xin nhường đường cho tôi đi qua. Cảm ơn ông/bà!', locale: 'vi' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(robot.position).toBeNull();
    robot.clearObstacle();
    await waitUntil(() => robotView().activity === 'guiding', 'the trip to go on');
    await waitForActivity('arrived');
    expect(robot.position).toBe(3);
  });

  it('a fault: it stops, says where the counter is, alerts staff; the kiosk goes on issuing tickets; repaired, it goes back', async () => {
    await startRobotKiosk();
    const robot = kiosk.devices.robotBase.robot;
    robot.travelMs = 300;
    await guideTo('residence', 'en');
    const before = movements().length;
    robot.fault('motorFault');
    await waitForActivity('stopped');
    expect(robotView()).toMatchObject({ problem: 'fault', counter: 3 });
    await waitUntil(() => movements().length > before, 'the base told to stop');
    expect(movements().slice(before)).toEqual([{ type: 'stop' }]);
    expect(said().at(-1)).toEqual({
      text: 'Sorry, something is wrong and I have to stop here. Counter 3 is ahead, the way I was going; its number is above it. I have told the staff.',
      locale: 'en',
    });
    expect(kiosk.runtime.alerts.list().find((alert) => alert.id === 'robot:stopped')?.message).toBe(
      'Robot dừng giữa đường dẫn người dân đến quầy 3 (lỗi động cơ): cần nhân viên kiểm tra, robot sẽ tự quay về vị trí khi thân robot hoạt động lại.',
    );

    // The kiosk part keeps working, without offering a robot that cannot move.
    await kiosk.send(...walkToTicket('land'));
    expect(view().ticket?.number).toBe('C001');
    expect(robotView().guideOffer).toBeNull();
    await kiosk.send({ type: 'ui.finish' });

    // Still broken at the next try: it stays where it is, without saying it all again.
    const lines = said().length;
    await kiosk.advance(RETRY_MS);
    await waitUntil(() => robot.commands.at(-1)?.type === 'home', 'the retry');
    await waitForActivity('stopped');
    expect(said()).toHaveLength(lines);

    robot.repair();
    await kiosk.advance(RETRY_MS);
    await waitForActivity('atPost');
    expect(robot.position).toBe('post');
    expect(robotView().problem).toBeNull();
    expect(alertIds()).not.toContain('robot:stopped');
  });

  it('a fault on the way back, nobody with it: said in the kiosk’s language, without a counter', async () => {
    await startRobotKiosk();
    const robot = kiosk.devices.robotBase.robot;
    await guideTo('residence', 'en');
    await waitForActivity('arrived');
    robot.travelMs = 300;
    await kiosk.advance(ARRIVED_MS);
    await waitUntil(() => robotView().activity === 'returning' && robot.position === null, 'the way back');
    robot.fault('motorFault');
    await waitForActivity('stopped');
    expect(robotView()).toMatchObject({ problem: 'fault', counter: null });
    expect(said().at(-1)).toEqual({ text: 'Xin lỗi, tôi gặp sự cố nên phải dừng lại ở đây. Tôi đã báo nhân viên.', locale: 'vi' });
    expect(kiosk.runtime.alerts.list().find((alert) => alert.id === 'robot:stopped')?.message).toMatch(/^Robot dừng giữa đường \(lỗi động cơ\)/);
  });

  it('a citizen’s stop ends the trip at once, and the robot goes back after a while', async () => {
    await startRobotKiosk();
    const robot = kiosk.devices.robotBase.robot;
    robot.travelMs = 300;
    const before = movements().length;
    await guideTo('residence');
    await kiosk.send({ type: 'ui.robotStop' });
    expect(robotView()).toMatchObject({ activity: 'stopped', problem: null });
    await waitUntil(() => robot.commands.at(-1)?.type === 'stop', 'the base told to stop');
    expect(said().at(-1)?.text).toBe('Vâng, tôi dừng lại.');
    await kiosk.advance(RESUME_AFTER_STOP_MS);
    await waitForActivity('atPost');
    expect(movements().slice(before)).toEqual([{ type: 'goTo', counter: 3 }, { type: 'stop' }, { type: 'home' }]);
  });
});

describe('robot body: the dispenser', () => {
  it('hands out water at its post, and when the sweets are out says sorry, offers them no more and tells staff', async () => {
    await startRobotKiosk();
    const robot = kiosk.devices.robotBase.robot;
    robot.stock.sweets = 0;
    expect(robotView().dispensable).toEqual(['water', 'sweets']);
    await kiosk.send({ type: 'ui.dispense', item: 'water' });
    expect(robotView()).toMatchObject({ activity: 'dispensing', dispensable: [] });
    await waitForActivity('atPost');
    expect(robot.stock.water).toBe(19);
    expect(said()).toEqual([{ text: 'Mời ông/bà dùng nước.', locale: 'vi' }]);

    await kiosk.send({ type: 'ui.dispense', item: 'sweets' });
    await waitUntil(() => robotView().problem === 'empty', 'the refusal');
    expect(robotView()).toMatchObject({ activity: 'atPost', dispensable: ['water'] });
    expect(said().at(-1)).toEqual({ text: 'Xin lỗi, tôi hết kẹo rồi. Tôi đã báo nhân viên.', locale: 'vi' });
    expect(kiosk.runtime.alerts.list().find((alert) => alert.id === 'robot:empty:sweets')).toMatchObject({ severity: 'warning' });
    const asked = robot.commands.length;
    await kiosk.send({ type: 'ui.dispense', item: 'sweets' });
    expect(robot.commands.slice(asked).filter((command) => command.type === 'dispense')).toEqual([]);

    // Refilled, and a sweet handed out by the base (staff trying it): offered again, the alert gone.
    robot.stock.sweets = 5;
    await kiosk.devices.robotBase.dispense('sweets');
    await waitUntil(() => robotView().dispensable.includes('sweets'), 'sweets offered again');
    expect(alertIds()).not.toContain('robot:empty:sweets');
  });

  it('offers only what its dispenser holds, and keeps the guide offer while handing it out', async () => {
    await startRobotKiosk({ dispenser: ['water'] });
    expect(robotView().dispensable).toEqual(['water']);
    await kiosk.send(...walkToTicket('residence'));
    await kiosk.send({ type: 'ui.dispense', item: 'water' });
    await waitUntil(() => robotView().guideOffer !== null, 'the offer back');
    expect(robotView()).toMatchObject({ activity: 'atPost', guideOffer: { counter: 3 } });
    expect(said().map(({ text }) => text)).toEqual(['Tôi dẫn ông/bà đến quầy 3 nhé?', 'Mời ông/bà dùng nước.']);
  });
});

describe('robot body: configuration', () => {
  it('takes new settings at once: a dispenser emptied of sweets by staff offers water only', async () => {
    await startRobotKiosk();
    const config = kiosk.runtime.configuration;
    kiosk.runtime.applyConfig({ ...config, robot: { ...config.robot, dispenser: ['water'] } });
    await kiosk.advance(0);
    expect(robotView().dispensable).toEqual(['water']);
  });
});

describe('robot body: its eyes', () => {
  it('look where the presence sensor saw someone, and ahead when they leave or the side is unknown', async () => {
    await startRobotKiosk();
    const presence = kiosk.devices.presence;
    expect(robotView().gaze).toBe('centre');
    presence.simulateApproach('left');
    await kiosk.advance(0);
    expect(robotView().gaze).toBe('left');
    presence.simulateApproach('right');
    await kiosk.advance(0);
    expect(robotView().gaze).toBe('right');
    presence.simulateLeave();
    await kiosk.advance(0);
    expect(robotView().gaze).toBe('centre');
    presence.simulateApproach('right');
    presence.simulateApproach(null);
    await kiosk.advance(0);
    expect(robotView().gaze).toBe('centre');
  });
});

describe('a kiosk without a robot body', () => {
  it('has none in its view, whatever devices it was built with', async () => {
    kiosk = await startHarness();
    expect(view().robot).toBeNull();
    await kiosk.send(...walkToTicket('residence'), { type: 'ui.guide', accept: true });
    expect(kiosk.screen()).toBe('ticket');
  });
});
