/** Ratings of served tickets: kept once, completed later from the same channel, refused in words. */
import { afterEach, describe, expect, it } from 'vitest';
import { RatingStore } from '../../runtime/satisfaction/rating-store.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';
import { DAY, ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
afterEach(() => rig?.close());

function setUp(): RatingStore {
  rig = new ServicePointRig();
  return new RatingStore(rig.store, () => new Date(rig.clock));
}

/** Issue, call, start and finish one ticket at counter 1; returns its id. */
function served(): number {
  rig.ticket('civil-status');
  const id = rig.call(1);
  expect(rig.act(1, { type: 'start', ticketId: id })).toEqual({ ok: true });
  expect(rig.act(1, { type: 'finish', ticketId: id })).toEqual({ ok: true });
  return id;
}

describe('recording a rating', () => {
  it('keeps the overall score of a served ticket with its counter, group and time, and no identity', () => {
    const ratings = setUp();
    const id = served();
    rig.at(12);
    const result = ratings.record(id, 'kiosk', { overall: 2, reasons: ['longWait'], comment: '  Chờ lâu  ' });
    expect(result).toEqual({
      ok: true,
      rating: {
        id: expect.any(Number),
        ticketId: id,
        serviceDay: DAY,
        counter: 1,
        serviceId: 'civil-status',
        procedureId: null,
        channel: 'kiosk',
        at: rig.clock,
        overall: 2,
        criteria: {},
        reasons: ['longWait'],
        comment: 'Chờ lâu',
      },
    });
    expect(ratings.find(id)).toEqual(result.ok && result.rating);
  });

  it('refuses a ticket that is unknown or not yet served, in both languages', () => {
    const ratings = setUp();
    expect(ratings.record(9999, 'phone', { overall: 5 })).toMatchObject({ ok: false, reason: 'unknownTicket', message: { vi: expect.stringContaining('Không tìm thấy') } });
    rig.ticket('civil-status');
    const waiting = rig.ticket('civil-status').id;
    expect(ratings.record(waiting, 'kiosk', { overall: 5 })).toMatchObject({ ok: false, reason: 'notServed' });
    const called = rig.call(1);
    expect(ratings.record(called, 'kiosk', { overall: 5 })).toMatchObject({ reason: 'notServed' });
    rig.act(1, { type: 'start', ticketId: called });
    expect(ratings.record(called, 'kiosk', { overall: 5 })).toMatchObject({ reason: 'notServed', message: { en: expect.stringContaining('not been served') } });
    rig.act(1, { type: 'finish', ticketId: called });
    expect(ratings.record(called, 'kiosk', { overall: 5 })).toMatchObject({ ok: true });
  });

  it('refuses a no-show: it was never served', () => {
    const ratings = setUp();
    rig.ticket('civil-status');
    const id = rig.call(1);
    rig.act(1, { type: 'noShow', ticketId: id });
    expect(ratings.record(id, 'keypad', { overall: 1 })).toMatchObject({ reason: 'notServed' });
  });

  it('refuses invalid answers and keeps nothing', () => {
    const ratings = setUp();
    const id = served();
    expect(ratings.record(id, 'kiosk', { overall: 5, reasons: ['longWait'] })).toMatchObject({ ok: false, reason: 'invalid', message: { vi: expect.any(String) } });
    expect(ratings.record(id, 'kiosk', { overall: 4, name: 'Nguyễn Văn A' })).toMatchObject({ reason: 'invalid' });
    expect(ratings.find(id)).toBeUndefined();
  });

  it('refuses a second rating of the same ticket politely, from any channel, keeping the first', () => {
    const ratings = setUp();
    const id = served();
    expect(ratings.record(id, 'keypad', { overall: 4 })).toMatchObject({ ok: true });
    expect(ratings.record(id, 'phone', { overall: 1 })).toEqual({
      ok: false,
      reason: 'alreadyRated',
      message: {
        vi: 'Số thứ tự này đã được đánh giá. Xin cảm ơn ông/bà đã góp ý.',
        en: 'This ticket has already been rated. Thank you for your feedback.',
      },
    });
    expect(ratings.record(id, 'keypad', { overall: 1 })).toMatchObject({ reason: 'alreadyRated' });
    expect(ratings.find(id)).toMatchObject({ overall: 4, channel: 'keypad' });
  });

  it('refuses the second of two connections on the same file rating the same ticket', () => {
    const ratings = setUp();
    const id = served();
    const other = new TicketStore(rig.file);
    try {
      const fromPhone = new RatingStore(other, () => new Date(rig.clock));
      expect(fromPhone.record(id, 'phone', { overall: 5 })).toMatchObject({ ok: true });
      expect(ratings.record(id, 'kiosk', { overall: 1 })).toMatchObject({ ok: false, reason: 'alreadyRated' });
    } finally {
      other.close();
    }
    expect(rig.store.connection.prepare(`SELECT count(*) AS n FROM rating`).get()).toEqual({ n: 1 });
  });
});

describe('completing a rating later', () => {
  it('adds criteria, reasons and a comment from the same channel within ten minutes', () => {
    const ratings = setUp();
    const id = served();
    rig.at(20);
    ratings.record(id, 'counterTablet', { overall: 3, criteria: { access: 4 } });
    rig.at(25);
    expect(ratings.complete(id, 'counterTablet', { criteria: { officer: 2, access: 5 }, reasons: ['unclearGuidance'] })).toMatchObject({ ok: true });
    rig.at(30);
    const done = ratings.complete(id, 'counterTablet', { comment: ' Cần hướng dẫn rõ hơn ' });
    expect(done).toMatchObject({
      ok: true,
      rating: { overall: 3, criteria: { access: 5, officer: 2 }, reasons: ['unclearGuidance'], comment: 'Cần hướng dẫn rõ hơn', at: Date.parse('2026-11-23T01:20:00Z') },
    });
  });

  it('refuses completion from another channel, after ten minutes, or before an overall score', () => {
    const ratings = setUp();
    const id = served();
    rig.at(20);
    ratings.record(id, 'kiosk', { overall: 2 });
    expect(ratings.complete(id, 'phone', { comment: 'x' })).toMatchObject({ ok: false, reason: 'alreadyRated' });
    rig.at(30).clock += 1;
    expect(ratings.complete(id, 'kiosk', { comment: 'x' })).toMatchObject({ ok: false, reason: 'alreadyRated' });
    expect(ratings.find(id)?.comment).toBeNull();

    const unrated = served();
    expect(ratings.complete(unrated, 'kiosk', { comment: 'x' })).toMatchObject({ ok: false, reason: 'invalid', message: { en: 'Please choose your overall satisfaction first.' } });
    expect(ratings.complete(424242, 'kiosk', { comment: 'x' })).toMatchObject({ reason: 'unknownTicket' });
  });

  it('never changes the overall score and asks no reasons after a good one', () => {
    const ratings = setUp();
    const id = served();
    ratings.record(id, 'kiosk', { overall: 5 });
    expect(ratings.complete(id, 'kiosk', { overall: 1 })).toMatchObject({ reason: 'invalid' });
    expect(ratings.complete(id, 'kiosk', { reasons: ['longWait'] })).toMatchObject({ reason: 'invalid' });
    expect(ratings.find(id)).toMatchObject({ overall: 5, reasons: [] });
  });
});

describe('reading ratings', () => {
  it("finds the ticket a counter finished last, for the tablet and keypad that rate it", () => {
    const ratings = setUp();
    expect(ratings.lastServed(1, DAY)).toBeUndefined();
    rig.at(5);
    served();
    rig.at(9);
    const second = served();
    rig.ticket('civil-status');
    rig.call(1); // called, not finished: the keypad still rates the one served before
    expect(ratings.lastServed(1, DAY)).toEqual({ ticketId: second, finishedAt: rig.clock, rated: false });
    ratings.record(second, 'keypad', { overall: 5 });
    expect(ratings.lastServed(1, DAY)).toMatchObject({ ticketId: second, rated: true });
    expect(ratings.lastServed(1, '2026-11-24')).toBeUndefined();
    expect(ratings.lastServed(2, DAY)).toBeUndefined();
  });


  it('lists the ratings of a range of service days, oldest first, across a restart', () => {
    let ratings = setUp();
    const first = served();
    const second = served();
    rig.at(30);
    ratings.record(second, 'phone', { overall: 4 });
    rig.at(31);
    ratings.record(first, 'kiosk', { overall: 1 });
    rig.restart();
    ratings = new RatingStore(rig.store, () => new Date(rig.clock));
    expect(ratings.between(DAY, DAY).map((rating) => [rating.ticketId, rating.overall])).toEqual([
      [second, 4],
      [first, 1],
    ]);
    expect(ratings.between('2026-11-01', '2026-11-22')).toEqual([]);
    expect(ratings.between('2026-11-24', '2026-11-30')).toEqual([]);
  });
});
