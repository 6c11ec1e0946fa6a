/**
 * Rating a service at the kiosk, over a real store: tickets issued at the kiosk, called, started and
 * finished through the queue, then rated by number, by their QR's token, or from the welcome
 * screen's offer. Refusals come back in the citizen's words; every answer is kept as it is given.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskUiEvent } from '../../bridge/contract.js';
import { IdReadError } from '../../devices/id-reader/id-reader.js';
import { SAMPLE_SCAN } from '../../devices/id-reader/mock-id-reader.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { ticketStatusUrl } from '../../domain/queue/ticket-status-link.js';
import { OFFER_REFRESH_MS, ratingTokenOfQr } from '../../runtime/kiosk-rating.js';
import { OFFER_WINDOW_MS } from '../../runtime/satisfaction/rating-backend.js';
import { type Harness, startHarness, today } from '../helpers/kiosk-harness.js';
import { walkToMenu, walkToTicket } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => {
  vi.useRealTimers();
  await kiosk?.close();
});

const COUNTER = 1;
const toRate: KioskUiEvent[] = [...walkToMenu(), { type: 'ui.menu', item: 'rate' }];

/** Take a ticket at the kiosk and walk away with it. */
async function takeTicket(): Promise<string> {
  await kiosk.send(...walkToTicket('civil-status'));
  const number = kiosk.runtime.currentView().ticket?.number;
  if (number === undefined) throw new Error('no ticket shown');
  await kiosk.send({ type: 'ui.finish' });
  return number;
}

/** The counter calls, starts and finishes the next ticket. */
function serveNext(counter = COUNTER): number {
  const point = kiosk.runtime.servicePoint;
  expect(point.act(counter, { type: 'callNext' }, 'test')).toMatchObject({ ok: true });
  const held = point.counterState(counter).current;
  if (held === null) throw new Error('called, but the counter holds nothing');
  expect(point.act(counter, { type: 'start', ticketId: held.id }, 'test')).toEqual({ ok: true });
  expect(point.act(counter, { type: 'finish', ticketId: held.id }, 'test')).toEqual({ ok: true });
  return held.id;
}

function ratingOf(ticketId: number) {
  return kiosk.runtime.satisfaction.ratings.find(ticketId);
}

const rating = () => kiosk.runtime.currentView().rating;

async function typeNumber(number: string): Promise<void> {
  await kiosk.send({ type: 'ui.rateNumber', text: number }, { type: 'ui.confirm' });
}

