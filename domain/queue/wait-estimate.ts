/**
 * Minutes a citizen can expect to wait: the people ahead shared among the group's counters, at a
 * configured pace per citizen. A first estimate, until real service times are measured.
 */
export function estimatedWaitMinutes(peopleAhead: number, counters: number, minutesPerCitizen: number): number | null {
  if (counters < 1 || !Number.isFinite(minutesPerCitizen)) return null;
  if (peopleAhead === 0) return 0;
  // Rounded up to 5 minutes: a promise of "about 13 minutes" sounds more exact than it is.
  return Math.ceil((peopleAhead * minutesPerCitizen) / counters / 5) * 5;
}
