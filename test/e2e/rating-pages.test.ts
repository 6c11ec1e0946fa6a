/**
 * The rating pages in Chromium against a real host: the tablet facing the citizen at counter 1
 * (rate-counter.html?counter=1) and the citizen's phone (rate#<token>). Tickets are issued and
 * served through the real queue; what the pages send is checked in the rating store. Pictures of
 * every screen land in test-artifacts/e2e/rating-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startHttpHost } from '../../runtime/host/http-host.js';
import type { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { type BrowserKiosk, RENDERER_DIR, keepPicture, kioskBrowserSession } from './kiosk-browser.js';

const TABLET = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const TABLET_PAGE = '/rate-counter.html?counter=1';

const session = kioskBrowserSession();

/** A ticket issued at the kiosk and served at counter 1 from call to finish, as a clerk would. */
function serveTicket(runtime: KioskRuntime) {
  const issued = runtime.servicePoint.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'kiosk-1' });
  if (!issued.ok) throw new Error(`not issued: ${issued.reason}`);
  const { id } = issued.ticket;
  for (const action of [{ type: 'callNext' }, { type: 'start', ticketId: id }, { type: 'finish', ticketId: id }] as const) {
    const result = runtime.servicePoint.act(1, action, 'clerk-1');
    if (!result.ok) throw new Error(`${action.type} refused: ${result.reason}`);
  }
  return issued.ticket;
}

function ratingCount(kiosk: BrowserKiosk): number {
  return (kiosk.runtime.store.connection.prepare('SELECT count(*) AS n FROM rating').get() as { n: number }).n;
}

/** Type on the on-screen keyboard, key by key, as the citizen would. */
async function typeOnScreen(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.getByTestId(key === ' ' ? 'key-space' : `key-${key}`).click();
}

const screen = (page: Page, name: string) => page.locator(`[data-screen="${name}"]`).waitFor();
const step = (page: Page, name: string) => page.locator(`[data-step="${name}"]`).waitFor();
const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

/** A browser without speech recognition: the page must show no microphone. */
const WITHOUT_SPEECH = () => {
  const scope = window as unknown as Record<string, unknown>;
  delete scope.SpeechRecognition;
  delete scope.webkitSpeechRecognition;
};

