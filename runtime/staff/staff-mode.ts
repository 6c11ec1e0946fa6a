/**
 * Staff mode's way in and its session at the kiosk: five taps in a corner within 3 s (or the key
 * switch) bring up the sign-in; an account's PIN opens staff mode; 5 wrong PINs in a row lock
 * staff entry for 5 minutes; staff mode closes after 2 minutes without a touch. Every attempt,
 * sign-in, lockout and sign-out goes to the audit trail. Time comes from `now`, so lockouts are
 * tested on a simulated clock.
 */
import { CORNER_TAPS, CORNER_TAP_WINDOW_MS, LOCKOUT_MS, MAX_WRONG_PINS, SIGN_IN_IDLE_MS, STAFF_IDLE_MS } from '../../bridge/staff-limits.js';
import {
  type StaffAccountView,
  type StaffModeView,
  type StaffRefusal,
  type StaffReply,
  type StaffRole,
} from '../../bridge/staff-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { verifyPin } from '../host/counter-pin.js';
import type { Logger } from '../log.js';
import type { AuditAction } from '../store/audit-trail.js';

export type StaffAccount = KioskConfig['staff']['accounts'][number];

export interface StaffAudit {
  append(entry: { at: number; actor: string; action: AuditAction; detail: string }): void;
}

export interface StaffModeOptions {
  /** Read at every sign-in, so an account added in the editor can sign in at once. */
  accounts: () => readonly StaffAccount[];
  audit: StaffAudit;
  logger: Logger;
  /** Epoch ms; a simulated clock in tests. */
  now?: () => number;
  /** Staff mode opened or closed: the citizen's session starts afresh either way. */
  onOpenedOrClosed: () => void;
  /** The view changed: publish it. */
  onChange: () => void;
}

type Stage = { name: 'closed' } | { name: 'signIn' } | { name: 'open'; account: StaffAccountView };

const ENTRY_ACTOR = 'kiosk (staff sign-in)';

