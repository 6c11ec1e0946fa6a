/** The ranges the dashboard offers, counted back from the service point's today (the host says which day that is). */
import { type DayRange, MAX_RANGE_DAYS, daysInRange } from '../../bridge/dashboard-protocol.js';

export type RangeChoice = 'today' | 'last7' | 'last30' | 'custom';

/** The last `days` days up to `today`, both included. */
export function lastDays(today: string, days: number): DayRange {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today };
}

export function presetRange(choice: Exclude<RangeChoice, 'custom'>, today: string): DayRange {
  return lastDays(today, choice === 'today' ? 1 : choice === 'last7' ? 7 : 30);
}

export function isValidRange(range: DayRange): boolean {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  return iso.test(range.from) && iso.test(range.to) && range.from <= range.to && daysInRange(range.from, range.to) <= MAX_RANGE_DAYS;
}
