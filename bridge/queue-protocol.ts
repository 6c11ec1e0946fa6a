/**
 * The service point's queue on the wire: what counter pages, display boards and other kiosks say
 * to the host over WebSockets (`/counter`, `/board`, `/queue`), and what the host says back.
 * Every message that arrives is `unknown` until these schemas parse it; a malformed one gets an
 * `error` reply and changes nothing.
 *
 * Each socket carries requests with an `id` the reply repeats, and pushes (`state` for counters,
 * `board` and `announce` for boards, `waiting` for kiosks) whenever the queue moves.
 */
import { z } from 'zod';
import { type Locale, localeSchema } from './contract.js';
import type { RatableTicket, RatingRefusal } from './rating-protocol.js';
import { ratingCompletionSchema, scoreSchema } from './satisfaction-poll.js';

export const COUNTER_PATH = '/counter';
export const BOARD_PATH = '/board';
export const KIOSK_LINK_PATH = '/queue';

const requestId = z.number().int().nonnegative();
const ticketId = z.number().int().positive();
const groupId = z.string().min(1).max(64);
const ratingToken = z.string().min(16).max(256);
export const priorityIdSchema = z.enum(['elderly', 'disability', 'pregnant', 'young-child', 'meritorious']);

/* ---------- Refusals: every action that cannot be done says why, in words staff can read ---------- */

export const REFUSAL_REASONS = [
  'noOneWaiting',
  'counterBusy',
  'counterPaused',
  'unknownTicket',
  'notYourTicket',
  'alreadyFinished',
  'wrongState',
  'missingReason',
  'unknownGroup',
  /** A counter number no service group is served at. */
  'unknownCounter',
  'dayClosed',
  'notSignedIn',
  'wrongPin',
  'lockedOut',
  'badKey',
  /** A linked kiosk could not reach the host (or had no answer in time): nothing was issued for it. */
  'serverUnreachable',
] as const;
export type QueueRefusalReason = (typeof REFUSAL_REASONS)[number];

export interface QueueRefusal {
  ok: false;
  reason: QueueRefusalReason;
  /** Plain words, Vietnamese first: what the counter page or the kiosk shows. */
  message: Record<Locale, string>;
}

/* ---------- Counter page (/counter) ---------- */

export const counterRequestSchema = z.discriminatedUnion('type', [
  /** Sign in at a counter with its PIN; the reply carries a token that survives a page reload. */
  z.strictObject({ type: z.literal('signIn'), id: requestId, counter: z.number().int().positive(), pin: z.string().min(1).max(32) }),
  z.strictObject({ type: z.literal('resumeSession'), id: requestId, token: z.string().min(16).max(128) }),
  z.strictObject({ type: z.literal('signOut'), id: requestId }),
  z.strictObject({ type: z.literal('callNext'), id: requestId }),
  z.strictObject({ type: z.literal('recall'), id: requestId, ticketId }),
  z.strictObject({ type: z.literal('noShow'), id: requestId, ticketId }),
  z.strictObject({ type: z.literal('start'), id: requestId, ticketId }),
  z.strictObject({ type: z.literal('finish'), id: requestId, ticketId }),
  z.strictObject({ type: z.literal('transfer'), id: requestId, ticketId, toGroupId: groupId }),
  z.strictObject({ type: z.literal('pause'), id: requestId, reason: z.string().trim().min(1).max(120) }),
  z.strictObject({ type: z.literal('resumeCounter'), id: requestId }),
  z.strictObject({ type: z.literal('openDay'), id: requestId }),
  z.strictObject({ type: z.literal('closeDay'), id: requestId }),
]);
export type CounterRequest = z.infer<typeof counterRequestSchema>;

/** A ticket as a counter sees it: no identity, ever. */
export interface CounterTicket {
  id: number;
  number: string;
  serviceId: string;
  priority: z.infer<typeof priorityIdSchema> | null;
  state: 'waiting' | 'called' | 'serving' | 'done' | 'no_show';
  /** Epoch ms. */
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  recallCount: number;
}

export interface GroupSummary {
  id: string;
  prefix: string;
  name: Record<Locale, string>;
  counters: number[];
  waiting: number;
  /** Minutes a ticket issued now can expect to wait; null when no counter of the group is open. */
  estimatedWaitMinutes: number | null;
}

export interface DayState {
  /** YYYY-MM-DD at the service point. */
  day: string;
  open: boolean;
  /** Why no tickets are taken now, in each language; null while tickets are taken. */
  closedMessage: Record<Locale, string> | null;
}

/** Everything a signed-in counter page shows, pushed after every change. */
export interface CounterState {
  counter: number;
  /** The groups this counter serves. */
  groups: GroupSummary[];
  /** Every group, for transfers. */
  allGroups: Array<Pick<GroupSummary, 'id' | 'prefix' | 'name'>>;
  /** The ticket this counter has called or is serving. */
  current: CounterTicket | null;
  paused: { reason: string; since: number } | null;
  day: DayState;
  /** Tickets this counter finished today, and their average service minutes. */
  servedToday: number;
}

