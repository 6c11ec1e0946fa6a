/** The service day: opening (with the first ticket or by staff), opening hours, closing, re-opening, audited. */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
afterEach(() => rig?.close());

const audit = () => rig.point.queue.audit.entries().map(({ actor, action, detail }) => ({ actor, action, detail }));

describe('opening the day', () => {
  it('opens with its first ticket when opening is automatic, and audits it', () => {
    rig = new ServicePointRig();
    expect(rig.point.day()).toEqual({ day: DAY, open: true, closedMessage: null });
    expect(rig.point.queue.dayStatus(DAY)).toBe('notOpened');
    rig.ticket('residence');
    rig.ticket('residence');
    expect(rig.point.queue.dayRecord(DAY)).toMatchObject({ openedAt: rig.clock, closedAt: null });
    expect(audit()).toEqual([
      {
        actor: "kiosk kiosk-1 (automatic opening with the day's first ticket)",
        action: 'dayOpened',
        detail: `service day ${DAY} opened: numbering starts at 001 for every group (numbers are per day and letter)`,
      },
    ]);
  });

  it('takes no ticket and calls no one before staff open the day when opening is manual', () => {
    rig = new ServicePointRig({ queue: { dayOpening: 'manual' } });
    const closed = rig.point.day();
    expect(closed.open).toBe(false);
    expect(closed.closedMessage?.vi).toContain('chưa bắt đầu nhận số');
    expect(rig.issue('residence')).toEqual({ ok: false, reason: 'dayClosed', message: closed.closedMessage });
    expect(rig.act(3, { type: 'callNext' })).toMatchObject({ ok: false, reason: 'dayClosed' });
    expect(rig.store.listDay(DAY)).toEqual([]);

    expect(rig.act(3, { type: 'openDay' })).toEqual({ ok: true });
    expect(rig.act(3, { type: 'openDay' })).toMatchObject({ reason: 'wrongState', message: { en: 'The day is already open.' } });
    expect(rig.point.day()).toEqual({ day: DAY, open: true, closedMessage: null });
    expect(rig.ticket('residence').number).toBe('B001');
    expect(audit()).toEqual([expect.objectContaining({ actor: 'counter 3', action: 'dayOpened' })]);
  });
});

describe('opening hours', () => {
  // Default hours: Monday 07:30-11:30 and 13:30-17:00; complex procedures stop 30 minutes before closing.
  const HOURS = { queue: { openingHours: {} } };

  it('stops complex procedures 30 minutes before closing and every ticket at the break, in both languages', () => {
    rig = new ServicePointRig(HOURS);
    rig.at(3 * 60 + 10); // 11:10
    expect(rig.issue('land', { procedureId: 'building-permit' })).toEqual({
      ok: false,
      reason: 'dayClosed',
      message: {
        vi: 'Đã hết giờ nhận số cho thủ tục này trong buổi làm việc. Mời ông/bà quay lại lúc 13:30.',
        en: 'It is too close to closing time to take this procedure. Please come back at 13:30.',
      },
    });
    expect(rig.ticket('land', { procedureId: null }).number).toBe('C001'); // no procedure: standard
    expect(rig.ticket('civil-status', { procedureId: 'certified-copy' }).number).toBe('A001');
    expect(rig.point.day()).toEqual({ day: DAY, open: true, closedMessage: null });

    rig.at(4 * 60); // 12:00
    const lunch = rig.issue('civil-status', { procedureId: 'certified-copy' });
    expect(lunch).toMatchObject({ ok: false, reason: 'dayClosed', message: { vi: 'Đang trong giờ nghỉ. Mời ông/bà quay lại lúc 13:30.' } });
    expect(rig.point.day()).toMatchObject({ open: false, closedMessage: { en: 'We are on a break. Please come back at 13:30.' } });
    // Counters still serve those who hold a ticket over the break.
    expect(rig.act(1, { type: 'callNext' })).toEqual({ ok: true });
  });

  it('refuses before opening with the time to come back', () => {
    rig = new ServicePointRig(HOURS);
    rig.at(-60); // 07:00
    expect(rig.issue('residence')).toMatchObject({ reason: 'dayClosed', message: { vi: 'Chưa đến giờ làm việc. Mời ông/bà quay lại lúc 07:30.' } });
    expect(rig.point.queue.dayStatus(DAY)).toBe('notOpened');
  });
});

