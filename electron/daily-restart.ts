/**
 * A restart each day at the service point's quiet hour (`maintenance.dailyRestartAt`, "HH:MM" in
 * its time zone) clears whatever a long-running Chromium and serial stack gather. Pure time
 * arithmetic with Intl, and a scheduler whose timers come in as parameters: tested without Electron.
 */

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** "HH:MM" on a 24-hour clock, or null. */
export function parseClockTime(hhmm: string): { hour: number; minute: number } | null {
  const match = CLOCK_TIME.exec(hhmm);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

/** The wall clock in `timeZone` at `instant`, read as if it were UTC: its distance from `instant` is the zone's offset. */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The instant when the wall clock in `timeZone` shows `wall` (a wall-clock time written as UTC). */
function instantOfWallClock(wall: number, timeZone: string): number {
  // Two rounds settle the offset, also across a daylight-saving change (a time skipped by one
  // lands an hour beside it, which is fine for a restart).
  let instant = wall - (wallClockAsUtc(wall, timeZone) - wall);
  instant = wall - (wallClockAsUtc(instant, timeZone) - instant);
  return instant;
}

/**
 * Milliseconds from `now` to the next time the clock in `timeZone` shows `hhmm`: later today, or
 * tomorrow when that time has passed (or is now). Throws on a malformed time or an unknown zone.
 */
export function msUntilNextRestart(now: Date, hhmm: string, timeZone: string): number {
  const time = parseClockTime(hhmm);
  if (time === null) throw new RangeError(`not a time of day (HH:MM): ${hhmm}`);
  const nowMs = now.getTime();
  const today = new Date(wallClockAsUtc(nowMs, timeZone));
  for (let days = 0; days <= 2; days += 1) {
    const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, time.hour, time.minute);
    const at = instantOfWallClock(wall, timeZone);
    if (at > nowMs) return at - nowMs;
  }
  // Unreachable: two days on is always ahead of now.
  return DAY_MS;
}

export interface RestartTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const systemTimers: RestartTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface DailyRestartSetting {
  /** "HH:MM", or undefined for no daily restart. */
  at: string | undefined;
  timeZone: string;
}

/** The configuration is looked at again at least this often, so a changed hour takes effect. */
export const RECHECK_MS = 60 * MINUTE_MS;
/** When the time comes with a citizen (or staff) at the kiosk, look again this often. */
export const IDLE_RECHECK_MS = MINUTE_MS;

/**
 * Calls `restart` once when the configured time comes. The setting is read afresh on every check
 * (the configuration may be edited while the kiosk runs); long waits are cut into hourly checks.
 * A citizen in the middle of a session is never cut off: past the time, it waits until `isIdle`.
 */
export function scheduleDailyRestart(options: {
  setting: () => DailyRestartSetting;
  restart: () => void;
  /** Nobody is using the kiosk now (its welcome screen, no staff mode). Always idle when not given. */
  isIdle?: () => boolean;
  log?: (message: string) => void;
  timers?: RestartTimers;
}): { stop(): void } {
  const timers = options.timers ?? systemTimers;
  const log = options.log ?? (() => {});
  let due: { at: number; key: string } | undefined;
  let handle: unknown;
  let complained = '';
  let waiting = false;

  const check = (): void => {
    const { at, timeZone } = options.setting();
    const key = `${at ?? ''} ${timeZone}`;
    const now = timers.now();
    if (due !== undefined && due.key === key && now >= due.at) {
      if (options.isIdle?.() === false) {
        if (!waiting) log(`daily restart at ${at} waits until nobody is using the kiosk`);
        waiting = true;
        handle = timers.setTimeout(check, IDLE_RECHECK_MS);
        return;
      }
      log(`daily restart at ${at} (${timeZone})`);
      options.restart();
      return;
    }
    due = undefined;
    if (at !== undefined) {
      try {
        due = { at: now + msUntilNextRestart(new Date(now), at, timeZone), key };
      } catch (error) {
        if (complained !== key) log(`no daily restart: ${String(error)}`);
        complained = key;
      }
    }
    handle = timers.setTimeout(check, due === undefined ? RECHECK_MS : Math.min(RECHECK_MS, due.at - now));
  };
  check();
  return { stop: () => timers.clearTimeout(handle) };
}
