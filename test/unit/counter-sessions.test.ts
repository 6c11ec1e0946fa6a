import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../domain/config/schema.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { type CounterSession, CounterSessions, LOCKOUT_MS, type SessionEnd } from '../../runtime/host/counter-sessions.js';
import { MemoryLogger } from '../../runtime/log.js';

const PIN = '4821';
/** 15:00 in Hà Nội on 2026-11-23. */
const AFTERNOON = Date.parse('2026-11-23T08:00:00Z');

let counters: KioskConfig['counters'];
let clock: number;
let logger: MemoryLogger;
let sessions: CounterSessions;
let ended: Array<[number, SessionEnd]>;

beforeAll(async () => {
  counters = [
    { number: 1, pinHash: await hashPin(PIN) },
    { number: 2, pinHash: await hashPin('99887766') },
    { number: 5, pinHash: 'scrypt$broken' },
  ];
});

beforeEach(() => {
  clock = AFTERNOON;
  logger = new MemoryLogger();
  sessions = new CounterSessions({ counters: () => counters, timeZone: 'Asia/Ho_Chi_Minh', logger, now: () => clock });
  ended = [];
  sessions.onEnd((session: CounterSession, why) => ended.push([session.counter, why]));
});

async function signIn(counter: number, pin: string) {
  const result = await sessions.signIn(counter, pin);
  return result.ok ? { ok: true as const, session: result.session } : { ok: false as const, reason: result.reason, vi: result.message.vi };
}

describe('counter sign-in', () => {
  it('signs in with the right PIN and gives a random token the page can resume with', async () => {
    const first = await signIn(1, PIN);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.session.counter).toBe(1);
    expect(first.session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const resumed = sessions.resume(first.session.token);
    expect(resumed.ok && resumed.session.counter).toBe(1);
    expect(sessions.resume('x'.repeat(43))).toMatchObject({ ok: false, reason: 'notSignedIn' });
  });

  it('refuses a wrong PIN saying how many tries are left, and never logs a PIN', async () => {
    expect(await signIn(1, '0000')).toMatchObject({ ok: false, reason: 'wrongPin', vi: expect.stringContaining('Còn 4 lần thử') });
    expect(await signIn(2, PIN)).toMatchObject({ ok: false, reason: 'wrongPin' });
    await signIn(1, PIN);
    expect(logger.lines.join('\n')).not.toMatch(/0000|4821/);
  });

  it('tells staff to set a PIN for a counter that has none (or a broken one)', async () => {
    expect(await signIn(3, PIN)).toMatchObject({ ok: false, reason: 'notSignedIn', vi: expect.stringContaining('npm run counter-pin -- 3') });
    expect(await signIn(5, PIN)).toMatchObject({ ok: false, reason: 'notSignedIn', vi: expect.stringContaining('chưa có mã PIN') });
  });

  it('locks a counter for 5 minutes after 5 wrong PINs, even against the right one, then lets it in', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await signIn(1, '1111')).reason).toBe('wrongPin');
    expect(await signIn(1, '1111')).toMatchObject({ reason: 'lockedOut', vi: expect.stringContaining('5 phút') });
    clock += 60_000;
    expect(await signIn(1, PIN)).toMatchObject({ reason: 'lockedOut', vi: expect.stringContaining('4 phút') });
    // Another counter is not locked by counter 1's mistakes.
    expect((await signIn(2, '99887766')).ok).toBe(true);
    clock = AFTERNOON + LOCKOUT_MS - 1;
    expect(await signIn(1, PIN)).toMatchObject({ reason: 'lockedOut', vi: expect.stringContaining('1 phút') });
    clock = AFTERNOON + LOCKOUT_MS;
    expect((await signIn(1, PIN)).ok).toBe(true);
    expect(logger.lines.some((line) => line.includes('counter 1: locked for 5 minutes'))).toBe(true);
  });

  it('starts counting afresh after the lock runs out and after a right PIN', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) await signIn(1, '1111');
    clock += LOCKOUT_MS;
    expect(await signIn(1, '1111')).toMatchObject({ reason: 'wrongPin', vi: expect.stringContaining('Còn 4') });
    await signIn(1, '1111');
    expect((await signIn(1, PIN)).ok).toBe(true);
    expect(await signIn(1, '1111')).toMatchObject({ reason: 'wrongPin', vi: expect.stringContaining('Còn 4') });
  });

  it('counts guesses made at the same instant: no more than 5 are checked before the lock', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => signIn(1, '1111')));
    expect(results.filter((result) => result.reason === 'wrongPin')).toHaveLength(4);
    expect(results.filter((result) => result.reason === 'lockedOut')).toHaveLength(4);
  });

  it('keeps one session per counter: a new sign-in takes over and the old token is dead', async () => {
    const first = await signIn(1, PIN);
    const second = await signIn(1, PIN);
    if (!first.ok || !second.ok) throw new Error('sign-in failed');
    expect(second.session.token).not.toBe(first.session.token);
    expect(ended).toEqual([[1, 'takenOver']]);
    expect(sessions.resume(first.session.token).ok).toBe(false);
    expect(sessions.resume(second.session.token).ok).toBe(true);
  });

  it('ends a session on sign-out and at the end of the service day', async () => {
    const first = await signIn(1, PIN);
    const second = await signIn(2, '99887766');
    if (!first.ok || !second.ok) throw new Error('sign-in failed');
    sessions.signOut(first.session.token);
    expect(sessions.resume(first.session.token).ok).toBe(false);
    clock = Date.parse('2026-11-23T16:59:59Z'); // 23:59:59 in Hà Nội
    expect(sessions.resume(second.session.token).ok).toBe(true);
    clock = Date.parse('2026-11-23T17:00:00Z'); // midnight: a new service day
    expect(sessions.resume(second.session.token)).toMatchObject({ ok: false, reason: 'notSignedIn' });
    expect(ended).toEqual([
      [1, 'signedOut'],
      [2, 'dayEnded'],
    ]);
  });
});
