/**
 * The display board in Chromium at 1920x1080, fed by the runtime's service point: tickets issued and
 * called through it appear in "now serving" and the last calls, each call is announced on screen,
 * waiting counts follow, a paused counter and a closed day show, and a lost host shows the banner
 * until the board reconnects by itself.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PriorityGroupId } from '../../domain/queue/priority.js';
import { startHttpHost } from '../../runtime/host/http-host.js';
import type { CounterAction } from '../../runtime/queue/service-point-api.js';
import { type BrowserKiosk, RENDERER_DIR, keepPicture, launchChromium, startBrowserKiosk } from './kiosk-browser.js';

let browser: Browser;
let kiosk: BrowserKiosk;

beforeAll(async () => {
  // As staff start the board PC: sound allowed without a tap (README, "Display board").
  browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await kiosk.close();
});

async function openBoard(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(new URL(`board${query}`, kiosk.host.url).href);
  await page.getByTestId('now-serving').waitFor({ timeout: 10_000 });
  return page;
}

function issue(serviceId: string, priority: PriorityGroupId | null = null): string {
  const result = kiosk.runtime.servicePoint.issue({ serviceId, procedureId: null, priority, kioskId: 'kiosk-1' });
  if (!result.ok) throw new Error(`issue refused: ${result.reason}`);
  return result.ticket.number;
}

function act(counter: number, action: CounterAction): void {
  const result = kiosk.runtime.servicePoint.act(counter, action, `counter ${counter}`);
  if (!result.ok) throw new Error(`${action.type} at counter ${counter} refused: ${result.reason}`);
}

/** The ticket the counter holds now. */
function heldAt(counter: number): number {
  const held = kiosk.runtime.servicePoint.counterState(counter).current;
  if (held === null) throw new Error(`counter ${counter} holds nothing`);
  return held.id;
}

const shot = keepPicture;

describe('display board page', () => {
  it('shows calls in now serving and the last calls, announces each, and follows waiting counts', async () => {
    kiosk = await startBrowserKiosk();
    const page = await openBoard();
    const civil = page.getByTestId('waiting-civil-status');
    await expect.poll(() => civil.textContent()).toContain('0 người');

    issue('civil-status');
    issue('civil-status');
    issue('civil-status', 'elderly');
    issue('residence');
    issue('social');
    await expect.poll(() => civil.textContent()).toContain('3 người');

    // The elderly citizen's ticket goes first (strict priority).
    act(1, { type: 'callNext' });
    const announcing = page.getByTestId('announcing');
    await expect.poll(() => announcing.textContent()).toContain('Mời số A003 đến quầy số 1');
    const counterOne = page.getByTestId('counter-1');
    await expect.poll(() => counterOne.textContent()).toContain('A003');
    expect(await counterOne.textContent()).toContain('ƯU TIÊN');
    await expect.poll(() => counterOne.getAttribute('class')).toContain('is-fresh');
    expect(await page.getByTestId('last-calls').textContent()).toContain('A003');
    await expect.poll(() => civil.textContent()).toContain('2 người');
    await shot(page, 'board-announcing');

    act(2, { type: 'callNext' });
    act(3, { type: 'callNext' });
    act(5, { type: 'callNext' });
    act(4, { type: 'pause', reason: 'Họp giao ban, quay lại lúc 10:30' });
    act(1, { type: 'recall', ticketId: heldAt(1) });
    act(3, { type: 'start', ticketId: heldAt(3) });

    // Queued, never overlapping: each call is announced in turn, the recall last, prefixed.
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          if (await announcing.isVisible()) seen.add((await announcing.textContent()) ?? '');
          return [...seen].join(' | ');
        },
        { timeout: 30_000, interval: 200 },
      )
      .toContain('Nhắc lại: Mời số A003 đến quầy số 1');
    expect([...seen].some((text) => text.includes('Mời số A001 đến quầy số 2'))).toBe(true);
    expect([...seen].some((text) => text.includes('Mời số B001 đến quầy số 3'))).toBe(true);
    expect([...seen].some((text) => text.includes('Mời số D001 đến quầy số 5'))).toBe(true);

    await expect.poll(() => page.getByTestId('counter-4').textContent()).toContain('Tạm dừng');
    expect(await page.getByTestId('counter-4').textContent()).toContain('Họp giao ban');
    expect(await page.getByTestId('now-serving').textContent()).toMatch(/A001.*B001.*Tạm dừng.*D001/);
    const lastCalls = await page.getByTestId('last-calls').textContent();
    expect(lastCalls).toMatch(/A003.*nhắc lại.*D001.*B001.*A001.*A003/);
    expect(await page.getByTestId('enable-sound').count()).toBe(0);

    await announcing.waitFor({ state: 'hidden', timeout: 20_000 });
    await shot(page, 'board-busy');
    await page.close();
  });

  it('speaks English with ?lang=en and shows the closed day', async () => {
    kiosk = await startBrowserKiosk();
    issue('civil-status');
    act(1, { type: 'callNext' });
    const page = await openBoard('?lang=en');
    // Connected after the call: the board shows it but does not announce a call it was not sent.
    await expect.poll(() => page.getByTestId('counter-1').textContent()).toContain('A001');
    expect(await page.getByTestId('announcing').count()).toBe(0);

    issue('civil-status');
    act(2, { type: 'callNext' });
    await expect.poll(() => page.getByTestId('announcing').textContent()).toContain('Ticket A002, please go to counter 2');

    act(1, { type: 'closeDay' });
    const closed = page.getByTestId('day-closed');
    await closed.waitFor({ timeout: 10_000 });
    expect(await closed.textContent()).toBeTruthy();
    expect(await page.getByTestId('waiting').count()).toBe(0);
    await page.getByTestId('announcing').waitFor({ state: 'hidden', timeout: 20_000 });
    await shot(page, 'board-closed-day-en');

    const vietnamese = await openBoard();
    await vietnamese.getByTestId('day-closed').waitFor({ timeout: 10_000 });
    await shot(vietnamese, 'board-closed-day');
    await vietnamese.close();
    await page.close();
  });

  it('shows "mất kết nối" while the host is gone and catches up when it is back', async () => {
    kiosk = await startBrowserKiosk();
    const page = await openBoard();
    const port = new URL(kiosk.host.url).port;
    await kiosk.host.close();
    const banner = page.getByTestId('disconnected');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('Mất kết nối');
    expect(await page.locator('.board__body--stale').count()).toBe(1);
    await shot(page, 'board-disconnected');

    issue('residence');
    act(3, { type: 'callNext' });
    kiosk.host = await startHttpHost({ runtime: kiosk.runtime, rendererDir: RENDERER_DIR, address: '127.0.0.1', port: Number(port), logger: kiosk.logger });
    await banner.waitFor({ state: 'hidden', timeout: 15_000 });
    await expect.poll(() => page.getByTestId('counter-3').textContent()).toContain('B001');
    await page.close();
  });

  it('offers "Bật âm thanh" where the browser blocks sound until a tap, and hides it once allowed', async () => {
    kiosk = await startBrowserKiosk();
    const plain = await launchChromium();
    try {
      const page = await plain.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(new URL('board', kiosk.host.url).href);
      const button = page.getByTestId('enable-sound');
      await button.waitFor({ timeout: 10_000 });
      expect(await button.textContent()).toBe('Bật âm thanh');
      await button.click();
      await button.waitFor({ state: 'hidden', timeout: 5_000 });
    } finally {
      await plain.close();
    }
  });
});
