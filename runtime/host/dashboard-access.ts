/**
 * Who may read the satisfaction figures: staff sign in with the dashboard's PIN (config
 * `satisfaction.dashboardPinHash`) or, where none is set, with a counter's PIN, through the
 * counters' count of wrong attempts and lockout. A sign-in gives a session token a reconnected page
 * resumes with, and one-minute tokens for export downloads. Tokens live in memory only: a host
 * restart asks for the PIN again.
 */
import { randomBytes } from 'node:crypto';
import type { DashboardRefusalReason, DashboardSignInKind, DashboardToken } from '../../bridge/dashboard-protocol.js';
import type { Locale } from '../../bridge/contract.js';
import type { CounterSessions } from './counter-sessions.js';

export const DASHBOARD_SESSION_MS = 8 * 60 * 60_000;
export const EXPORT_TOKEN_MS = 60_000;

type Words = Record<Locale, string>;
export type DashboardRefusal = { ok: false; reason: DashboardRefusalReason; message: Words };
export type DashboardSignIn = { ok: true; session: DashboardToken } | DashboardRefusal;

export interface DashboardAccessOptions {
  sessions: Pick<CounterSessions, 'checkStaffPin'>;
  /** Read at every sign-in, so a PIN set in a reloaded config applies at once. */
  dashboardPinHash: () => string | undefined;
  now?: () => number;
}

export class DashboardAccess {
  private readonly sessionTokens = new Map<string, number>();
  private readonly exportTokens = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: DashboardAccessOptions) {
    this.now = options.now ?? Date.now;
  }

  get signInKind(): DashboardSignInKind {
    return this.options.dashboardPinHash() === undefined ? 'counterPin' : 'dashboardPin';
  }

  async signIn(pin: string, counter: number | undefined): Promise<DashboardSignIn> {
    const dashboardPinHash = this.options.dashboardPinHash();
    const owner = dashboardPinHash !== undefined ? { dashboardPinHash } : counter !== undefined ? { counter } : null;
    if (owner === null) return refusal('wrongPin', COUNTER_NEEDED);
    const checked = await this.options.sessions.checkStaffPin(pin, owner);
    if (!checked.ok) return refusal(checked.reason === 'lockedOut' ? 'lockedOut' : 'wrongPin', checked.message);
    return { ok: true, session: this.issue(this.sessionTokens, DASHBOARD_SESSION_MS) };
  }

  /** Whether a session token is one this host gave and it has not run out. */
  isSignedIn(token: string): boolean {
    return this.valid(this.sessionTokens, token);
  }

  signOut(token: string): void {
    this.sessionTokens.delete(token);
  }

  /** A download token for a signed-in session; null when the session has run out. */
  exportToken(sessionToken: string): DashboardToken | null {
    return this.isSignedIn(sessionToken) ? this.issue(this.exportTokens, EXPORT_TOKEN_MS) : null;
  }

  canExport(token: string): boolean {
    return this.valid(this.exportTokens, token);
  }

  private issue(tokens: Map<string, number>, lifetimeMs: number): DashboardToken {
    this.forgetExpired(tokens);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + lifetimeMs;
    tokens.set(token, expiresAt);
    return { token, expiresAt };
  }

  private valid(tokens: Map<string, number>, token: string): boolean {
    const expiresAt = tokens.get(token);
    if (expiresAt === undefined) return false;
    if (expiresAt > this.now()) return true;
    tokens.delete(token);
    return false;
  }

  private forgetExpired(tokens: Map<string, number>): void {
    const now = this.now();
    for (const [token, expiresAt] of tokens) if (expiresAt <= now) tokens.delete(token);
  }
}

const COUNTER_NEEDED: Words = {
  vi: 'Mời nhập số quầy và mã PIN của quầy.',
  en: "Please enter a counter's number and its PIN.",
};

export const SIGNED_OUT: Words = {
  vi: 'Phiên làm việc đã hết hạn. Vui lòng nhập lại mã PIN.',
  en: 'The session has ended. Please enter the PIN again.',
};

export function refusal(reason: DashboardRefusalReason, message: Words): DashboardRefusal {
  return { ok: false, reason, message };
}
