import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_RECHECK_MS, RECHECK_MS, msUntilNextRestart, parseClockTime, scheduleDailyRestart } from '../../electron/daily-restart.js';
import { FAULT_RESTARTS_ENV, STABLE_UPTIME_MS, faultRestartDelayMs, restartOnFatalError } from '../../electron/fatal-restart.js';
import { HANG_GRACE_MS, RendererWatchdog } from '../../electron/renderer-watchdog.js';

const clock = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('renderer watchdog', () => {
  const watched = () => {
    const page = { reload: vi.fn(), crash: vi.fn() };
    return { page, watchdog: new RendererWatchdog(page, { clock }) };
  };

  it('reloads a crashed page at once', () => {
    const { page, watchdog } = watched();
    watchdog.gone('crashed');
    expect(page.reload).toHaveBeenCalledTimes(1);
    expect(page.crash).not.toHaveBeenCalled();
  });

  it('kills and reloads a page hung for the grace period, well inside 2 s', () => {
    const { page, watchdog } = watched();
    expect(HANG_GRACE_MS).toBeLessThan(2_000);
    watchdog.unresponsive();
    vi.advanceTimersByTime(HANG_GRACE_MS - 1);
    expect(page.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(page.crash).toHaveBeenCalledTimes(1);
    expect(page.reload).toHaveBeenCalledTimes(1);
    expect(page.crash.mock.invocationCallOrder[0]).toBeLessThan(page.reload.mock.invocationCallOrder[0]!);
  });

  it('reloads once for a hang, not again for the crash it caused itself', () => {
    const { page, watchdog } = watched();
    watchdog.unresponsive();
    vi.advanceTimersByTime(HANG_GRACE_MS);
    watchdog.gone('killed');
    expect(page.reload).toHaveBeenCalledTimes(1);
    // A real crash later is reloaded again.
    vi.advanceTimersByTime(60_000);
    watchdog.gone('crashed');
    expect(page.reload).toHaveBeenCalledTimes(2);
  });

  it('leaves a page that answers again within the grace period', () => {
    const { page, watchdog } = watched();
    watchdog.unresponsive();
    vi.advanceTimersByTime(HANG_GRACE_MS / 2);
    watchdog.responsive();
    vi.advanceTimersByTime(10 * HANG_GRACE_MS);
    expect(page.crash).not.toHaveBeenCalled();
    expect(page.reload).not.toHaveBeenCalled();
  });

  it('counts a hang from its first report, not from repeats', () => {
    const { page, watchdog } = watched();
    watchdog.unresponsive();
    vi.advanceTimersByTime(HANG_GRACE_MS - 100);
    watchdog.unresponsive();
    vi.advanceTimersByTime(100);
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing once the window is closing', () => {
    const { page, watchdog } = watched();
    watchdog.unresponsive();
    watchdog.stop();
    vi.advanceTimersByTime(10 * HANG_GRACE_MS);
    watchdog.gone('clean-exit');
    expect(page.reload).not.toHaveBeenCalled();
    expect(page.crash).not.toHaveBeenCalled();
  });
});

describe('restart on a fatal error in the main process', () => {
  const setUp = (env: Record<string, string | undefined> = {}) => {
    const source = new EventEmitter();
    const app = { relaunch: vi.fn(), exit: vi.fn() };
    const log = vi.fn();
    restartOnFatalError(source, app, log, { env, setTimeout: (callback, ms) => setTimeout(callback, ms) });
    return { source, app, log, env };
  };

  it('logs an uncaught exception and relaunches the app at once', () => {
    const { source, app, log } = setUp();
    source.emit('uncaughtException', new Error('database is locked'));
    expect(log.mock.calls[0]?.[0]).toMatch(/^uncaught exception: Error: database is locked/);
    expect(log.mock.calls[1]?.[0]).toBe('restarting the app');
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(app.relaunch.mock.invocationCallOrder[0]).toBeLessThan(app.exit.mock.invocationCallOrder[0]!);
  });

  it('does the same for an unhandled rejection, and relaunches only once', () => {
    const { source, app, log } = setUp();
    source.emit('unhandledRejection', 'printer gone');
    source.emit('uncaughtException', new Error('second'));
    expect(log.mock.calls.map(([line]) => String(line).split(':')[0])).toEqual([
      'unhandled promise rejection',
      'restarting the app',
      'uncaught exception',
    ]);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledTimes(1);
  });

  it('counts restarts in a row for the next process, and starts again after a stable run', () => {
    const quick = setUp({ [FAULT_RESTARTS_ENV]: '1' });
    vi.advanceTimersByTime(STABLE_UPTIME_MS - 1);
    quick.source.emit('uncaughtException', new Error('again'));
    expect(quick.env[FAULT_RESTARTS_ENV]).toBe('2');
    const stable = setUp({ [FAULT_RESTARTS_ENV]: '4' });
    vi.advanceTimersByTime(STABLE_UPTIME_MS);
    expect(stable.env).not.toHaveProperty(FAULT_RESTARTS_ENV);
    stable.source.emit('uncaughtException', new Error('much later'));
    expect(stable.env[FAULT_RESTARTS_ENV]).toBe('1');
    expect(stable.app.relaunch).toHaveBeenCalledTimes(1);
  });

  it('backs off a fault that comes back at every start', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 50].map(faultRestartDelayMs)).toEqual([0, 0, 10_000, 20_000, 40_000, 80_000, 300_000, 300_000]);
    const { source, app, log } = setUp({ [FAULT_RESTARTS_ENV]: '2' });
    source.emit('uncaughtException', new Error('third time'));
    expect(log.mock.calls[1]?.[0]).toBe('restarting the app in 10 s (restart 3 in a row)');
    vi.advanceTimersByTime(9_999);
    expect(app.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});

describe('time until the daily restart', () => {
  const HOUR = 3_600_000;
  const MINUTE = 60_000;

  it('reads HH:MM on a 24-hour clock only', () => {
    expect(parseClockTime('03:30')).toEqual({ hour: 3, minute: 30 });
    expect(parseClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['3:30', '24:00', '12:60', '0330', '03:30:00', '', 'noon']) expect(parseClockTime(bad)).toBeNull();
    expect(() => msUntilNextRestart(new Date(), '25:00', 'Asia/Ho_Chi_Minh')).toThrow(RangeError);
  });

  it('counts to later today in the service point zone (UTC+7)', () => {
    // 01:00 in Hà Nội is 18:00 UTC the day before.
    expect(msUntilNextRestart(new Date('2026-03-09T18:00:00Z'), '03:00', 'Asia/Ho_Chi_Minh')).toBe(2 * HOUR);
    expect(msUntilNextRestart(new Date('2026-03-09T18:00:00Z'), '01:30', 'Asia/Ho_Chi_Minh')).toBe(30 * MINUTE);
  });

  it('counts to tomorrow once the time has passed or is now', () => {
    // 03:00 in Hà Nội: the next 03:00 is a full day away, and 02:59 almost so.
    expect(msUntilNextRestart(new Date('2026-03-09T20:00:00Z'), '03:00', 'Asia/Ho_Chi_Minh')).toBe(24 * HOUR);
    expect(msUntilNextRestart(new Date('2026-03-09T20:00:00Z'), '02:59', 'Asia/Ho_Chi_Minh')).toBe(24 * HOUR - MINUTE);
  });

  it('is not the UTC answer: the zone decides', () => {
    const now = new Date('2026-03-09T12:00:00Z');
    expect(msUntilNextRestart(now, '03:00', 'UTC')).toBe(15 * HOUR);
    expect(msUntilNextRestart(now, '03:00', 'Asia/Ho_Chi_Minh')).toBe(8 * HOUR);
  });

  it('crosses a month and a year end', () => {
    expect(msUntilNextRestart(new Date('2026-12-31T21:00:00Z'), '03:00', 'Asia/Ho_Chi_Minh')).toBe(23 * HOUR);
  });

  it('keeps the wall-clock hour across a daylight-saving change', () => {
    // Europe/Berlin moves to summer time on 29 March 2026 at 02:00: the day has 23 hours.
    const saturdayAt0400 = new Date('2026-03-28T03:00:00Z');
    const next = saturdayAt0400.getTime() + msUntilNextRestart(saturdayAt0400, '04:00', 'Europe/Berlin');
    expect(new Date(next).toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });
});

describe('daily restart scheduler', () => {
  const start = (setting: () => { at: string | undefined; timeZone: string }) => {
    const restart = vi.fn();
    const log = vi.fn();
    const scheduler = scheduleDailyRestart({ setting, restart, log, timers: clock });
    return { restart, log, scheduler };
  };

  it('restarts once at the configured time', () => {
    vi.setSystemTime(new Date('2026-03-09T18:00:00Z')); // 01:00 in Hà Nội
    const { restart } = start(() => ({ at: '03:00', timeZone: 'Asia/Ho_Chi_Minh' }));
    vi.advanceTimersByTime(2 * 3_600_000 - 1);
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(restart).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(48 * 3_600_000);
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('waits past the time for a citizen or staff to finish, then restarts', () => {
    vi.setSystemTime(new Date('2026-03-09T18:00:00Z')); // 01:00 in Hà Nội
    let idle = false;
    const restart = vi.fn();
    const log = vi.fn();
    scheduleDailyRestart({ setting: () => ({ at: '03:00', timeZone: 'Asia/Ho_Chi_Minh' }), restart, isIdle: () => idle, log, timers: clock });
    vi.advanceTimersByTime(2 * 3_600_000 + 5 * IDLE_RECHECK_MS);
    expect(restart).not.toHaveBeenCalled();
    expect(log.mock.calls.filter(([line]) => String(line).includes('waits until nobody'))).toHaveLength(1);
    idle = true;
    vi.advanceTimersByTime(IDLE_RECHECK_MS);
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('never restarts without a configured time', () => {
    vi.setSystemTime(new Date('2026-03-09T18:00:00Z'));
    const { restart } = start(() => ({ at: undefined, timeZone: 'Asia/Ho_Chi_Minh' }));
    vi.advanceTimersByTime(72 * 3_600_000);
    expect(restart).not.toHaveBeenCalled();
  });

  it('follows a time changed while running, within the hourly recheck', () => {
    vi.setSystemTime(new Date('2026-03-09T18:00:00Z')); // 01:00
    let at: string | undefined = '05:00';
    const { restart } = start(() => ({ at, timeZone: 'Asia/Ho_Chi_Minh' }));
    at = '02:30';
    vi.advanceTimersByTime(RECHECK_MS); // 02:00: sees the new time
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * 60_000); // 02:30
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('logs a malformed time once and keeps running', () => {
    vi.setSystemTime(new Date('2026-03-09T18:00:00Z'));
    const { restart, log } = start(() => ({ at: '3h', timeZone: 'Asia/Ho_Chi_Minh' }));
    vi.advanceTimersByTime(5 * RECHECK_MS);
    expect(restart).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/no daily restart/);
  });

  it('stops', () => {
    vi.setSystemTime(new Date('2026-03-09T18:00:00Z'));
    const { restart, scheduler } = start(() => ({ at: '01:30', timeZone: 'Asia/Ho_Chi_Minh' }));
    scheduler.stop();
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(restart).not.toHaveBeenCalled();
  });
});
