/**
 * Who is signed in at which counter. A counter signs in with its PIN (config `counters`) and gets a
 * random token that a reloaded page resumes with; the session ends with the service day, on
 * sign-out, or when the counter signs in again elsewhere (one desk, one session). Five wrong PINs
 * lock the counter for five minutes. PINs are never logged.
 */
import { randomBytes } from 'node:crypto';
import type { QueueRefusal } from '../../bridge/queue-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { Logger } from '../log.js';
import { isPinHash, verifyPin } from './counter-pin.js';

export const MAX_PIN_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60_000;

export interface CounterSession {
  token: string;
  counter: number;
  /** The service day it was opened on: it ends when the day does. */
  day: string;
}

export type SessionResult = { ok: true; session: CounterSession } | QueueRefusal;

/** Why a session ended, for the socket that held it. */
export type SessionEnd = 'signedOut' | 'takenOver' | 'dayEnded';

export interface CounterSessionsOptions {
  /** The config's counters, read at every sign-in so a reloaded config applies. */
  counters: () => KioskConfig['counters'];
  timeZone: string;
  logger: Logger;
  /** Epoch ms; injected so tests can move time. */
  now?: () => number;
}

/** Whose wrong PINs are counted: a counter's, or the satisfaction dashboard's own PIN. */
type PinKey = number | typeof DASHBOARD;
const DASHBOARD = 'dashboard';

/** What a run of wrong PINs locks, as the refusal names it. */
interface LockedWords {
  vi: string;
  en: string;
}
const COUNTER_WORDS: LockedWords = { vi: 'quầy', en: 'the counter' };
const DASHBOARD_WORDS: LockedWords = { vi: 'bảng thống kê', en: 'the dashboard' };

interface Attempts {
  /** Attempts counted so far, a running one included: concurrent guesses cannot slip past the limit. */
  count: number;
  lockedUntil: number | null;
}

export class CounterSessions {
  private readonly byToken = new Map<string, CounterSession>();
  private readonly byCounter = new Map<number, CounterSession>();
  private readonly attempts = new Map<PinKey, Attempts>();
  private readonly endListeners = new Set<(session: CounterSession, why: SessionEnd) => void>();
  private readonly now: () => number;

