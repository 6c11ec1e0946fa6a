/**
 * When the service point takes tickets: working sessions per weekday, closed days, and a cut-off
 * before each closing for complex procedures. Pure: the instant and the time zone come in; local
 * wall-clock time is worked out with Intl, so no date library is needed.
 */
import { z } from 'zod';
import type { Locale } from '../../bridge/contract.js';
import type { Complexity } from '../catalogue/catalogue-schema.js';
import { localTime, serviceDay } from './ticket-number.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm, 24-hour');
const sessionSchema = z
  .strictObject({ opens: clockTime, closes: clockTime })
  .refine((session) => session.opens < session.closes, { message: 'must close after it opens', path: ['closes'] });
export type WorkingSession = z.infer<typeof sessionSchema>;

const daySessions = z.array(sessionSchema).superRefine((sessions, ctx) => {
  sessions.slice(1).forEach((session, index) => {
    if (session.opens < (sessions[index]?.closes ?? '')) {
      ctx.addIssue({ code: 'custom', path: [index + 1, 'opens'], message: 'sessions must be in order and not overlap' });
    }
  });
});

const WEEKDAY_SESSIONS: WorkingSession[] = [
  { opens: '07:30', closes: '11:30' },
  { opens: '13:30', closes: '17:00' },
];
// Many wards receive dossiers on Saturday morning; one that does not sets `sat: []`.
const SATURDAY_SESSIONS: WorkingSession[] = [{ opens: '07:30', closes: '11:30' }];

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Weekday = (typeof WEEKDAYS)[number];

