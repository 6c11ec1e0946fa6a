/** What each page may rate (its grant), the refusals in words, and the listeners that hear ratings and finished services. */
import { afterEach, describe, expect, it } from 'vitest';
import { type RatableTicket, TABLET_RATING_WINDOW_MS } from '../../bridge/rating-protocol.js';
import type { StoredRating } from '../../runtime/satisfaction/rating-store.js';
import { SatisfactionService } from '../../runtime/satisfaction/satisfaction-service.js';
import { CATALOGUE, DAY, ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
let service: SatisfactionService;
afterEach(() => rig?.close());

function setUp(): void {
  rig = new ServicePointRig();
  service = new SatisfactionService({
    store: rig.store,
    dataDir: rig.dir.path,
    config: () => rig.config,
    catalogue: () => CATALOGUE,
    now: () => new Date(rig.clock),
    onQueueChange: (listener) => rig.point.onChange(listener),
  });
}

/** Issue, call, start and finish one ticket at a counter; returns its id and service day. */
function served(counter = 1, procedureId: string | null = null) {
  rig.ticket(counter === 4 ? 'land' : 'civil-status', { procedureId });
  const id = rig.call(counter);
  expect(rig.act(counter, { type: 'start', ticketId: id })).toEqual({ ok: true });
  expect(rig.act(counter, { type: 'finish', ticketId: id })).toEqual({ ok: true });
  return { id, serviceDay: DAY };
}

const minutes = (n: number) => n * 60_000;

describe('the phone: a signed token names one ticket', () => {
  it('opens a served ticket with its service and procedure by name, and nothing about the citizen', () => {
    setUp();
    const ticket = served(4, 'building-permit');
    const opened = service.openToken(service.tokenFor(ticket));
    expect(opened).toEqual({
      ok: true,
      ticket: {
        ticketId: ticket.id,
        number: 'C001',
        serviceDay: DAY,
        counter: 4,
        service: { vi: 'Đất đai, xây dựng', en: 'Land, construction' },
        procedure: { vi: 'building-permit', en: 'building-permit' },
        finishedAt: rig.clock,
        rated: false,
      },
    });
  });

  it('refuses a tampered or foreign token, a ticket not yet served, and thanks for one already rated', () => {
    setUp();
    const waiting = rig.ticket('civil-status');
    expect(service.openToken(service.tokenFor(waiting))).toMatchObject({ ok: false, reason: 'notServed' });
    const ticket = served();
    const token = service.tokenFor(ticket);
    expect(service.openToken(`${token.slice(0, -2)}AA`)).toMatchObject({ ok: false, reason: 'badToken', message: { vi: expect.stringContaining('quét lại mã QR') } });
    expect(service.openToken(service.tokenFor({ id: ticket.id, serviceDay: '2026-11-22' }))).toMatchObject({ reason: 'badToken' });
    expect(service.rate(ticket.id, { kind: 'token', token }, { overall: 5 }, 'phone')).toMatchObject({ ok: true });
    expect(service.openToken(token)).toMatchObject({ ok: false, reason: 'alreadyRated', message: { vi: expect.stringContaining('Xin cảm ơn') } });
  });

  it('rates only the ticket its token names, once', () => {
    setUp();
    const first = served();
    const second = served();
    const grant = { kind: 'token' as const, token: service.tokenFor(first) };
    expect(service.rate(second.id, grant, { overall: 1 }, 'phone')).toMatchObject({ ok: false, reason: 'notGranted' });
    expect(service.rate(first.id, grant, { overall: 4 }, 'phone')).toMatchObject({ ok: true, rating: { ticketId: first.id, channel: 'phone', overall: 4 } });
    expect(service.rate(first.id, grant, { overall: 2 }, 'phone')).toMatchObject({ ok: false, reason: 'alreadyRated' });
    expect(service.ratings.find(second.id)).toBeUndefined();
    expect(service.tokenNames(grant.token, first)).toBe(true);
    expect(service.tokenNames(grant.token, second)).toBe(false);
  });
});

describe('the counter: its last finished ticket, for a few minutes', () => {
  it('offers the last finished ticket until it is rated or the window passes', () => {
    setUp();
    expect(service.ratableAtCounter(1)).toBeNull();
    served();
    const last = served();
    expect(service.ratableAtCounter(1)).toMatchObject({ ticketId: last.id, counter: 1, number: 'A002' });
    expect(service.ratableAtCounter(2)).toBeNull();
    rig.clock += TABLET_RATING_WINDOW_MS + 1;
    expect(service.ratableAtCounter(1)).toBeNull();
    rig.clock -= 2;
    expect(service.rate(last.id, { kind: 'counter', counter: 1 }, { overall: 5 }, 'counterTablet')).toMatchObject({ ok: true });
    expect(service.ratableAtCounter(1)).toBeNull();
  });

  it("refuses an older ticket, another counter's ticket, and the last one once too late", () => {
    setUp();
    const older = served();
    const last = served();
    const atCounter1 = { kind: 'counter' as const, counter: 1 };
    expect(service.rate(older.id, atCounter1, { overall: 3 }, 'counterTablet')).toMatchObject({ ok: false, reason: 'notGranted', message: { en: expect.any(String) } });
    expect(service.rate(last.id, { kind: 'counter', counter: 2 }, { overall: 3 }, 'counterTablet')).toMatchObject({ reason: 'notGranted' });
    rig.clock += TABLET_RATING_WINDOW_MS + 1;
    expect(service.rate(last.id, atCounter1, { overall: 3 }, 'keypad')).toMatchObject({ ok: false, reason: 'tooLate', message: { vi: expect.stringContaining('hết thời gian') } });
    expect(service.ratings.find(last.id)).toBeUndefined();
  });

  it('lets the tablet complete its rating after the window, within the completion window', () => {
    setUp();
    const last = served();
    const grant = { kind: 'counter' as const, counter: 1 };
    rig.clock += minutes(4);
    expect(service.rate(last.id, grant, { overall: 2 }, 'counterTablet')).toMatchObject({ ok: true });
    rig.clock += minutes(3);
    expect(service.complete(last.id, grant, { reasons: ['longWait'], comment: 'Chờ lâu' }, 'counterTablet')).toMatchObject({
      ok: true,
      rating: { overall: 2, reasons: ['longWait'], comment: 'Chờ lâu' },
    });
    expect(service.complete(last.id, grant, { comment: 'khác' }, 'keypad')).toMatchObject({ ok: false, reason: 'alreadyRated' });
  });

  it('says thank you, not "not yours", when an older ticket was already rated from another channel', () => {
    setUp();
    const older = served();
    expect(service.rate(older.id, { kind: 'token', token: service.tokenFor(older) }, { overall: 5 }, 'phone')).toMatchObject({ ok: true });
    served();
    expect(service.rate(older.id, { kind: 'counter', counter: 1 }, { overall: 1 }, 'counterTablet')).toMatchObject({ reason: 'alreadyRated' });
  });
});

describe('listeners', () => {
  it('hears every committed rating and completion, and no refusal', () => {
    setUp();
    const heard: StoredRating[] = [];
    const stop = service.onRated((rating) => heard.push(rating));
    const ticket = served();
    const grant = { kind: 'token' as const, token: service.tokenFor(ticket) };
    service.rate(ticket.id, grant, { overall: 3 }, 'phone');
    service.rate(ticket.id, grant, { overall: 3 }, 'phone');
    service.complete(ticket.id, grant, { criteria: { officer: 4 } }, 'phone');
    service.rate(ticket.id, grant, { overall: 9 }, 'phone');
    expect(heard.map((rating) => [rating.ticketId, rating.overall, rating.criteria])).toEqual([
      [ticket.id, 3, {}],
      [ticket.id, 3, { officer: 4 }],
    ]);
    stop();
    service.complete(ticket.id, grant, { comment: 'ok' }, 'phone');
    expect(heard).toHaveLength(2);
  });

  it('hears each counter finishing a ticket, with what its tablet offers', () => {
    setUp();
    const finished: Array<[number, RatableTicket]> = [];
    const stop = service.onCounterFinished((counter, ticket) => finished.push([counter, ticket]));
    rig.ticket('civil-status');
    const noShow = rig.call(2);
    rig.act(2, { type: 'noShow', ticketId: noShow });
    const ticket = served(4);
    expect(finished).toEqual([[4, expect.objectContaining({ ticketId: ticket.id, number: 'C001', rated: false })]]);
    stop();
    served(4);
    expect(finished).toHaveLength(1);
  });
});
