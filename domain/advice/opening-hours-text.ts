/** The service point's working sessions, worded for a citizen: weekdays with the same hours told together. */
import type { LocalizedText } from '../catalogue/catalogue-schema.js';
import type { OpeningHours, WorkingSession } from '../queue/service-day-rules.js';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES: Record<(typeof WEEK)[number], LocalizedText> = {
  mon: { vi: 'Thứ Hai', en: 'Monday' },
  tue: { vi: 'Thứ Ba', en: 'Tuesday' },
  wed: { vi: 'Thứ Tư', en: 'Wednesday' },
  thu: { vi: 'Thứ Năm', en: 'Thursday' },
  fri: { vi: 'Thứ Sáu', en: 'Friday' },
  sat: { vi: 'Thứ Bảy', en: 'Saturday' },
  sun: { vi: 'Chủ nhật', en: 'Sunday' },
};
const CLOSED: LocalizedText = { vi: 'nghỉ', en: 'closed' };
const HOLIDAYS: LocalizedText = { vi: 'Nghỉ các ngày lễ, Tết theo quy định.', en: 'Closed on public holidays.' };

function sessionsText(sessions: readonly WorkingSession[], locale: keyof LocalizedText): string {
  if (sessions.length === 0) return CLOSED[locale];
  const joiner = locale === 'vi' ? ' và ' : ' and ';
  return sessions.map((session) => `${session.opens}–${session.closes}`).join(joiner);
}

/** "Thứ Hai – Thứ Sáu: 07:30–11:30 và 13:30–17:00. Thứ Bảy: 07:30–11:30. Chủ nhật: nghỉ." */
export function openingHoursText(hours: OpeningHours): LocalizedText {
  const runs: Array<{ from: (typeof WEEK)[number]; to: (typeof WEEK)[number]; key: string }> = [];
  for (const day of WEEK) {
    const key = JSON.stringify(hours.week[day]);
    const last = runs.at(-1);
    if (last !== undefined && last.key === key) last.to = day;
    else runs.push({ from: day, to: day, key });
  }
  const word = (locale: keyof LocalizedText): string =>
    [
      ...runs.map(({ from, to }) => {
        const days = from === to ? DAY_NAMES[from][locale] : `${DAY_NAMES[from][locale]} – ${DAY_NAMES[to][locale]}`;
        return `${days}: ${sessionsText(hours.week[from], locale)}.`;
      }),
      HOLIDAYS[locale],
    ].join(' ');
  return { vi: word('vi'), en: word('en') };
}
