/** The satisfaction report's figures, against sums worked out by hand. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../domain/config/schema.js';
import type { StoredRating } from '../../runtime/satisfaction/rating-store.js';
import { MAX_COMMENTS, satisfactionReport } from '../../runtime/satisfaction/statistics.js';
import { statisticsNames } from '../../runtime/satisfaction/statistics-names.js';
import type { ServedTicket } from '../../runtime/satisfaction/statistics-tickets.js';
import { CATALOGUE } from '../helpers/service-point-rig.js';

const parsed = parseConfig({});
if (!parsed.ok) throw new Error(parsed.error);
const names = statisticsNames(parsed.config, CATALOGUE);

/** 08:00 in Hà Nội on each day. */
const EIGHT = { '2026-11-20': Date.parse('2026-11-20T01:00:00Z'), '2026-11-21': Date.parse('2026-11-21T01:00:00Z'), '2026-11-23': Date.parse('2026-11-23T01:00:00Z') };
type Day = keyof typeof EIGHT;
const MIN = 60_000;

function ticket(id: number, day: Day, serviceId: string, counter: number, waitMin: number, serviceMin: number): ServedTicket {
  const queuedAt = EIGHT[day] + id * MIN;
  return {
    id,
    number: `${serviceId === 'land' ? 'C' : 'A'}${String(id).padStart(3, '0')}`,
    serviceDay: day,
    serviceId,
    procedureId: null,
    counter,
    queuedAt,
    calledAt: queuedAt + waitMin * MIN,
    startedAt: queuedAt + (waitMin + 1) * MIN,
    finishedAt: queuedAt + (waitMin + 1 + serviceMin) * MIN,
  };
}

function rating(t: ServedTicket, overall: StoredRating['overall'], extra: Partial<StoredRating> = {}): StoredRating {
  return {
    id: t.id,
    ticketId: t.id,
    serviceDay: t.serviceDay,
    counter: t.counter,
    serviceId: t.serviceId,
    procedureId: t.procedureId,
    channel: 'kiosk',
    at: (t.finishedAt ?? 0) + MIN,
    overall,
    criteria: {},
    reasons: [],
    comment: null,
    ...extra,
  };
}

// Five served tickets over three days; four rated (ticket 5 was not).
const tickets = [
  ticket(1, '2026-11-20', 'civil-status', 1, 10, 5),
  ticket(2, '2026-11-20', 'civil-status', 2, 20, 7),
  ticket(3, '2026-11-21', 'land', 4, 30, 12),
  ticket(4, '2026-11-23', 'civil-status', 1, 4, 3),
  ticket(5, '2026-11-23', 'land', 4, 6, 8),
];
const [t1, t2, t3, t4] = tickets as [ServedTicket, ServedTicket, ServedTicket, ServedTicket];
const ratings = [
  rating(t1, 5, { procedureId: 'certified-copy', criteria: { officer: 5, time: 4 } }),
  rating(t2, 4, { procedureId: 'certified-copy', criteria: { officer: 3 }, comment: 'Cán bộ nhiệt tình, nhưng "chờ" lâu, quá' }),
  rating(t3, 2, { procedureId: 'building-permit', reasons: ['longWait', 'extraDocuments'], comment: 'Phải bổ sung giấy tờ\nhai lần', channel: 'phone' }),
  rating(t4, 3, { reasons: ['longWait'], criteria: { time: 2 } }),
];

const report = satisfactionReport({ range: { from: '2026-11-20', to: '2026-11-23' }, ratings, tickets, names, madeAt: 42 });