describe('rating by the ticket number typed', () => {
  it('keeps the overall score at once, then criteria, reasons and a comment as the citizen moves on', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    const ticketId = serveNext();
    await kiosk.send(...toRate);
    expect(kiosk.screen()).toBe('rate');
    await typeNumber(number);
    expect(kiosk.screen()).toBe('rateOverall');
    expect(rating()?.ticket).toEqual({ number, counter: COUNTER, service: 'Hộ tịch, chứng thực', procedure: null });

    await kiosk.send({ type: 'ui.rateOverall', score: 2 });
    expect(kiosk.screen()).toBe('rateCriteria');
    expect(ratingOf(ticketId)).toMatchObject({ overall: 2, channel: 'kiosk', counter: COUNTER, criteria: {}, comment: null });

    await kiosk.send({ type: 'ui.rateCriteria', criteria: { officer: 1, time: 2 } }, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('rateReasons');
    expect(ratingOf(ticketId)?.criteria).toEqual({ officer: 1, time: 2 });

    await kiosk.send({ type: 'ui.rateReasons', reasons: ['longWait', 'unfriendlyOfficer'] }, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('rateComment');
    await kiosk.send({ type: 'ui.rateComment', text: 'Chờ quá lâu ' }, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('rateThanks');
    expect(ratingOf(ticketId)).toMatchObject({ overall: 2, reasons: ['longWait', 'unfriendlyOfficer'], comment: 'Chờ quá lâu' });

    await kiosk.advance(DEFAULT_CONFIG.timeouts.ticketShownMs);
    expect(kiosk.screen()).toBe('attract');
  });

  it('asks no reasons after a good score, and a skipped step sends nothing', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    const ticketId = serveNext();
    await kiosk.send(...toRate);
    await typeNumber(number);
    await kiosk.send({ type: 'ui.rateOverall', score: 5 }, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('rateThanks');
    expect(ratingOf(ticketId)).toMatchObject({ overall: 5, criteria: {}, reasons: [] });
  });

  it('refuses an unknown number and one not served yet in the citizen words, and the citizen can type again', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    await kiosk.send(...toRate);
    await typeNumber('A099');
    expect(kiosk.screen()).toBe('rate');
    expect(rating()?.refusal).toEqual({ reason: 'unknownTicket', message: expect.stringContaining('Không tìm thấy số thứ tự này') });

    await typeNumber(number);
    expect(rating()?.refusal).toMatchObject({ reason: 'notServed', message: expect.stringContaining('chưa được phục vụ xong') });
    // Typing again clears the refusal.
    await kiosk.send({ type: 'ui.rateNumber', text: 'A' });
    expect(rating()?.refusal).toBeNull();
  });

  it('thanks, and does not ask again, for a ticket rated already (a second time at the kiosk, or elsewhere meanwhile)', async () => {
    kiosk = await startHarness();
    const first = await takeTicket();
    const second = await takeTicket();
    serveNext();
    const secondId = serveNext(2);
    await kiosk.send(...toRate);
    await typeNumber(first);
    await kiosk.send({ type: 'ui.rateOverall', score: 4 }, { type: 'ui.cancel' });
    expect(kiosk.screen()).toBe('attract');

    await kiosk.send(...toRate);
    await typeNumber(first);
    expect(kiosk.screen()).toBe('rate');
    expect(rating()?.refusal).toMatchObject({ reason: 'alreadyRated', message: expect.stringContaining('Xin cảm ơn') });

    // The phone rates the second ticket while the citizen looks at the faces here.
    await typeNumber(second);
    expect(kiosk.screen()).toBe('rateOverall');
    const phone = kiosk.runtime.satisfaction.rate(secondId, { kind: 'token', token: kiosk.runtime.satisfaction.tokenFor({ id: secondId, serviceDay: today() }) }, { overall: 1 }, 'phone');
    expect(phone.ok).toBe(true);
    await kiosk.send({ type: 'ui.rateOverall', score: 5 });
    expect(kiosk.screen()).toBe('rate');
    expect(rating()?.refusal?.reason).toBe('alreadyRated');
    expect(ratingOf(secondId)).toMatchObject({ overall: 1, channel: 'phone' });
  });
});

describe('rating by the QR on the ticket, at the reader', () => {
  it('opens the ticket its signed token names; an ID card held up instead is refused and the reader keeps listening', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    const ticketId = serveNext();
    const link = ticketStatusUrl(DEFAULT_CONFIG.host.publicUrl, {
      serviceDay: today(),
      number,
      ratingToken: kiosk.runtime.satisfaction.tokenFor({ id: ticketId, serviceDay: today() }),
    });
    const reader = kiosk.devices.idReader;
    reader.script.queueValue(SAMPLE_SCAN);
    await kiosk.send(...toRate);
    expect(rating()).toMatchObject({ scanning: true, refusal: { reason: 'badToken' } });
    // Back to the menu and in again: the reader is asked afresh, and this time the ticket's QR is held up.
    reader.script.queueValue({ qrText: link });
    await kiosk.send({ type: 'ui.back' }, { type: 'ui.menu', item: 'rate' });
    expect(kiosk.screen()).toBe('rateOverall');
    expect(rating()?.ticket?.number).toBe(number);
    await kiosk.send({ type: 'ui.rateOverall', score: 3 });
    expect(ratingOf(ticketId)).toMatchObject({ overall: 3, channel: 'kiosk' });
  });

  it('refuses a link whose token was tampered with', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    const ticketId = serveNext();
    const token = kiosk.runtime.satisfaction.tokenFor({ id: ticketId, serviceDay: today() });
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    kiosk.devices.idReader.script.queueValue({ qrText: ticketStatusUrl(DEFAULT_CONFIG.host.publicUrl, { serviceDay: today(), number, ratingToken: forged }) });
    await kiosk.send(...toRate);
    expect(kiosk.screen()).toBe('rate');
    expect(rating()?.refusal?.reason).toBe('badToken');
    expect(ratingOf(ticketId)).toBeUndefined();
  });

  it('keeps the keypad working when the reader fails', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    serveNext();
    kiosk.devices.idReader.script.queueFailure(new IdReadError('deviceFailed', 'unplugged'));
    await kiosk.send(...toRate);
    expect(rating()).toMatchObject({ scanning: false, refusal: null });
    await typeNumber(number);
    expect(kiosk.screen()).toBe('rateOverall');
  });
});