  constructor(private readonly options: CounterSessionsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Hear of every session that ends; returns the unsubscribe function. */
  onEnd(listener: (session: CounterSession, why: SessionEnd) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  async signIn(counter: number, pin: string): Promise<SessionResult> {
    const refusal = await this.checkCounterPin(counter, pin);
    if (refusal) return refusal;
    const previous = this.byCounter.get(counter);
    if (previous) this.end(previous, 'takenOver');
    const session: CounterSession = { token: randomBytes(32).toString('base64url'), counter, day: this.today() };
    this.byToken.set(session.token, session);
    this.byCounter.set(counter, session);
    this.options.logger.info(`counter ${counter}: signed in${previous ? ' (the earlier session was ended)' : ''}`);
    return { ok: true, session };
  }

  /**
   * A staff PIN checked through the same count of wrong attempts and the same lockout as a sign-in,
   * opening no counter session (the satisfaction dashboard): a counter's PIN, counted with that
   * counter's sign-ins, or the dashboard's own PIN hash, counted on its own.
   */
  async checkStaffPin(pin: string, owner: { counter: number } | { dashboardPinHash: string }): Promise<{ ok: true } | QueueRefusal> {
    const refusal =
      'counter' in owner ? await this.checkCounterPin(owner.counter, pin) : await this.checkCounting(DASHBOARD, 'dashboard', owner.dashboardPinHash, pin, DASHBOARD_WORDS);
    return refusal ?? { ok: true };
  }

  /** The session behind a token, if it is still the counter's and still today's. */
  resume(token: string): SessionResult {
    const session = this.byToken.get(token);
    if (session === undefined) return notSignedIn();
    if (session.day !== this.today()) {
      this.end(session, 'dayEnded');
      return notSignedIn();
    }
    return { ok: true, session };
  }

  signOut(token: string): void {
    const session = this.byToken.get(token);
    if (session === undefined) return;
    this.end(session, 'signedOut');
    this.options.logger.info(`counter ${session.counter}: signed out`);
  }

  private end(session: CounterSession, why: SessionEnd): void {
    this.byToken.delete(session.token);
    if (this.byCounter.get(session.counter) === session) this.byCounter.delete(session.counter);
    for (const listener of this.endListeners) listener(session, why);
  }

  /** Null when the PIN is the counter's; the refusal otherwise. */
  private async checkCounterPin(counter: number, pin: string): Promise<QueueRefusal | null> {
    const pinHash = this.options.counters().find((entry) => entry.number === counter)?.pinHash;
    if (pinHash === undefined || !isPinHash(pinHash)) {
      if (pinHash !== undefined) this.options.logger.warn(`counter ${counter}: the configured PIN hash is malformed; sign-in refused`);
      return noPin(counter);
    }
    return this.checkCounting(counter, `counter ${counter}`, pinHash, pin, COUNTER_WORDS);
  }

  /** Null when the PIN matches; a wrong one counts towards the lockout of `key`. */
  private async checkCounting(key: PinKey, name: string, pinHash: string, pin: string, locked: LockedWords): Promise<QueueRefusal | null> {
    const attempts = this.attemptsOf(key);
    const refusal = this.lockRefusal(attempts, locked);
    if (refusal) return refusal;
    attempts.count += 1;
    const attempt = attempts.count;
    if (attempt >= MAX_PIN_ATTEMPTS) attempts.lockedUntil = this.now() + LOCKOUT_MS;

    if (!(await verifyPin(pin, pinHash))) {
      this.options.logger.warn(`${name}: wrong PIN (${attempt} of ${MAX_PIN_ATTEMPTS})`);
      if (attempt >= MAX_PIN_ATTEMPTS) {
        this.options.logger.warn(`${name}: locked for ${LOCKOUT_MS / 60_000} minutes after ${MAX_PIN_ATTEMPTS} wrong PINs`);
        return lockedOut(LOCKOUT_MS, locked);
      }
      return wrongPin(MAX_PIN_ATTEMPTS - attempt, locked);
    }
    this.attempts.delete(key);
    return null;
  }

  private attemptsOf(key: PinKey): Attempts {
    let attempts = this.attempts.get(key);
    if (attempts === undefined) {
      attempts = { count: 0, lockedUntil: null };
      this.attempts.set(key, attempts);
    }
    return attempts;
  }

  /** The refusal while the counter is locked; once the lock has run out, a fresh count. */
  private lockRefusal(attempts: Attempts, locked: LockedWords): QueueRefusal | undefined {
    if (attempts.lockedUntil === null) return undefined;
    const left = attempts.lockedUntil - this.now();
    if (left > 0) return lockedOut(left, locked);
    attempts.count = 0;
    attempts.lockedUntil = null;
    return undefined;
  }

  private today(): string {
    return serviceDay(new Date(this.now()), this.options.timeZone);
  }
}

function noPin(counter: number): QueueRefusal {
  return {
    ok: false,
    reason: 'notSignedIn',
    message: {
      vi: `Quầy ${counter} chưa có mã PIN. Cán bộ quản trị đặt mã bằng lệnh "npm run counter-pin -- ${counter}" và thêm vào cấu hình.`,
      en: `Counter ${counter} has no PIN yet. An administrator sets one with "npm run counter-pin -- ${counter}" and adds it to the config.`,
    },
  };
}

function wrongPin(attemptsLeft: number, locked: LockedWords): QueueRefusal {
  return {
    ok: false,
    reason: 'wrongPin',
    message: {
      vi: `Sai mã PIN. Còn ${attemptsLeft} lần thử trước khi ${locked.vi} bị khoá 5 phút.`,
      en: `Wrong PIN. ${attemptsLeft} more ${attemptsLeft === 1 ? 'try' : 'tries'} before ${locked.en} is locked for 5 minutes.`,
    },
  };
}

function lockedOut(leftMs: number, locked: LockedWords): QueueRefusal {
  const minutes = Math.ceil(leftMs / 60_000);
  return {
    ok: false,
    reason: 'lockedOut',
    message: {
      vi: `Nhập sai mã PIN ${MAX_PIN_ATTEMPTS} lần: ${locked.vi} bị khoá. Thử lại sau ${minutes} phút.`,
      en: `${MAX_PIN_ATTEMPTS} wrong PINs: ${locked.en} is locked. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    },
  };
}

export function notSignedIn(): QueueRefusal {
  return {
    ok: false,
    reason: 'notSignedIn',
    message: { vi: 'Chưa đăng nhập hoặc phiên đã hết hạn. Vui lòng đăng nhập lại.', en: 'Not signed in, or the session has ended. Please sign in again.' },
  };
}
