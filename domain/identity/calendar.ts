/** Calendar arithmetic on 'YYYY-MM-DD' strings. No clock: "today" always comes in as data. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The parts of a real calendar date, or null. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ddMMyyyy (as on the QR) to YYYY-MM-DD, or null when it is not a real date. */
export function fromDdMmYyyy(text: string): string | null {
  if (!/^\d{8}$/.test(text)) return null;
  const iso = `${text.slice(4, 8)}-${text.slice(2, 4)}-${text.slice(0, 2)}`;
  return isIsoDate(iso) ? iso : null;
}

function requireDate(iso: string, what: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`${what} is not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return date;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const date = requireDate(iso, 'date');
  const year = date.year + years;
  return formatIsoDate({ year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) });
}

/**
 * Completed years of age on `today`. Someone born on 29 February comes of age on 1 March in a
 * common year. Negative when `today` is before the birth date.
 */
export function ageOn(dateOfBirth: string, today: string): number {
  const birth = requireDate(dateOfBirth, 'dateOfBirth');
  const now = requireDate(today, 'today');
  let age = now.year - birth.year;
  if (now.month < birth.month || (now.month === birth.month && now.day < birth.day)) age -= 1;
  return age;
}
