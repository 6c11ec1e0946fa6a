/**
 * The satisfaction report of a date range, worked out from the ratings and the served tickets:
 * pure functions, so every figure is tested by hand. The index is the share of ratings scoring 4 or
 * 5 (as SIPAS reports it), always shown beside the mean score; waiting and service times come from
 * every served ticket, rated or not, so a group's times do not depend on who chose to rate.
 */
import type {
  CriterionFigures,
  DashboardComment,
  DayRange,
  IndexFigures,
  ReasonFigures,
  SatisfactionReport,
  ServiceTimes,
} from '../../bridge/dashboard-protocol.js';
import { eachDay } from '../../bridge/dashboard-protocol.js';
import { CRITERIA, LOW_SCORE_REASONS, SCORES } from '../../bridge/satisfaction-poll.js';
import type { StoredRating } from './rating-store.js';
import type { StatisticsNames } from './statistics-names.js';
import { type ServedTicket, serviceMinutes, waitMinutes } from './statistics-tickets.js';

/** The lowest overall score SIPAS counts as satisfied. */
export const SATISFIED_FROM = 4;
/** The newest comments a report carries; the exports hold every one. */
export const MAX_COMMENTS = 200;

export interface ReportInput {
  range: DayRange;
  ratings: readonly StoredRating[];
  tickets: readonly ServedTicket[];
  names: StatisticsNames;
  madeAt: number;
}

export function satisfactionReport({ range, ratings, tickets, names, madeAt }: ReportInput): SatisfactionReport {
  const ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  // Each breakdown is grouped in one pass: a year of a busy ward is tens of thousands of ratings.
  const ratingsByDay = groupBy(ratings, (rating) => rating.serviceDay);
  const ratingsByCounter = groupBy(ratings, (rating) => rating.counter);
  const ticketsByCounter = groupBy(tickets, (ticket) => ticket.counter);
  const ratingsByGroup = groupBy(ratings, (rating) => rating.serviceId);
  const ticketsByGroup = groupBy(tickets, (ticket) => ticket.serviceId);
  const ratingsByProcedure = groupBy(ratings, (rating) => rating.procedureId);
  const counters = unique([...ratingsByCounter.keys(), ...ticketsByCounter.keys()]).sort((a, b) => a - b);
  const groupIds = names.orderGroups(unique([...ratingsByGroup.keys(), ...ticketsByGroup.keys()]));
  const allComments = comments(ratings, ticketById, names);

  return {
    range,
    madeAt,
    overall: { ...indexFigures(ratings), ...serviceTimes(tickets) },
    distribution: SCORES.map((score) => ({ score, count: ratings.filter((rating) => rating.overall === score).length })),
    daily: eachDay(range.from, range.to).map((day) => ({ day, ...indexFigures(ratingsByDay.get(day) ?? []) })),
    byCounter: counters.map((counter) => ({
      counter,
      ...indexFigures(ratingsByCounter.get(counter) ?? []),
      ...serviceTimes(ticketsByCounter.get(counter) ?? []),
    })),
    byGroup: groupIds.map((groupId) => ({
      groupId,
      name: names.group(groupId),
      ...indexFigures(ratingsByGroup.get(groupId) ?? []),
      ...serviceTimes(ticketsByGroup.get(groupId) ?? []),
    })),
    byProcedure: [...ratingsByProcedure]
      .map(([procedureId, procedureRatings]) => ({ procedureId, name: names.procedure(procedureId), ...indexFigures(procedureRatings) }))
      .sort((a, b) => b.ratings - a.ratings || a.name.vi.localeCompare(b.name.vi, 'vi')),
    criteria: criteriaFigures(ratings),
    reasons: rankedReasons(ratings),
    commentCount: allComments.length,
    comments: allComments.slice(0, MAX_COMMENTS),
  };
}

export function indexFigures(ratings: readonly StoredRating[]): IndexFigures {
  const satisfied = ratings.filter((rating) => rating.overall >= SATISFIED_FROM).length;
  return {
    ratings: ratings.length,
    satisfied,
    index: ratings.length === 0 ? null : satisfied / ratings.length,
    meanScore: mean(ratings.map((rating) => rating.overall)),
  };
}

export function serviceTimes(tickets: readonly ServedTicket[]): ServiceTimes {
  return {
    served: tickets.length,
    meanWaitMinutes: mean(present(tickets.map(waitMinutes))),
    meanServiceMinutes: mean(present(tickets.map(serviceMinutes))),
  };
}

/** Each SIPAS criterion's mean over the ratings that answered it (the criteria are optional). */
export function criteriaFigures(ratings: readonly StoredRating[]): CriterionFigures[] {
  return CRITERIA.map(({ id, label }) => {
    const scores = present(ratings.map((rating) => rating.criteria[id] ?? null));
    return { id, label, answered: scores.length, mean: mean(scores) };
  });
}

/** The low-score reasons given, most often first (ties in the poll's order). */
export function rankedReasons(ratings: readonly StoredRating[]): ReasonFigures[] {
  return LOW_SCORE_REASONS.map(({ id, label }) => ({ id, label, count: ratings.filter((rating) => rating.reasons.includes(id)).length }))
    .filter((reason) => reason.count > 0)
    .sort((a, b) => b.count - a.count);
}

function comments(ratings: readonly StoredRating[], tickets: ReadonlyMap<number, ServedTicket>, names: StatisticsNames): DashboardComment[] {
  return ratings
    .filter((rating): rating is StoredRating & { comment: string } => rating.comment !== null && rating.comment !== '')
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((rating) => ({
      at: rating.at,
      day: rating.serviceDay,
      time: names.localTime(rating.at),
      ticketNumber: tickets.get(rating.ticketId)?.number ?? '—',
      counter: rating.counter,
      groupId: rating.serviceId,
      groupName: names.group(rating.serviceId),
      overall: rating.overall,
      channel: rating.channel,
      text: rating.comment,
    }));
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function present<Value>(values: ReadonlyArray<Value | null>): Value[] {
  return values.filter((value): value is Value => value !== null);
}

function unique<Value>(values: readonly Value[]): Value[] {
  return [...new Set(values)];
}

function groupBy<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