/** A recognizer that "hears" a fixed sentence, standing in for the browser's (which needs a microphone). */
const HEARS_A_SENTENCE = () => {
  class FakeRecognition {
    lang = '';
    onresult: ((event: unknown) => void) | null = null;
    onend: (() => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    start() {
      (window as unknown as { heardIn?: string }).heardIn = this.lang;
      setTimeout(() => {
        const result = Object.assign([{ transcript: 'ghế chờ quá ít' }], { isFinal: true });
        this.onresult?.({ resultIndex: 0, results: [result] });
        this.onend?.();
      }, 50);
    }
    abort() {}
  }
  const scope = window as unknown as Record<string, unknown>;
  scope.SpeechRecognition = FakeRecognition;
  scope.webkitSpeechRecognition = FakeRecognition;
};

describe('the counter tablet', () => {
  it('switches to the poll when its counter finishes a ticket; a low score asks reasons and a Telex comment, all kept as a counterTablet rating', async () => {
    const { kiosk, page, problems } = await session.open(TABLET, {}, TABLET_PAGE);
    await page.addInitScript(WITHOUT_SPEECH);
    await page.reload();
    await screen(page, 'rating-idle');
    expect(await text(page, 'idle-counter')).toBe('Quầy 1');
    await expect.poll(() => text(page, 'idle-place')).toBe('Bộ phận Một cửa phường');
    await keepPicture(page, 'rating-tablet-01-idle');

    const ticket = serveTicket(kiosk.runtime);
    await screen(page, 'rating-poll');
    expect(await text(page, 'ticket-number')).toBe(`Số ${ticket.number}`);
    expect(await text(page, 'ticket-service')).toBe('Hộ tịch, chứng thực');
    await keepPicture(page, 'rating-tablet-02-overall');

    // The overall score is kept the moment the face is tapped, before anything else is answered.
    await page.getByTestId('overall-2').click();
    await step(page, 'criteria');
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ overall: 2, channel: 'counterTablet', reasons: [], comment: null });
    await page.getByTestId('criterion-officer-2').click();
    await page.getByTestId('criterion-time-1').click();
    await page.getByTestId('criterion-time-1').click();
    await keepPicture(page, 'rating-tablet-03-criteria');
    await page.getByTestId('next').click();

    await step(page, 'reasons');
    await page.getByTestId('reason-longWait').click();
    await page.getByTestId('reason-unclearGuidance').click();
    await keepPicture(page, 'rating-tablet-04-reasons');
    await page.getByTestId('next').click();

    await step(page, 'comment');
    expect(await page.getByTestId('speak').count()).toBe(0);
    await typeOnScreen(page, 'chowf laau quas');
    expect(await text(page, 'comment')).toBe('chờ lâu quá');
    await keepPicture(page, 'rating-tablet-05-comment');
    await page.getByTestId('next').click();

    await screen(page, 'rating-thanks');
    await keepPicture(page, 'rating-tablet-06-thanks');
    expect(ratingCount(kiosk)).toBe(1);
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({
      ticketId: ticket.id,
      counter: 1,
      channel: 'counterTablet',
      overall: 2,
      criteria: { officer: 2 },
      reasons: ['longWait', 'unclearGuidance'],
      comment: 'chờ lâu quá',
    });
    // After the thanks the tablet waits for the next citizen.
    await page.locator('[data-screen="rating-idle"]').waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
  });

  it('30 s without a touch: the score and the criteria chosen so far are kept and the tablet is idle again, back in Vietnamese', async () => {
    const { kiosk, page, problems } = await session.open(TABLET, {}, TABLET_PAGE);
    await page.clock.install();
    await page.reload();
    await screen(page, 'rating-idle');

    const ticket = serveTicket(kiosk.runtime);
    await screen(page, 'rating-poll');
    await page.getByTestId('language').click();
    await expect.poll(() => text(page, 'ticket-number')).toBe(`Ticket ${ticket.number}`);
    await keepPicture(page, 'rating-tablet-07-overall-english');
    await page.getByTestId('overall-4').click();
    await step(page, 'criteria');
    expect(await text(page, 'saved')).toBe('Kept: Satisfied');
    // Chosen but not sent with "Next": the timeout sends it.
    await page.getByTestId('criterion-access-5').click();

    await page.clock.fastForward(29_000);
    expect(await page.locator('[data-step="criteria"]').count()).toBe(1);
    await page.clock.fastForward(1_500);
    await screen(page, 'rating-idle');
    expect(await text(page, 'idle-counter')).toBe('Quầy 1');
    await keepPicture(page, 'rating-tablet-08-idle-after-timeout');
    await expect.poll(() => kiosk.runtime.satisfaction.ratings.find(ticket.id)?.criteria).toEqual({ access: 5 });
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ overall: 4, channel: 'counterTablet' });
    expect(ratingCount(kiosk)).toBe(1);
    expect(problems).toEqual([]);
  });

  it('says when the host is gone; a face tapped meanwhile is not taken for kept; back by itself, the same poll goes on', async () => {
    const { kiosk, page } = await session.open(TABLET, {}, TABLET_PAGE);
    await screen(page, 'rating-idle');
    const ticket = serveTicket(kiosk.runtime);
    await screen(page, 'rating-poll');
    const { port } = new URL(kiosk.host.url);
    await kiosk.host.close();
    await expect.poll(() => text(page, 'connection-banner')).toContain('Mất kết nối với máy chủ');
    await page.getByTestId('overall-3').click();
    expect(await text(page, 'not-sent')).toContain('Chưa gửi được');
    await keepPicture(page, 'rating-tablet-09-connection-lost');
    expect(ratingCount(kiosk)).toBe(0);

    kiosk.host = await startHttpHost({ runtime: kiosk.runtime, rendererDir: RENDERER_DIR, address: '127.0.0.1', port: Number(port), logger: kiosk.logger });
    await page.getByTestId('connection-banner').waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByTestId('overall-3').click();
    await step(page, 'criteria');
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ overall: 3, channel: 'counterTablet' });

    // Watching again: the next ticket the counter finishes reaches the tablet.
    const next = serveTicket(kiosk.runtime);
    await expect.poll(() => text(page, 'ticket-number')).toBe(`Số ${next.number}`);
    await step(page, 'overall');
  });

  it('without a counter in its address, says what is missing', async () => {
    const { page } = await session.open(TABLET, {}, '/rate-counter.html');
    await screen(page, 'rating-no-counter');
    expect(await text(page, 'notice-detail')).toContain('counter=1');
    await keepPicture(page, 'rating-tablet-10-no-counter');
  });
});

