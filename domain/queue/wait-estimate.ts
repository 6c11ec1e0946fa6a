/**
 * Minutes a citizen can expect to wait: the people ahead shared among the group's open counters,
 * at the group's learnt pace (domain/queue/service-time.ts).
 */
export interface GroupLoad {
  /** Tickets to be called before this one, from `peopleAhead` in calling-policy.ts. */
  peopleAhead: number;
  /** Counters of the group open now (staffed, not paused). */
  openCounters: number;
  /** The group's learnt minutes per citizen (`ServicePace.minutes`). */
  paceMinutes: number;
  /** Minutes each service now in progress at an open counter has already lasted. */
  inServiceMinutes: readonly number[];
}

/**
 * Expected minutes until this ticket is called, or null when no counter is open ("unknown"): each
 * open counter frees up when its current service ends (pace minus what it has lasted, at least
 * now), then takes the next person ahead for one pace. The ticket's wait is when a counter frees
 * up after everyone ahead has been given one.
 */
export function estimateWaitMinutes(load: GroupLoad): number | null {
  if (load.openCounters < 1 || !(load.paceMinutes > 0)) return null;
  const freeAt = Array.from({ length: load.openCounters }, (_, counter) => {
    const lasted = load.inServiceMinutes[counter];
    return lasted === undefined ? 0 : Math.max(0, load.paceMinutes - lasted);
  });
  for (let person = 0; person < load.peopleAhead; person += 1) {
    const earliest = freeAt.indexOf(Math.min(...freeAt));
    freeAt[earliest] = (freeAt[earliest] ?? 0) + load.paceMinutes;
  }
  return roundWait(Math.min(...freeAt));
}

/**
 * Rounded up, never down (called a little early is fine, later than promised is not): to the
 * minute up to 10 minutes, where a minute matters to someone deciding whether to step out, then
 * to 5 minutes, since "about 37 minutes" would claim a precision the average does not have.
 */
function roundWait(minutes: number): number {
  const step = minutes <= 10 ? 1 : 5;
  // The tolerance keeps an average's float noise (6.000000001) from adding a whole step.
  return Math.max(0, Math.ceil(minutes / step - 1e-9)) * step;
}