describe('the satisfaction report', () => {
  it('gives the index as the share of 4s and 5s, beside the mean score and the times of every served ticket', () => {
    // 2 of 4 at 4 or more; mean (5+4+2+3)/4 = 3.5; waits (10+20+30+4+6)/5 = 14; service (5+7+12+3+8)/5 = 7.
    expect(report.overall).toEqual({ ratings: 4, satisfied: 2, index: 0.5, meanScore: 3.5, served: 5, meanWaitMinutes: 14, meanServiceMinutes: 7 });
  });

  it('counts each overall score', () => {
    expect(report.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 1 },
      { score: 3, count: 1 },
      { score: 4, count: 1 },
      { score: 5, count: 1 },
    ]);
  });

  it('has every day of the range in its trend, a day without ratings as none', () => {
    expect(report.daily).toEqual([
      { day: '2026-11-20', ratings: 2, satisfied: 2, index: 1, meanScore: 4.5 },
      { day: '2026-11-21', ratings: 1, satisfied: 0, index: 0, meanScore: 2 },
      { day: '2026-11-22', ratings: 0, satisfied: 0, index: null, meanScore: null },
      { day: '2026-11-23', ratings: 1, satisfied: 0, index: 0, meanScore: 3 },
    ]);
  });

  it('breaks the figures down per counter and per group, with the times of unrated tickets too', () => {
    expect(report.byCounter).toEqual([
      // Tickets 1 (5, wait 10, service 5) and 4 (3, wait 4, service 3).
      { counter: 1, ratings: 2, satisfied: 1, index: 0.5, meanScore: 4, served: 2, meanWaitMinutes: 7, meanServiceMinutes: 4 },
      { counter: 2, ratings: 1, satisfied: 1, index: 1, meanScore: 4, served: 1, meanWaitMinutes: 20, meanServiceMinutes: 7 },
      // Ticket 3 rated 2 (wait 30, service 12); ticket 5 unrated (wait 6, service 8).
      { counter: 4, ratings: 1, satisfied: 0, index: 0, meanScore: 2, served: 2, meanWaitMinutes: 18, meanServiceMinutes: 10 },
    ]);
    expect(report.byGroup.map(({ groupId, name, index, meanScore, served, meanWaitMinutes }) => ({ groupId, vi: name.vi, index, meanScore, served, meanWaitMinutes }))).toEqual([
      // Config order: civil-status before land. Civil status: 5, 4, 3 → 2/3, mean 4; waits 10, 20, 4 → 34/3.
      { groupId: 'civil-status', vi: 'Hộ tịch, chứng thực', index: 2 / 3, meanScore: 4, served: 3, meanWaitMinutes: 34 / 3 },
      { groupId: 'land', vi: 'Đất đai, xây dựng', index: 0, meanScore: 2, served: 2, meanWaitMinutes: 18 },
    ]);
  });

  it('breaks the figures down per procedure, the most rated first, a rating with none chosen under its own name', () => {
    expect(report.byProcedure.map(({ procedureId, name, ratings: count, index }) => ({ procedureId, vi: name.vi, count, index }))).toEqual([
      { procedureId: 'certified-copy', vi: 'certified-copy', count: 2, index: 1 },
      { procedureId: 'building-permit', vi: 'building-permit', count: 1, index: 0 },
      { procedureId: null, vi: 'Chưa chọn thủ tục', count: 1, index: 0 },
    ]);
  });

  it("gives each criterion's mean over the ratings that answered it", () => {
    expect(report.criteria.map(({ id, answered, mean }) => ({ id, answered, mean }))).toEqual([
      { id: 'access', answered: 0, mean: null },
      { id: 'transparency', answered: 0, mean: null },
      { id: 'officer', answered: 2, mean: 4 },
      { id: 'time', answered: 2, mean: 3 },
      { id: 'result', answered: 0, mean: null },
    ]);
  });

  it('ranks the low-score reasons by how often they were given, leaving out those never given', () => {
    expect(report.reasons.map(({ id, count, label }) => ({ id, count, vi: label.vi }))).toEqual([
      { id: 'longWait', count: 2, vi: 'Phải chờ đợi lâu' },
      { id: 'extraDocuments', count: 1, vi: 'Bị yêu cầu bổ sung giấy tờ ngoài quy định' },
    ]);
  });

  it('lists the comments newest first with ticket, counter, group and local time, and nothing about the citizen', () => {
    expect(report.commentCount).toBe(2);
    expect(report.comments).toEqual([
      {
        at: ratings[2]!.at,
        day: '2026-11-21',
        // Ticket 3 queued 08:03, called after 30 min, started a minute later, served 12 min, rated a minute after.
        time: '08:47',
        ticketNumber: 'C003',
        counter: 4,
        groupId: 'land',
        groupName: { vi: 'Đất đai, xây dựng', en: 'Land, construction' },
        overall: 2,
        channel: 'phone',
        text: 'Phải bổ sung giấy tờ\nhai lần',
      },
      // Ticket 2: queued 08:02, called 08:22, started 08:23, finished 08:30, rated 08:31.
      expect.objectContaining({ ticketNumber: 'A002', counter: 2, day: '2026-11-20', time: '08:31', overall: 4 }),
    ]);
  });

  it('carries the newest comments only, with the count of them all', () => {
    const many = Array.from({ length: MAX_COMMENTS + 5 }, (_, index) => rating({ ...t1, id: 100 + index }, 4, { at: t1.queuedAt + index * MIN, comment: `góp ý ${index}` }));
    const busy = satisfactionReport({ range: { from: '2026-11-20', to: '2026-11-20' }, ratings: many, tickets, names, madeAt: 0 });
    expect(busy.commentCount).toBe(MAX_COMMENTS + 5);
    expect(busy.comments).toHaveLength(MAX_COMMENTS);
    expect(busy.comments[0]?.text).toBe(`góp ý ${MAX_COMMENTS + 4}`);
    expect(busy.comments.at(-1)?.text).toBe('góp ý 5');
  });

  it('gives an empty range no index, no mean and no times rather than zeros', () => {
    const empty = satisfactionReport({ range: { from: '2026-11-22', to: '2026-11-22' }, ratings: [], tickets: [], names, madeAt: 0 });
    expect(empty.overall).toEqual({ ratings: 0, satisfied: 0, index: null, meanScore: null, served: 0, meanWaitMinutes: null, meanServiceMinutes: null });
    expect(empty.daily).toHaveLength(1);
    expect(empty.byCounter).toEqual([]);
    expect(empty.reasons).toEqual([]);
  });
});
