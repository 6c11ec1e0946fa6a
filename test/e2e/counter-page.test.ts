/**
 * The counter page in Chromium against a real host: a clerk signs in at counter 1 and serves a
 * ticket a kiosk issued. Pictures of each desk state land in test-artifacts/e2e/counter-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { startHttpHost } from '../../runtime/host/http-host.js';
import { type BrowserKiosk, RENDERER_DIR, keepPicture, kioskBrowserSession } from './kiosk-browser.js';

const PIN = '246810';
const DESK = { width: 1366, height: 768 };

const session = kioskBrowserSession();
let kiosk: BrowserKiosk;
let page: Page;
let problems: string[];

async function openCounterPage(): Promise<void> {
  const config = { ...DEFAULT_CONFIG, counters: [{ number: 1, pinHash: await hashPin(PIN) }] };
  ({ kiosk, page, problems } = await session.open(DESK, { config }, '/counter'));
  await page.locator('[data-screen="counter-sign-in"]').waitFor();
}

async function typeOnKeypad(digits: string): Promise<void> {
  for (const digit of digits) await page.getByTestId(`key-${digit}`).click();
}

async function signIn(counter: string, pin: string): Promise<void> {
  await page.getByTestId('counter-field').fill(counter);
  await page.getByTestId('pin-field').click();
  await typeOnKeypad(pin);
  await page.getByTestId('sign-in').click();
}

function issue(priority: 'elderly' | null = null) {
  const result = kiosk.runtime.servicePoint.issue({ serviceId: 'civil-status', procedureId: null, priority, kioskId: 'kiosk-1' });
  if (!result.ok) throw new Error(`not issued: ${result.reason}`);
  return result.ticket;
}

const text = (testId: string) => page.getByTestId(testId).innerText();

describe('the counter page', () => {
  it('signs in at counter 1 and serves a ticket the kiosk issued: call, recall, start, finish', async () => {
    await openCounterPage();
    await keepPicture(page, 'counter-01-sign-in');

    await signIn('1', '1357');
    await expect.poll(() => text('sign-in-error')).toMatch(/^Sai mã PIN\. Còn 4 lần thử/);
    await keepPicture(page, 'counter-02-wrong-pin');

    await typeOnKeypad(PIN);
    await page.getByTestId('sign-in').click();
    await page.locator('[data-screen="counter-desk"]').waitFor();
    expect(await text('header-title')).toBe('Quầy 1');
    expect(await page.getByTestId('call-next').isEnabled()).toBe(true);
    expect(await page.getByTestId('finish').isDisabled()).toBe(true);
    await keepPicture(page, 'counter-03-idle-desk');

    const ticket = issue('elderly');
    // The desk hears of the new ticket without asking.
    await expect.poll(() => text('group-civil-status')).toContain('1 người chờ');

    await page.getByTestId('call-next').click();
    await expect.poll(() => text('current-number')).toBe(ticket.number);
    expect(await text('current-state')).toBe('Đã gọi, đang chờ đến quầy');
    expect(await text('current-priority')).toBe('ƯU TIÊN Người cao tuổi');
    expect(await page.getByTestId('call-next').isDisabled()).toBe(true);
    expect(kiosk.runtime.servicePoint.counterState(1).current).toMatchObject({ id: ticket.id, state: 'called' });

    await page.getByTestId('recall').click();
    await expect.poll(() => text('current-recalls')).toBe('Đã gọi lại 1 lần');

    await page.getByTestId('start').click();
    await expect.poll(() => text('current-state')).toBe('Đang phục vụ');
    expect(await page.getByTestId('recall').isDisabled()).toBe(true);
    await keepPicture(page, 'counter-04-serving');

    await page.getByTestId('finish').click();
    await page.getByTestId('no-current').waitFor();
    expect(kiosk.runtime.servicePoint.counterState(1)).toMatchObject({ current: null, servedToday: 1 });
    expect(problems).toEqual([]);
  });

  it('shows a refusal as a banner, pauses with a reason, and resumes after a reload from the tab\'s token', async () => {
    await openCounterPage();
    await signIn('1', PIN);
    await page.locator('[data-screen="counter-desk"]').waitFor();

    await page.getByTestId('call-next').click();
    await expect.poll(() => text('banner')).toContain('Không có ai đang chờ.');
    await keepPicture(page, 'counter-05-refusal');
    await page.getByTestId('banner-close').click();
    expect(await page.getByTestId('banner').count()).toBe(0);

    await page.getByTestId('pause').click();
    await page.getByTestId('pause-reason-1').click();
    await page.getByTestId('dialog-confirm').click();
    await expect.poll(() => text('paused')).toContain('Nghỉ trưa');
    expect(kiosk.runtime.servicePoint.counterState(1).paused).toMatchObject({ reason: 'Nghỉ trưa' });
    await keepPicture(page, 'counter-06-paused');

    // A reload keeps the session (sessionStorage), and the page still shows the pause.
    await page.reload();
    await expect.poll(() => text('paused')).toContain('Nghỉ trưa');
    await page.getByTestId('resume').click();
    await page.getByTestId('call-next').waitFor();
    expect(kiosk.runtime.servicePoint.counterState(1).paused).toBeNull();

    await page.getByTestId('language').click();
    await expect.poll(() => text('call-next')).toBe('Call next');
    expect(problems).toEqual([]);
  });

  it('says when the host is gone, and reconnects by itself when it is back', async () => {
    await openCounterPage();
    await signIn('1', PIN);
    await page.locator('[data-screen="counter-desk"]').waitFor();
    const { port } = new URL(kiosk.host.url);
    await kiosk.host.close();
    await expect.poll(() => text('connection-banner')).toContain('Mất kết nối với máy chủ');
    expect(await page.getByTestId('call-next').isDisabled()).toBe(true);
    await keepPicture(page, 'counter-07-connection-lost');

    kiosk.host = await startHttpHost({ runtime: kiosk.runtime, rendererDir: RENDERER_DIR, address: '127.0.0.1', port: Number(port), logger: kiosk.logger });
    // Sessions lived in the host that stopped: the page is back on its own and asks for the PIN again.
    await page.locator('[data-screen="counter-sign-in"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('connection-banner').count()).toBe(0);
    await signIn('1', PIN);
    await page.getByTestId('call-next').waitFor();
    expect(await page.getByTestId('call-next').isEnabled()).toBe(true);
  });
});