describe('the idle timeout', () => {
  it('keeps what was answered and returns to attract', async () => {
    kiosk = await startHarness();
    const number = await takeTicket();
    const ticketId = serveNext();
    await kiosk.send(...toRate);
    await typeNumber(number);
    await kiosk.send({ type: 'ui.rateOverall', score: 1 }, { type: 'ui.rateCriteria', criteria: { result: 1 } }, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('rateReasons');
    await kiosk.advance(DEFAULT_CONFIG.timeouts.idleMs + 1000);
    expect(kiosk.screen()).toBe('attract');
    expect(ratingOf(ticketId)).toMatchObject({ overall: 1, criteria: { result: 1 }, channel: 'kiosk' });
    expect(kiosk.runtime.currentView().rating).toBeNull();
  });
});

describe('the offer on the welcome screens', () => {
  it('offers tickets issued here just finished, newest first, at most three, until rated', async () => {
    let now = Date.now();
    kiosk = await startHarness({ now: () => new Date(now) });
    const numbers = [];
    for (let index = 0; index < 4; index += 1) numbers.push(await takeTicket());
    // A ticket from another kiosk is never offered here.
    const other = kiosk.runtime.servicePoint.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'kiosk-2' });
    expect(other.ok).toBe(true);
    expect(kiosk.runtime.currentView().ratingOffers).toEqual([]);
    for (let index = 0; index < 5; index += 1) {
      now += 1000;
      serveNext();
    }
    await kiosk.advance(0);
    const offered = [numbers[3], numbers[2], numbers[1]];
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', ratingOffers: offered });
    await kiosk.send({ type: 'ui.touch' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'greeting', ratingOffers: offered });

    // One tap from the greeting into the poll of the newest; the offers are not shown while rating.
    await kiosk.send({ type: 'ui.rateOffer', number: numbers[3] ?? '' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'rateOverall', ratingOffers: [] });
    await kiosk.send({ type: 'ui.rateOverall', score: 5 }, { type: 'ui.cancel' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', ratingOffers: [numbers[2], numbers[1], numbers[0]] });

    // A number not on offer does nothing.
    await kiosk.send({ type: 'ui.rateOffer', number: 'A999' });
    expect(kiosk.screen()).toBe('attract');
  });

  it('withdraws an offer once its window has passed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = Date.now();
    kiosk = await startHarness({ now: () => new Date(now) });
    const number = await takeTicket();
    serveNext();
    await kiosk.advance(0);
    expect(kiosk.runtime.currentView().ratingOffers).toEqual([number]);
    now += OFFER_WINDOW_MS - 1000;
    vi.advanceTimersByTime(OFFER_REFRESH_MS);
    await kiosk.advance(0);
    expect(kiosk.runtime.currentView().ratingOffers).toEqual([number]);
    now += 2000;
    vi.advanceTimersByTime(OFFER_REFRESH_MS);
    await kiosk.advance(0);
    expect(kiosk.runtime.currentView().ratingOffers).toEqual([]);
  });
});

describe('what the kiosk takes from a QR and from the screen', () => {
  it('reads the rating token only from a ticket status link', () => {
    const base = DEFAULT_CONFIG.host.publicUrl;
    expect(ratingTokenOfQr(`${base}/t/2026-11-23/A023?k=abc.def`)).toBe('abc.def');
    expect(ratingTokenOfQr(`${base}/t/2026-11-23/A023`)).toBeNull();
    expect(ratingTokenOfQr(`${base}/rate?k=abc.def`)).toBeNull();
    expect(ratingTokenOfQr(SAMPLE_SCAN.qrText ?? '')).toBeNull();
  });

  it('refuses malformed rating events before they reach the session', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toRate);
    for (const event of [
      { type: 'ui.rateOverall', score: 6 },
      { type: 'ui.rateCriteria', criteria: { staffName: 5 } },
      { type: 'ui.rateReasons', reasons: ['longWait', 'longWait'] },
      { type: 'ui.rateComment', text: 'x'.repeat(501) },
      { type: 'ui.rateNumber', text: 'A023; DROP' },
      { type: 'ui.rateOffer', number: '023' },
    ]) {
      expect(kiosk.runtime.dispatch(event)).toMatchObject({ ok: false });
    }
    expect(kiosk.screen()).toBe('rate');
  });
});
