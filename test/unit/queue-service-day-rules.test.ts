import { describe, expect, it } from 'vitest';
import { closedMessage, openingHoursSchema, ticketIssuing, type IssueDecision } from '../../domain/queue/service-day-rules.js';

const ZONE = 'Asia/Ho_Chi_Minh';
const hours = openingHoursSchema.parse({});
/** An instant given as Vietnam wall-clock time (UTC+7, no daylight saving). */
const vn = (local: string) => new Date(`${local}:00+07:00`);

// 2026-11-23 is a Monday.
describe('when tickets are issued', () => {
  it.each([
    ['2026-11-23T07:30', 'standard', { allowed: true, closesAt: '11:30' }],
    ['2026-11-23T15:00', 'complex', { allowed: true, closesAt: '17:00' }],
    ['2026-11-28T10:00', 'quick', { allowed: true, closesAt: '11:30' }],
    ['2026-11-23T07:29', 'quick', { allowed: false, reason: 'before-opening', reopens: { day: '2026-11-23', time: '07:30' } }],
    ['2026-11-23T11:30', 'quick', { allowed: false, reason: 'break', reopens: { day: '2026-11-23', time: '13:30' } }],
    ['2026-11-23T17:00', 'standard', { allowed: false, reason: 'after-closing', reopens: { day: '2026-11-24', time: '07:30' } }],
    ['2026-11-28T12:00', 'standard', { allowed: false, reason: 'after-closing', reopens: { day: '2026-11-30', time: '07:30' } }],
    ['2026-11-29T09:00', 'standard', { allowed: false, reason: 'closed-day', reopens: { day: '2026-11-30', time: '07:30' } }],
  ] as const)('%s local, a %s procedure: %o', (local, complexity, expected) => {
    expect(ticketIssuing(vn(local), hours, ZONE, complexity)).toEqual(expected);
  });

  it('stops complex procedures half an hour before each closing, and only them', () => {
    expect(ticketIssuing(vn('2026-11-23T10:59'), hours, ZONE, 'complex').allowed).toBe(true);
    expect(ticketIssuing(vn('2026-11-23T11:00'), hours, ZONE, 'complex')).toEqual({
      allowed: false,
      reason: 'complex-cutoff',
      reopens: { day: '2026-11-23', time: '13:30' },
    });
    expect(ticketIssuing(vn('2026-11-23T11:29'), hours, ZONE, 'standard').allowed).toBe(true);
    const noCutoff = openingHoursSchema.parse({ complexCutoffMinutes: 0 });
    expect(ticketIssuing(vn('2026-11-23T11:29'), noCutoff, ZONE, 'complex').allowed).toBe(true);
  });

  it('reads the wall clock in the configured time zone', () => {
    // 23:00 UTC on Monday is 06:00 on Tuesday in Vietnam, before opening; in London it is Monday night.
    const instant = new Date('2026-11-23T23:00:00Z');
    expect(ticketIssuing(instant, hours, ZONE, 'quick')).toEqual({ allowed: false, reason: 'before-opening', reopens: { day: '2026-11-24', time: '07:30' } });
    expect(ticketIssuing(instant, hours, 'Europe/London', 'quick')).toMatchObject({ reason: 'after-closing' });
  });

  it('skips closed days when saying when it reopens', () => {
    const holiday = openingHoursSchema.parse({ closedDays: ['2026-11-24'] });
    expect(ticketIssuing(vn('2026-11-24T09:00'), holiday, ZONE, 'quick')).toMatchObject({ reason: 'closed-day', reopens: { day: '2026-11-25' } });
    expect(ticketIssuing(vn('2026-11-23T17:30'), holiday, ZONE, 'quick')).toMatchObject({ reopens: { day: '2026-11-25', time: '07:30' } });
  });

  it('follows a configured week: no Saturday, a longer Friday', () => {
    const custom = openingHoursSchema.parse({ week: { sat: [], fri: [{ opens: '07:00', closes: '18:00' }] } });
    expect(ticketIssuing(vn('2026-11-27T12:30'), custom, ZONE, 'quick')).toEqual({ allowed: true, closesAt: '18:00' });
    expect(ticketIssuing(vn('2026-11-28T09:00'), custom, ZONE, 'quick')).toMatchObject({ reason: 'closed-day', reopens: { day: '2026-11-30' } });
  });

  it('has no reopening to promise when the week has no sessions at all', () => {
    const empty = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(ticketIssuing(vn('2026-11-23T09:00'), openingHoursSchema.parse({ week: empty }), ZONE, 'quick')).toEqual({
      allowed: false,
      reason: 'closed-day',
      reopens: null,
    });
  });

  it.each([
    [{ week: { mon: [{ opens: '7:30', closes: '11:30' }] } }, ['week', 'mon', 0, 'opens']],
    [{ week: { mon: [{ opens: '13:30', closes: '11:30' }] } }, ['week', 'mon', 0, 'closes']],
    [{ week: { mon: [{ opens: '07:30', closes: '12:00' }, { opens: '11:30', closes: '17:00' }] } }, ['week', 'mon', 1, 'opens']],
    [{ closedDays: ['24/11/2026'] }, ['closedDays', 0]],
  ])('rejects a bad config with the field named: %j', (input, path) => {
    const result = openingHoursSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('what the kiosk says when closed', () => {
  const refused = (decision: IssueDecision) => {
    if (decision.allowed) throw new Error('expected a refusal');
    return decision;
  };

  it('names the time it reopens today, tomorrow or on a later day, in the citizen’s language', () => {
    const lunch = refused(ticketIssuing(vn('2026-11-23T12:00'), hours, ZONE, 'quick'));
    expect(closedMessage(lunch, '2026-11-23', 'vi')).toBe('Đang trong giờ nghỉ. Mời ông/bà quay lại lúc 13:30.');
    expect(closedMessage(lunch, '2026-11-23', 'en')).toBe('We are on a break. Please come back at 13:30.');
    const evening = refused(ticketIssuing(vn('2026-11-23T18:00'), hours, ZONE, 'quick'));
    expect(closedMessage(evening, '2026-11-23', 'en')).toBe('We are closed for the day. Please come back tomorrow at 07:30.');
    const saturday = refused(ticketIssuing(vn('2026-11-28T12:00'), hours, ZONE, 'quick'));
    expect(closedMessage(saturday, '2026-11-28', 'vi')).toBe('Đã hết giờ làm việc hôm nay. Mời ông/bà quay lại lúc 07:30 Thứ Hai, 30/11.');
    expect(closedMessage(saturday, '2026-11-28', 'en')).toBe('We are closed for the day. Please come back on Monday 30/11 at 07:30.');
  });

  it('says only why when there is no reopening to promise', () => {
    expect(closedMessage({ allowed: false, reason: 'closed-day', reopens: null }, '2026-11-23', 'en')).toBe('The service point is closed today.');
  });
});
