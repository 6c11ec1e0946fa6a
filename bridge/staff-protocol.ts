/**
 * Staff mode at the kiosk, on the bridge: the hidden way in (five taps in a corner, or the key
 * switch), the sign-in with an account's PIN, and the typed requests of the staff screens. Each
 * request is parsed here and answered with a reply that is either its result or a refusal in
 * words staff read (Vietnamese first). What staff mode shows on the kiosk's own screen travels in
 * the kiosk's view (`KioskView.staff`).
 */
import { z } from 'zod';
import { type DeviceKind, type DeviceStatusReport, type Locale } from './contract.js';
import { type DayRange, type SatisfactionReport, dayRangeSchema } from './dashboard-protocol.js';
import type { DayState, GroupSummary } from './queue-protocol.js';
import { configRequestRoles, configRequests, type ConfigResults } from './staff-config-protocol.js';
import { deviceToolRequestRoles, deviceToolRequests, type DeviceToolResults } from './staff-device-protocol.js';
import { questionRequestRoles, questionRequests, type QuestionResults } from './staff-question-protocol.js';

export const STAFF_ROLES = ['operator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

type Words = Record<Locale, string>;

export interface StaffAccountView {
  id: string;
  name: string;
  role: StaffRole;
}

/** What the kiosk's screen shows of staff mode; `KioskView.staff` is null while it is closed. */
export type StaffModeView =
  | {
      stage: 'signIn';
      /** Whose PIN may be typed: tiles with names. Empty when no account is configured yet. */
      accounts: StaffAccountView[];
      /** Staff entry is locked after too many wrong PINs, until then (ISO 8601). */
      lockedUntil: string | null;
      /** Wrong PINs so far in a row. */
      wrongPins: number;
      /** The last attempt's outcome, for the message under the keypad. */
      lastError: 'wrongPin' | 'lockedOut' | null;
    }
  | {
      stage: 'open';
      account: StaffAccountView;
      /** Goes up whenever something staff screens show changed (a rating, the queue, a device): they ask again. */
      revision: number;
    };

const deviceKinds = ['printer', 'idReader', 'presence', 'keypad', 'robotBase', 'speech', 'staffKey'] as const satisfies readonly DeviceKind[];

/** The way in and out, open to anyone at the kiosk (the PIN is the lock). */
const entryRequests = [
  z.strictObject({ type: z.literal('cornerTap') }),
  z.strictObject({ type: z.literal('signIn'), accountId: z.string().min(1).max(32), pin: z.string().min(1).max(16) }),
  z.strictObject({ type: z.literal('cancelSignIn') }),
  z.strictObject({ type: z.literal('signOut') }),
  /** A touch on a staff screen: keeps staff mode open. */
  z.strictObject({ type: z.literal('touch') }),
] as const;

/** The day, the session and the devices: operators and admins. */
const operatorRequests = [
  z.strictObject({ type: z.literal('openDay') }),
  z.strictObject({ type: z.literal('closeDay') }),
  /** End whatever citizen session is on the kiosk: back to the welcome screen. */
  z.strictObject({ type: z.literal('resetSession') }),
  z.strictObject({ type: z.literal('restartApp') }),
  z.strictObject({ type: z.literal('deviceStatus') }),
  /** Clear a device's alert and have it checked again: it comes back if the trouble is still there. */
  z.strictObject({ type: z.literal('clearDeviceError'), kind: z.enum(deviceKinds) }),
  z.strictObject({ type: z.literal('testPrint') }),
  z.strictObject({ type: z.literal('queueReport') }),
  z.strictObject({ type: z.literal('satisfactionReport'), range: dayRangeSchema }),
] as const;

/** The audit log: admins. */
const auditRequests = [
  z.strictObject({
    type: z.literal('auditPage'),
    /** Entries older than this id (the next page); the newest without it. */
    beforeId: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200),
  }),
  z.strictObject({ type: z.literal('verifyAudit') }),
] as const;

export const staffRequestSchema = z.discriminatedUnion('type', [
  ...entryRequests,
  ...operatorRequests,
  ...auditRequests,
  ...deviceToolRequests,
  ...configRequests,
  ...questionRequests,
]);
export type StaffRequest = z.infer<typeof staffRequestSchema>;
export type StaffRequestType = StaffRequest['type'];

/** Who may make a request: `anyone` for the way in, else the least role that may. */
export type RequestRoles<Type extends string> = Record<Type, 'anyone' | StaffRole>;

const coreRequestRoles = {
  cornerTap: 'anyone',
  signIn: 'anyone',
  cancelSignIn: 'anyone',
  signOut: 'anyone',
  touch: 'anyone',
  openDay: 'operator',
  closeDay: 'operator',
  resetSession: 'operator',
  restartApp: 'operator',
  deviceStatus: 'operator',
  clearDeviceError: 'operator',
  testPrint: 'operator',
  queueReport: 'operator',
  satisfactionReport: 'operator',
  auditPage: 'admin',
  verifyAudit: 'admin',
} as const;

export const STAFF_REQUEST_ROLE: RequestRoles<StaffRequestType> = {
  ...coreRequestRoles,
  ...deviceToolRequestRoles,
  ...configRequestRoles,
  ...questionRequestRoles,
};

/** One counter at a glance, for the queue dashboard. */
export interface CounterGlance {
  counter: number;
  /** The ticket called or being served there. */
  current: { number: string; state: 'called' | 'serving' } | null;
  paused: string | null;
  servedToday: number;
}

export interface QueueReport {
  day: DayState;
  groups: GroupSummary[];
  counters: CounterGlance[];
  /** Today's tickets by what became of them. */
  today: { issued: number; waiting: number; served: number; noShow: number };
}

export interface AuditEntryView {
  id: number;
  /** ISO 8601. */
  at: string;
  actor: string;
  action: string;
  detail: string;
}

export type AuditVerification = { ok: true; entries: number } | { ok: false; entryId: number; message: Words };

/** What each request answers with when it succeeds. */
export interface StaffResults extends DeviceToolResults, ConfigResults, QuestionResults {
  cornerTap: { opened: boolean };
  signIn: { account: StaffAccountView };
  cancelSignIn: null;
  signOut: null;
  touch: null;
  openDay: null;
  closeDay: null;
  resetSession: null;
  restartApp: null;
  deviceStatus: DeviceStatusReport;
  clearDeviceError: null;
  testPrint: null;
  queueReport: QueueReport;
  satisfactionReport: SatisfactionReport;
  auditPage: { entries: AuditEntryView[]; more: boolean };
  verifyAudit: AuditVerification;
}

export type StaffRefusalReason =
  /** No staff mode open (timed out, or never signed in). */
  | 'signedOut'
  /** This account's role may not do that. */
  | 'notAllowed'
  | 'wrongPin'
  | 'lockedOut'
  /** The request or its content is malformed; `fields` names what. */
  | 'invalid'
  /** It was allowed and tried, and failed (the printer is out of paper...). */
  | 'failed';

/** A field the request's content got wrong: the path into it and why, in words staff read. */
export interface FieldProblem {
  path: string;
  message: string;
}

export type StaffRefusal = { ok: false; reason: StaffRefusalReason; message: Words; fields?: FieldProblem[] };
export type StaffReply<T = unknown> = { ok: true; result: T } | StaffRefusal;

export type StaffRequestOf<K extends StaffRequestType> = Extract<StaffRequest, { type: K }>;
export type StaffReplyOf<K extends StaffRequestType> = StaffReply<StaffResults[K]>;

export type { DayRange };