export type CounterHostMessage =
  | { type: 'reply'; id: number; result: { ok: true; token?: string } | QueueRefusal }
  | { type: 'state'; state: CounterState }
  /** The socket's session ended (signed out elsewhere, the day rolled over). */
  | { type: 'signedOut' }
  | { type: 'error'; message: string };

/* ---------- Display board (/board) ---------- */

export const boardRequestSchema = z.discriminatedUnion('type', [
  /** Which language the board speaks; Vietnamese by default. */
  z.strictObject({ type: z.literal('hello'), id: requestId, locale: localeSchema }),
]);
export type BoardRequest = z.infer<typeof boardRequestSchema>;

export interface BoardCall {
  /** Unique per call or recall, so a board never announces one twice. */
  callId: number;
  number: string;
  counter: number;
  serviceId: string;
  priority: z.infer<typeof priorityIdSchema> | null;
  kind: 'call' | 'recall';
  at: number;
}

export interface BoardState {
  servicePointName: Record<Locale, string>;
  nowServing: Array<{ counter: number; number: string; serviceId: string; state: 'called' | 'serving'; priority: BoardCall['priority'] }>;
  /** Newest first. */
  lastCalls: BoardCall[];
  groups: GroupSummary[];
  paused: Array<{ counter: number; reason: string }>;
  day: DayState;
}

export type BoardHostMessage =
  | { type: 'board'; state: BoardState }
  /** Say it now: the board queues announcements so two never overlap. */
  | { type: 'announce'; call: BoardCall }
  | { type: 'reply'; id: number; result: { ok: true } }
  | { type: 'error'; message: string };

/* ---------- Another kiosk numbering through this host (/queue) ---------- */

export const kioskLinkRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), id: requestId, kioskId: z.string().min(1).max(64), key: z.string().min(1).max(256) }),
  z.strictObject({
    type: z.literal('issue'),
    id: requestId,
    /**
     * Chosen by the kiosk, the same on every retry: the host answers a key it has already issued
     * for with that ticket again, so a reply lost with the connection never makes a second ticket.
     */
    requestKey: z.uuid(),
    serviceId: groupId,
    procedureId: z.string().min(1).max(64).nullable(),
    priority: priorityIdSchema.nullable(),
  }),
  /** Whether the ticket's slip printed at the kiosk, kept with the ticket in the host's store. */
  z.strictObject({ type: z.literal('printed'), id: requestId, ticketId, printed: z.boolean() }),
  /*
   * Rating at the linked kiosk, kept in this host's store on channel 'kiosk'. `findRatable` names a
   * ticket by today's number or by the token its QR carries; the reply's token is the grant the
   * kiosk rates it with.
   */
  z.strictObject({
    type: z.literal('findRatable'),
    id: requestId,
    query: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('number'), number: z.string().min(1).max(16) }),
      z.strictObject({ kind: z.literal('token'), token: ratingToken }),
    ]),
  }),
  z.strictObject({ type: z.literal('rate'), id: requestId, ticketId, token: ratingToken, overall: scoreSchema }),
  z.strictObject({ type: z.literal('completeRating'), id: requestId, ticketId, token: ratingToken, completion: ratingCompletionSchema }),
  /** The tickets this kiosk was issued that a counter finished lately and nobody rated, newest first. */
  z.strictObject({ type: z.literal('ratingOffers'), id: requestId }),
]);
export type KioskLinkRequest = z.infer<typeof kioskLinkRequestSchema>;

/** A ticket issued for a kiosk: what it prints and shows. */
export interface LinkedTicket {
  id: number;
  number: string;
  serviceId: string;
  prefix: string;
  sequence: number;
  serviceDay: string;
  issuedAt: string;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  /** The priority group declared, printed as a mark beside the number. */
  priority: z.infer<typeof priorityIdSchema> | null;
  /**
   * The signed token that lets the citizen's phone rate this ticket, carried in the QR link
   * (`?k=`); null from a host that signs none.
   */
  ratingToken: string | null;
}

export type KioskLinkHostMessage =
  | { type: 'reply'; id: number; result: { ok: true; ticket?: LinkedTicket } | QueueRefusal }
  /** Waiting counts and estimates per group, pushed after every change. */
  | { type: 'waiting'; groups: GroupSummary[]; day: DayState }
  /** The answer to a rating request: what was found (with its grant), the offers, or why not. */
  | { type: 'ratingReply'; id: number; result: RatingReplyResult }
  /** A counter finished a ticket or a rating landed: linked kiosks ask for their offers again. */
  | { type: 'ratingChanged' }
  | { type: 'error'; message: string };

export type RatingReplyResult = { ok: true; ticket?: RatableTicket; token?: string; offers?: string[] } | RatingRefusal;