describe('closing the day', () => {
  it('marks tickets still waiting or called as left, refuses new tickets and calls, and lets a service in progress finish', () => {
    rig = new ServicePointRig();
    rig.ticket('civil-status');
    rig.ticket('civil-status');
    rig.ticket('civil-status');
    const serving = rig.call(1);
    rig.act(1, { type: 'start', ticketId: serving });
    const called = rig.call(2);

    rig.at(540);
    expect(rig.act(2, { type: 'closeDay' })).toEqual({ ok: true });
    expect(rig.point.day()).toEqual({
      day: DAY,
      open: false,
      closedMessage: {
        vi: 'Bộ phận Một cửa đã ngừng nhận số hôm nay. Mời ông/bà quay lại vào ngày làm việc tiếp theo.',
        en: 'The service point has stopped issuing numbers for today. Please come back on the next working day.',
      },
    });
    const left = rig.store.connection.prepare(`SELECT number FROM ticket WHERE left_at IS NOT NULL ORDER BY id`).pluck().all();
    expect(left).toEqual(['A002', 'A003']);
    expect(rig.point.groups().find((group) => group.id === 'civil-status')?.waiting).toBe(0);
    expect(rig.issue('civil-status')).toMatchObject({ ok: false, reason: 'dayClosed' });
    expect(rig.act(2, { type: 'callNext' })).toMatchObject({ ok: false, reason: 'dayClosed', message: { en: 'The day is closed or not opened yet: no calls.' } });
    expect(rig.act(2, { type: 'start', ticketId: called })).toMatchObject({ ok: false, reason: 'dayClosed', message: { en: 'This ticket was left when the day closed.' } });
    expect(rig.point.counterState(2).current).toBeNull();
    expect(rig.point.boardState().nowServing.map((held) => held.number)).toEqual(['A001']);
    expect(rig.act(1, { type: 'finish', ticketId: serving })).toEqual({ ok: true });
    expect(rig.act(2, { type: 'closeDay' })).toMatchObject({ reason: 'wrongState' });
    expect(audit().at(-1)).toEqual({
      actor: 'counter 2',
      action: 'dayClosed',
      detail: `service day ${DAY} closed: no new tickets; 2 ticket(s) still waiting or called marked as left at closing; tickets being served can still be finished`,
    });
  });

  it('closes a day before its first ticket (an unplanned closure), and the kiosk says so', () => {
    rig = new ServicePointRig();
    expect(rig.act(4, { type: 'closeDay' })).toEqual({ ok: true });
    expect(rig.point.day()).toMatchObject({ open: false, closedMessage: { en: expect.stringContaining('stopped issuing') } });
    expect(rig.issue('land')).toMatchObject({ ok: false, reason: 'dayClosed' });
    expect(audit().map((entry) => entry.action)).toEqual(['dayOpened', 'dayClosed']);
  });

  it('re-opens a day closed by mistake with its numbering going on, never a number twice', () => {
    rig = new ServicePointRig();
    rig.ticket('residence');
    rig.ticket('residence');
    rig.act(3, { type: 'closeDay' });
    expect(rig.act(3, { type: 'openDay' })).toEqual({ ok: true });
    expect(rig.point.day().open).toBe(true);
    expect(rig.ticket('residence')).toMatchObject({ number: 'B003', peopleAhead: 0 });
    rig.restart();
    expect(rig.ticket('residence').number).toBe('B004');
    const numbers = rig.store.listDay(DAY).map((ticket) => ticket.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(audit().map((entry) => entry.action)).toEqual(['dayOpened', 'dayClosed', 'dayReopened']);
    expect(audit()[2]?.detail).toContain("each group's numbering goes on from its last number");
  });

  it('starts the next day at 001 for every group', () => {
    rig = new ServicePointRig();
    rig.ticket('residence');
    rig.act(3, { type: 'closeDay' });
    rig.at(24 * 60);
    expect(rig.point.day()).toEqual({ day: '2026-11-24', open: true, closedMessage: null });
    expect(rig.ticket('residence')).toMatchObject({ number: 'B001', serviceDay: '2026-11-24' });
  });
});

describe('the audit trail', () => {
  it('records pauses, transfers and no-shows with who did them, and cannot be rewritten', () => {
    rig = new ServicePointRig();
    rig.ticket('civil-status');
    rig.ticket('civil-status');
    const first = rig.call(1);
    rig.act(1, { type: 'transfer', ticketId: first, toGroupId: 'residence' });
    const second = rig.call(1);
    rig.act(1, { type: 'noShow', ticketId: second });
    rig.act(1, { type: 'pause', reason: 'Nghỉ trưa' });
    rig.at(30).act(1, { type: 'resumeCounter' });
    expect(audit().slice(1)).toEqual([
      { actor: 'counter 1', action: 'ticketTransferred', detail: 'A001 sent from civil-status to residence by counter 1, keeping its place in line' },
      { actor: 'counter 1', action: 'ticketNoShow', detail: 'A002 called at counter 1 did not come' },
      { actor: 'counter 1', action: 'counterPaused', detail: 'counter 1 paused: Nghỉ trưa' },
      { actor: 'counter 1', action: 'counterResumed', detail: 'counter 1 open again after 30 min (Nghỉ trưa)' },
    ]);
    expect(() => rig.store.connection.prepare(`UPDATE audit_entry SET actor = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => rig.store.connection.prepare(`DELETE FROM audit_entry`).run()).toThrow(/append-only/);
    expect(audit()).toHaveLength(5);
  });
});
