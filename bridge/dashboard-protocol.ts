/**
 * The satisfaction dashboard on the wire (`/satisfaction`): staff sign in with the dashboard's PIN
 * (or a counter's, where the config sets none), ask for the report of a date range, and get a fresh
 * report pushed within a second of every rating. The report carries figures, ticket numbers and
 * comments, never anything about the citizen. Exports are plain GETs with the short-lived token
 * the sign-in returned.
 */
import { z } from 'zod';
import type { Locale } from './contract.js';
import type { CriterionId, RatingChannel, ReasonId, Score } from './satisfaction-poll.js';

export const DASHBOARD_PATH = '/satisfaction';
export const EXPORT_CSV_PATH = '/satisfaction/export.csv';
export const EXPORT_XLSX_PATH = '/satisfaction/export.xlsx';
/** The longest range one report or export covers, in days (a year and a day for a leap year). */
export const MAX_RANGE_DAYS = 366;

type Words = Record<Locale, string>;

const requestId = z.number().int().nonnegative();
export const dayStringSchema = z.iso.date();

/** A date range of service days, both included, at most MAX_RANGE_DAYS long. */
export const dayRangeSchema = z
  .strictObject({ from: dayStringSchema, to: dayStringSchema })
  .refine((range) => range.from <= range.to, { message: 'from is after to', path: ['to'] })
  .refine((range) => daysInRange(range.from, range.to) <= MAX_RANGE_DAYS, { message: `more than ${MAX_RANGE_DAYS} days`, path: ['to'] });
export type DayRange = z.infer<typeof dayRangeSchema>;

export const dashboardRequestSchema = z.discriminatedUnion('type', [
  /** The dashboard's own PIN where the config sets one; otherwise a counter's PIN with its number. */
  z.strictObject({ type: z.literal('signIn'), id: requestId, pin: z.string().min(1).max(32), counter: z.number().int().positive().optional() }),
  /** A reconnected page picks its sign-in up again with the token the sign-in gave. */
  z.strictObject({ type: z.literal('resume'), id: requestId, token: z.string().min(16).max(128) }),
  /** The range the page shows: answered with a report, and pushed again after every rating. */
  z.strictObject({ type: z.literal('watch'), id: requestId, range: dayRangeSchema }),
  /** A one-minute token for an export download (a plain GET cannot carry the socket's sign-in). */
  z.strictObject({ type: z.literal('exportToken'), id: requestId }),
  z.strictObject({ type: z.literal('signOut'), id: requestId }),
]);
export type DashboardRequest = z.infer<typeof dashboardRequestSchema>;

/** The satisfaction index as SIPAS reports it: the share of ratings at 4 or 5, beside the mean score. */
export interface IndexFigures {
  ratings: number;
  /** Ratings of 4 or 5. */
  satisfied: number;
  /** satisfied / ratings, 0..1; null with no ratings. */
  index: number | null;
  /** Mean overall score, 1..5; null with no ratings. */
  meanScore: number | null;
}

/** Waiting (issue → call to the counter that served) and service (start → finish) of served tickets. */
export interface ServiceTimes {
  served: number;
  meanWaitMinutes: number | null;
  meanServiceMinutes: number | null;
}

export type DayFigures = IndexFigures & { day: string };
export type CounterFigures = IndexFigures & ServiceTimes & { counter: number };
export type GroupFigures = IndexFigures & ServiceTimes & { groupId: string; name: Words };
export type ProcedureFigures = IndexFigures & { procedureId: string | null; name: Words };

export interface CriterionFigures {
  id: CriterionId;
  label: Words;
  answered: number;
  mean: number | null;
}

export interface ReasonFigures {
  id: ReasonId;
  label: Words;
  count: number;
}

/** A citizen's comment as staff see it: where and when, never who. */
export interface DashboardComment {
  at: number;
  day: string;
  /** HH:mm at the service point. */
  time: string;
  ticketNumber: string;
  counter: number;
  groupId: string;
  groupName: Words;
  overall: Score;
  channel: RatingChannel;
  text: string;
}

export interface SatisfactionReport {
  range: DayRange;
  /** Epoch ms when the report was worked out. */
  madeAt: number;
  overall: IndexFigures & ServiceTimes;
  /** How many ratings gave each overall score, 1 to 5. */
  distribution: Array<{ score: Score; count: number }>;
  /** Every day of the range, oldest first, days with no rating included. */
  daily: DayFigures[];
  byCounter: CounterFigures[];
  byGroup: GroupFigures[];
  byProcedure: ProcedureFigures[];
  criteria: CriterionFigures[];
  /** Low-score reasons, most given first; reasons never given are left out. */
  reasons: ReasonFigures[];
  /** Every comment of the range. */
  commentCount: number;
  /** The newest comments, newest first (the exports hold them all). */
  comments: DashboardComment[];
}

export type DashboardRefusalReason = 'notSignedIn' | 'wrongPin' | 'lockedOut';

/** A token and when it runs out (epoch ms). */
export interface DashboardToken {
  token: string;
  expiresAt: number;
}

/** How staff sign in here: the dashboard's own PIN, or (where the config sets none) a counter's. */
export type DashboardSignInKind = 'dashboardPin' | 'counterPin';

export type DashboardReply =
  | { ok: true; session: DashboardToken }
  /** `today`: the service point's day now, so a page left open overnight moves its "today" on. */
  | { ok: true; report: SatisfactionReport; today: string }
  | { ok: true; exportToken: DashboardToken }
  | { ok: true }
  | { ok: false; reason: DashboardRefusalReason; message: Words };

export type DashboardHostMessage =
  /** Sent on connect: how to sign in, and today's service day at the service point (the page's ranges count from it). */
  | { type: 'hello'; signIn: DashboardSignInKind; today: string }
  | { type: 'reply'; id: number; result: DashboardReply }
  /** A fresh report of the watched range, after a rating. */
  | { type: 'report'; report: SatisfactionReport; today: string }
  /** The sign-in has run out: the page asks for the PIN again. */
  | { type: 'signedOut'; message: Words }
  | { type: 'error'; message: string };

/** Days from `from` to `to`, both included (ISO dates compared as UTC midnights). */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: Math.max(0, daysInRange(from, to)) }, (_, index) => new Date(start + index * 86_400_000).toISOString().slice(0, 10));
}
