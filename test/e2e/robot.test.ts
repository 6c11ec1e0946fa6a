/**
 * The robot body's screens in Chromium, against the mock robot base: the face on the welcome and
 * the greeting (its eyes on the presence sensor's side), the guide offer beside a ticket, the status
 * screen while it guides and after a fault, its speech bubble mirroring the kiosk's voice. The robot
 * screens also go through axe (one language, plain: the full walk is in accessibility.test.ts).
 * Pictures: test-artifacts/e2e/robot-*.png.
 */
import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../bridge/contract.js';
import { configSchema } from '../../domain/config/schema.js';
import { axeViolations, seriousOrCritical, smallTargets } from './axe.js';
import { type BrowserKiosk, expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';

const session = kioskBrowserSession();
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
// Counters 1 and 2 serve civil status: the robot guides to the first.
const config = configSchema.parse({ devices: { robotBase: { kind: 'mock' } }, robot: { arrivedMs: 1_000 } });

const face = (page: Page) => page.getByTestId('robot-face');
const robotScreen = (page: Page, screen: 'attract' | 'status') => page.locator(`[data-robot-screen="${screen}"]`).waitFor();

async function takeTicket(page: Page): Promise<void> {
  await tap(page, 'touch-start', 'lang-vi', 'menu-ticket', 'service-civil-status', 'skip-id', 'confirm');
  await expectScreen(page, 'ticket');
}

/** axe and the target sizes on the screen as it is: nothing serious, nothing too small to tap. */
async function expectAccessible(page: Page): Promise<void> {
  expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
}

/** Each line takes a moment to say, as with a real voice (the mock's are said at once): the bubble shows it meanwhile. */
function speakForAWhile(kiosk: BrowserKiosk): void {
  const { speaker } = kiosk.devices;
  const speakAtOnce = speaker.speak.bind(speaker);
  speaker.speak = async (text: string, locale: Locale) => {
    await wait(1_500);
    await speakAtOnce(text, locale);
  };
}

async function robotKiosk(viewport = PORTRAIT): Promise<{ kiosk: BrowserKiosk; page: Page; problems: string[] }> {
  const opened = await session.open(viewport, { config });
  speakForAWhile(opened.kiosk);
  await robotScreen(opened.page, 'attract');
  return opened;
}

describe('the robot body on screen', () => {
  it('welcomes with its face, looks at whoever walks up, offers the way after a ticket, guides and comes back', async () => {
    const { kiosk, page, problems } = await robotKiosk();
    await expect.poll(() => face(page).getAttribute('data-gaze')).toBe('centre');
    await expect(page.getByTestId('dispense-water').isVisible()).resolves.toBe(true);
    await keepPicture(page, 'robot-01-attract');
    await expectAccessible(page);

    // Someone walks up on the left: the session opens with the face looking their way, saying hello.
    kiosk.devices.presence.simulateApproach('left');
    await expectScreen(page, 'greeting');
    await expect.poll(() => face(page).getAttribute('data-gaze')).toBe('left');
    await keepPicture(page, 'robot-02-greeting-eyes-left');
    kiosk.devices.presence.simulateApproach('right');
    await expect.poll(() => face(page).getAttribute('data-gaze')).toBe('right');
    await keepPicture(page, 'robot-03-greeting-eyes-right');
    await tap(page, 'cancel');
    await robotScreen(page, 'attract');

    await takeTicket(page);
    const offer = page.getByTestId('guide-offer');
    await expect.poll(() => offer.innerText()).toContain('Tôi dẫn ông/bà đến quầy 1 nhé?');
    await keepPicture(page, 'robot-04-ticket-guide-offer');
    await expectAccessible(page);

    // Yes: the citizen walks off with the robot; the screen says where it goes and mirrors what it says.
    kiosk.devices.robotBase.robot.travelMs = 2_500;
    await tap(page, 'guide-yes');
    await robotScreen(page, 'status');
    await expect.poll(() => page.getByTestId('robot-status').innerText()).toMatch(/đang dẫn đường đến quầy 1/i);
    await expect.poll(() => page.getByTestId('speech-bubble').innerText()).toContain('Mời ông/bà đi theo tôi đến quầy 1');
    expect(await page.getByTestId('speech-bubble').locator('[lang="vi"]').count()).toBe(1);
    await expect(page.getByTestId('robot-stop').isVisible()).resolves.toBe(true);
    await keepPicture(page, 'robot-05-guiding');
    await expectAccessible(page);
    expect(kiosk.devices.robotBase.robot.commands).toContainEqual({ type: 'goTo', counter: 1 });

    // There, then back at its post: the face again.
    await expect.poll(() => page.getByTestId('robot-status').innerText(), { timeout: 10_000 }).toMatch(/đây là quầy 1/i);
    await robotScreen(page, 'attract');
    await page.locator('[data-robot-screen="attract"]').waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
  });

  it('a fault stops it mid-way: the screen says so with the way by the signs, and a touch still starts a session', async () => {
    const { kiosk, page, problems } = await robotKiosk();
    await takeTicket(page);
    kiosk.devices.robotBase.robot.travelMs = 20_000;
    await tap(page, 'guide-yes');
    await robotScreen(page, 'status');
    kiosk.devices.robotBase.robot.fault('motorFault');
    await page.locator('[data-activity="stopped"]').waitFor();
    await expect.poll(() => page.getByTestId('robot-status').innerText()).toContain('Robot tạm dừng — mời đến quầy 1 theo biển chỉ dẫn');
    // Nothing moves: no Stop to press.
    expect(await page.getByTestId('robot-stop').count()).toBe(0);
    await keepPicture(page, 'robot-06-stopped');
    await expectAccessible(page);

    await tap(page, 'touch-start');
    await expectScreen(page, 'greeting');
    expect(problems).toEqual([]);
  });

  it('in landscape: the face beside the invitation, the offer beside the ticket; No, then water', async () => {
    const { kiosk, page, problems } = await robotKiosk(LANDSCAPE);
    await keepPicture(page, 'robot-07-attract-landscape');
    await takeTicket(page);
    await page.getByTestId('guide-offer').waitFor();
    await keepPicture(page, 'robot-08-ticket-guide-offer-landscape');
    // The answers are on screen, not below the fold.
    const yes = await page.getByTestId('guide-yes').boundingBox();
    expect(yes !== null && yes.y + yes.height <= LANDSCAPE.height).toBe(true);
    // One question at a time: water and sweets once the way is declined.
    expect(await page.getByTestId('dispense-water').count()).toBe(0);
    await tap(page, 'guide-no');
    await page.getByTestId('guide-offer').waitFor({ state: 'detached' });
    await page.getByTestId('dispense-water').waitFor();
    await keepPicture(page, 'robot-09-ticket-water-landscape');
    await tap(page, 'dispense-water');
    await expect.poll(() => kiosk.devices.robotBase.robot.commands).toContainEqual({ type: 'dispense', item: 'water' });
    expect(problems).toEqual([]);
  });
});