describe('the phone page', () => {
  it('rates once from the link on the ticket; the same link again is thanked, not asked again', async () => {
    const { kiosk, page, problems } = await session.open(PHONE, {}, '/rate');
    await screen(page, 'rating-refused');
    expect(await text(page, 'notice-detail')).toContain('quét lại mã QR');
    await keepPicture(page, 'rating-phone-01-no-link');

    const ticket = serveTicket(kiosk.runtime);
    const token = kiosk.runtime.satisfaction.tokenFor(ticket);
    await page.goto(new URL(`/rate#${token}`, kiosk.host.url).href);
    await screen(page, 'rating-poll');
    expect(await text(page, 'ticket-number')).toBe(`Số ${ticket.number}`);
    await keepPicture(page, 'rating-phone-02-overall');

    await page.getByTestId('overall-5').click();
    await step(page, 'criteria');
    await page.getByTestId('criterion-result-5').click();
    await keepPicture(page, 'rating-phone-03-criteria');
    await page.getByTestId('next').click();
    await screen(page, 'rating-thanks');
    await keepPicture(page, 'rating-phone-04-thanks');
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ channel: 'phone', overall: 5, criteria: { result: 5 } });

    await page.reload();
    await screen(page, 'rating-refused');
    expect(await text(page, 'notice-title')).toBe('Xin cảm ơn ông/bà!');
    expect(await text(page, 'notice-detail')).toContain('đã được đánh giá');
    await keepPicture(page, 'rating-phone-05-already-rated');
    expect(ratingCount(kiosk)).toBe(1);
    expect(problems).toEqual([]);
  });

  it('30 s without a touch after the score: the score is kept and the phone says thank you', async () => {
    const { kiosk, page, problems } = await session.open(PHONE, {}, '/rate');
    await page.clock.install();
    const ticket = serveTicket(kiosk.runtime);
    await page.goto(new URL(`/rate#${kiosk.runtime.satisfaction.tokenFor(ticket)}`, kiosk.host.url).href);
    await screen(page, 'rating-poll');
    await page.getByTestId('overall-4').click();
    await step(page, 'criteria');
    await page.clock.fastForward(30_500);
    await screen(page, 'rating-thanks');
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ channel: 'phone', overall: 4, criteria: {} });
    expect(problems).toEqual([]);
  });

  it('a forged link is refused in plain words and nothing is kept', async () => {
    const { kiosk, page, problems } = await session.open(PHONE, {}, '/rate');
    const ticket = serveTicket(kiosk.runtime);
    const token = kiosk.runtime.satisfaction.tokenFor(ticket);
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    await page.goto(new URL(`/rate#${forged}`, kiosk.host.url).href);
    await screen(page, 'rating-refused');
    expect(await text(page, 'notice-title')).toBe('Không thể đánh giá');
    expect(await page.getByTestId('overall-1').count()).toBe(0);
    await keepPicture(page, 'rating-phone-06-forged');
    expect(ratingCount(kiosk)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a low score on the phone: reasons, and a comment typed and spoken (vi-VN), all kept as a phone rating', async () => {
    const { kiosk, page, problems } = await session.open(PHONE, {}, '/rate');
    await page.addInitScript(HEARS_A_SENTENCE);
    const ticket = serveTicket(kiosk.runtime);
    await page.goto(new URL(`/rate#${kiosk.runtime.satisfaction.tokenFor(ticket)}`, kiosk.host.url).href);
    await screen(page, 'rating-poll');
    await page.getByTestId('overall-1').click();
    await step(page, 'criteria');
    await page.getByTestId('next').click();
    await step(page, 'reasons');
    // The next step starts at its question, not where "Next" was at the foot of the last one.
    expect(await page.locator('.rating__main').evaluate((main) => main.scrollTop)).toBe(0);
    await page.getByTestId('reason-unfriendlyOfficer').click();
    await keepPicture(page, 'rating-phone-07-reasons');
    await page.getByTestId('next').click();

    await step(page, 'comment');
    await page.getByTestId('comment').fill('Cán bộ nói khó nghe.');
    await page.getByTestId('speak').click();
    await expect.poll(() => page.getByTestId('comment').inputValue()).toBe('Cán bộ nói khó nghe. ghế chờ quá ít');
    expect(await page.evaluate(() => (window as unknown as { heardIn?: string }).heardIn)).toBe('vi-VN');
    await keepPicture(page, 'rating-phone-08-comment');
    await page.getByTestId('next').click();
    await screen(page, 'rating-thanks');
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({
      channel: 'phone',
      overall: 1,
      criteria: {},
      reasons: ['unfriendlyOfficer'],
      comment: 'Cán bộ nói khó nghe. ghế chờ quá ít',
    });
    expect(problems).toEqual([]);
  });
});
