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
      'Ông/bà có muốn tôi dẫn đường đến quầy 1 không?',
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