export class StaffMode {
  private stage: Stage = { name: 'closed' };
  private taps: number[] = [];
  private wrongPins = 0;
  private lockedUntil: number | null = null;
  private lastError: 'wrongPin' | 'lockedOut' | null = null;
  private revision = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: StaffModeOptions) {
    this.now = options.now ?? Date.now;
  }

  view(): StaffModeView | null {
    switch (this.stage.name) {
      case 'closed':
        return null;
      case 'signIn':
        return {
          stage: 'signIn',
          accounts: this.options.accounts().map(accountView),
          lockedUntil: this.locked() ? new Date(this.lockedUntil ?? 0).toISOString() : null,
          wrongPins: this.wrongPins,
          lastError: this.lastError,
        };
      case 'open':
        return { stage: 'open', account: this.stage.account, revision: this.revision };
    }
  }

  /** The signed-in account, or null. */
  get account(): StaffAccountView | null {
    return this.stage.name === 'open' ? this.stage.account : null;
  }

  get isClosed(): boolean {
    return this.stage.name === 'closed';
  }

  /** How the audit trail names whoever is signed in. */
  get actor(): string {
    const { account } = this;
    return account === null ? ENTRY_ACTOR : `staff ${account.name} (${account.id})`;
  }

  /** One tap in the hidden corner; the fifth within 3 s brings up the sign-in. */
  cornerTap(): { opened: boolean } {
    if (this.stage.name !== 'closed') return { opened: false };
    const at = this.now();
    this.taps = [...this.taps.filter((tap) => at - tap < CORNER_TAP_WINDOW_MS), at];
    if (this.taps.length < CORNER_TAPS) return { opened: false };
    this.showSignIn();
    return { opened: true };
  }

  /** The key switch turned: on shows the sign-in, off closes staff mode. */
  keySwitch(on: boolean): void {
    if (on && this.stage.name === 'closed') this.showSignIn();
    else if (!on && this.stage.name !== 'closed') this.close(this.stage.name === 'open' ? 'staffSignOut' : null, 'key switch turned off');
  }

  async signIn(accountId: string, pin: string): Promise<StaffReply<{ account: StaffAccountView }>> {
    if (this.stage.name !== 'signIn') return SIGNED_OUT;
    this.restartIdleTimer(SIGN_IN_IDLE_MS);
    if (this.locked()) {
      this.audit('staffSignInFailed', `attempt for "${accountId}" while staff entry is locked`);
      return this.refuse('lockedOut', LOCKED_OUT);
    }
    const account = this.options.accounts().find((candidate) => candidate.id === accountId);
    // An unknown account costs a wrong PIN too, and takes as long, so names cannot be probed.
    const matches = await verifyPin(pin, account?.pinHash ?? UNUSABLE_HASH);
    if (this.stage.name !== 'signIn') return SIGNED_OUT;
    if (account === undefined || !matches) return this.wrongPin(accountId);
    this.wrongPins = 0;
    this.lastError = null;
    this.stage = { name: 'open', account: accountView(account) };
    this.audit('staffSignIn', `${account.name} (${account.role}) opened staff mode`);
    this.options.logger.info(`staff mode opened by ${account.id}`);
    this.restartIdleTimer(STAFF_IDLE_MS);
    this.options.onOpenedOrClosed();
    this.options.onChange();
    return { ok: true, result: { account: accountView(account) } };
  }

  cancelSignIn(): void {
    if (this.stage.name === 'signIn') this.close(null, 'sign-in cancelled');
  }

  signOut(): void {
    if (this.stage.name === 'open') this.close('staffSignOut', 'signed out');
    else this.cancelSignIn();
  }

  /** A touch on a staff screen (every request counts as one): the idle clock starts again. */
  touch(): void {
    if (this.stage.name === 'open') this.restartIdleTimer(STAFF_IDLE_MS);
    else if (this.stage.name === 'signIn') this.restartIdleTimer(SIGN_IN_IDLE_MS);
  }

  /** Why the signed-in account may not make a request needing `role`; null when it may. */
  refusalFor(role: 'anyone' | StaffRole): StaffRefusal | null {
    if (role === 'anyone') return null;
    const { account } = this;
    if (account === null) return SIGNED_OUT;
    if (role === 'admin' && account.role !== 'admin') return NOT_ALLOWED;
    return null;
  }

  /** Something staff screens show has changed: they ask again. */
  changed(): void {
    if (this.stage.name !== 'open') return;
    this.revision += 1;
    this.options.onChange();
  }

  stop(): void {
    clearTimeout(this.idleTimer);
  }

  private showSignIn(): void {
    this.taps = [];
    this.lastError = null;
    this.stage = { name: 'signIn' };
    this.restartIdleTimer(SIGN_IN_IDLE_MS);
    this.options.onChange();
  }

  private wrongPin(accountId: string): StaffRefusal {
    this.wrongPins += 1;
    this.audit('staffSignInFailed', `wrong PIN for "${accountId}" (${this.wrongPins} of ${MAX_WRONG_PINS})`);
    if (this.wrongPins < MAX_WRONG_PINS) return this.refuse('wrongPin', WRONG_PIN);
    this.wrongPins = 0;
    this.lockedUntil = this.now() + LOCKOUT_MS;
    this.audit('staffLockedOut', `${MAX_WRONG_PINS} wrong PINs: staff entry locked for ${LOCKOUT_MS / 60_000} minutes`);
    this.options.logger.warn(`staff entry locked for ${LOCKOUT_MS / 60_000} minutes after ${MAX_WRONG_PINS} wrong PINs`);
    return this.refuse('lockedOut', LOCKED_OUT);
  }

  private refuse(reason: 'wrongPin' | 'lockedOut', refusal: StaffRefusal): StaffRefusal {
    this.lastError = reason;
    this.options.onChange();
    return refusal;
  }

  private locked(): boolean {
    return this.lockedUntil !== null && this.now() < this.lockedUntil;
  }

  private close(action: 'staffSignOut' | 'staffTimedOut' | null, why: string): void {
    const wasOpen = this.stage.name === 'open';
    if (action !== null) this.audit(action, why);
    this.stage = { name: 'closed' };
    this.lastError = null;
    clearTimeout(this.idleTimer);
    if (wasOpen) this.options.onOpenedOrClosed();
    this.options.onChange();
  }

  private restartIdleTimer(ms: number): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.stage.name === 'open') this.close('staffTimedOut', `no touch for ${ms / 60_000} minutes`);
      else this.close(null, 'sign-in left unanswered');
    }, ms);
    this.idleTimer.unref();
  }

  private audit(action: AuditAction, detail: string): void {
    this.options.audit.append({ at: this.now(), actor: this.actor, action, detail });
  }
}

function accountView(account: StaffAccount): StaffAccountView {
  return { id: account.id, name: account.name, role: account.role };
}

/** A well-formed hash no PIN matches (no scrypt output is all zeros), checked in place of an unknown account's. */
const UNUSABLE_HASH = 'scrypt$16384$8$1$bm8tYWNjb3VudC1zYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const SIGNED_OUT: StaffRefusal = {
  ok: false,
  reason: 'signedOut',
  message: { vi: 'Chế độ nhân viên đã đóng. Vui lòng đăng nhập lại.', en: 'Staff mode has closed. Please sign in again.' },
};
const NOT_ALLOWED: StaffRefusal = {
  ok: false,
  reason: 'notAllowed',
  message: { vi: 'Tài khoản của bạn không có quyền làm việc này.', en: 'Your account may not do this.' },
};
const WRONG_PIN: StaffRefusal = {
  ok: false,
  reason: 'wrongPin',
  message: { vi: 'Mã PIN không đúng.', en: 'Wrong PIN.' },
};
const LOCKED_OUT: StaffRefusal = {
  ok: false,
  reason: 'lockedOut',
  message: {
    vi: `Nhập sai mã PIN ${MAX_WRONG_PINS} lần: tạm khóa đăng nhập ${LOCKOUT_MS / 60_000} phút.`,
    en: `${MAX_WRONG_PINS} wrong PINs: staff sign-in is locked for ${LOCKOUT_MS / 60_000} minutes.`,
  },
};