export const openingHoursSchema = z.strictObject({
  week: z
    .strictObject({
      mon: daySessions.default(WEEKDAY_SESSIONS),
      tue: daySessions.default(WEEKDAY_SESSIONS),
      wed: daySessions.default(WEEKDAY_SESSIONS),
      thu: daySessions.default(WEEKDAY_SESSIONS),
      fri: daySessions.default(WEEKDAY_SESSIONS),
      sat: daySessions.default(SATURDAY_SESSIONS),
      sun: daySessions.default([]),
    })
    .prefault({}),
  /** Public holidays and other closed days (YYYY-MM-DD, local), whatever their weekday. */
  closedDays: z.array(z.iso.date()).default([]),
  /**
   * No tickets for complex procedures (land, construction...) this many minutes before a session
   * closes: receiving and checking such a dossier takes most of half an hour, so a citizen who
   * takes a ticket at 11:20 would wait only to be told to come back. Quick and standard procedures
   * take tickets until closing, since staff serve whoever holds one.
   */
  complexCutoffMinutes: z.number().int().min(0).max(240).default(30),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** A local day (YYYY-MM-DD) and wall-clock time (HH:mm) at the service point. */
export interface LocalMoment {
  day: string;
  time: string;
}

export type ClosedReason = 'closed-day' | 'before-opening' | 'break' | 'after-closing' | 'complex-cutoff';

export type IssueDecision =
  | { allowed: true; closesAt: string }
  /** `reopens`: when this kind of ticket can next be taken; null if not within two weeks. */
  | { allowed: false; reason: ClosedReason; reopens: LocalMoment | null };

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function localNow(at: Date, timeZone: string): { day: string; minutes: number } {
  return { day: serviceDay(at, timeZone), minutes: minutesOf(localTime(at, timeZone)) };
}

/** A local calendar day's date at UTC midnight: only its calendar fields are ever read. */
function calendarDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function weekdayOf(day: string): Weekday {
  return WEEKDAYS[calendarDate(day).getUTCDay()] ?? 'sun';
}

function addDays(day: string, count: number): string {
  const date = calendarDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

function sessionsOn(day: string, hours: OpeningHours): WorkingSession[] {
  return hours.closedDays.includes(day) ? [] : hours.week[weekdayOf(day)];
}

const LOOK_AHEAD_DAYS = 14;

/** The first session opening after `minutes` on `day`, or on a later day. */
function nextOpening(day: string, minutes: number, hours: OpeningHours): LocalMoment | null {
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS; offset += 1) {
    const candidate = addDays(day, offset);
    const session = sessionsOn(candidate, hours).find((each) => offset > 0 || minutesOf(each.opens) > minutes);
    if (session !== undefined) return { day: candidate, time: session.opens };
  }
  return null;
}

/** Whether a ticket for a procedure of this complexity may be issued at this instant, and if not why. */
export function ticketIssuing(at: Date, hours: OpeningHours, timeZone: string, complexity: Complexity): IssueDecision {
  const now = localNow(at, timeZone);
  const sessions = sessionsOn(now.day, hours);
  const closed = (reason: ClosedReason): IssueDecision => ({ allowed: false, reason, reopens: nextOpening(now.day, now.minutes, hours) });
  const current = sessions.find((session) => minutesOf(session.opens) <= now.minutes && now.minutes < minutesOf(session.closes));
  if (current !== undefined) {
    const cutoff = complexity === 'complex' ? hours.complexCutoffMinutes : 0;
    if (now.minutes < minutesOf(current.closes) - cutoff) return { allowed: true, closesAt: current.closes };
    return closed('complex-cutoff');
  }
  if (sessions.length === 0) return closed('closed-day');
  if (now.minutes < minutesOf(sessions[0]?.opens ?? '00:00')) return closed('before-opening');
  return closed(sessions.some((session) => minutesOf(session.opens) > now.minutes) ? 'break' : 'after-closing');
}

const WEEKDAY_NAMES: Record<Locale, Record<Weekday, string>> = {
  vi: { sun: 'Chủ nhật', mon: 'Thứ Hai', tue: 'Thứ Ba', wed: 'Thứ Tư', thu: 'Thứ Năm', fri: 'Thứ Sáu', sat: 'Thứ Bảy' },
  en: { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' },
};

interface ClosedWords {
  reason: Record<ClosedReason, string>;
  comeBack: (when: string) => string;
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  later: (weekday: string, date: string, time: string) => string;
}

const CLOSED_WORDS: Record<Locale, ClosedWords> = {
  vi: {
    reason: {
      'closed-day': 'Hôm nay Bộ phận Một cửa không làm việc.',
      'before-opening': 'Chưa đến giờ làm việc.',
      break: 'Đang trong giờ nghỉ.',
      'after-closing': 'Đã hết giờ làm việc hôm nay.',
      'complex-cutoff': 'Đã hết giờ nhận số cho thủ tục này trong buổi làm việc.',
    },
    comeBack: (when) => ` Mời ông/bà quay lại ${when}.`,
    today: (time) => `lúc ${time}`,
    tomorrow: (time) => `lúc ${time} ngày mai`,
    later: (weekday, date, time) => `lúc ${time} ${weekday}, ${date}`,
  },
  en: {
    reason: {
      'closed-day': 'The service point is closed today.',
      'before-opening': 'We are not open yet.',
      break: 'We are on a break.',
      'after-closing': 'We are closed for the day.',
      'complex-cutoff': 'It is too close to closing time to take this procedure.',
    },
    comeBack: (when) => ` Please come back ${when}.`,
    today: (time) => `at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    later: (weekday, date, time) => `on ${weekday} ${date} at ${time}`,
  },
};

/** What the kiosk says when it refuses a ticket, e.g. "We are on a break. Please come back at 13:30." */
export function closedMessage(decision: Extract<IssueDecision, { allowed: false }>, today: string, locale: Locale): string {
  const words = CLOSED_WORDS[locale];
  const { reopens } = decision;
  if (reopens === null) return words.reason[decision.reason];
  const [, month, day] = reopens.day.split('-');
  const when =
    reopens.day === today
      ? words.today(reopens.time)
      : reopens.day === addDays(today, 1)
        ? words.tomorrow(reopens.time)
        : words.later(WEEKDAY_NAMES[locale][weekdayOf(reopens.day)], `${day}/${month}`, reopens.time);
  return words.reason[decision.reason] + words.comeBack(when);
}
