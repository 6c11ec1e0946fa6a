/**
 * Satisfaction ratings on the wire (`/rating`): the tablet facing the citizen at a counter and the
 * citizen's phone (the QR on the ticket) both rate through the host over this socket. Every message
 * is `unknown` until these schemas parse it; a malformed one gets an `error` and changes nothing.
 *
 * A page may only rate what it has been granted: the phone a ticket named by the signed token in
 * its link, the tablet the ticket its counter finished last (and only for a few minutes after).
 * The overall score is kept the moment it is given (`rate`); criteria, reasons and a comment may
 * follow (`complete`) from the same page within the store's completion window. A second rating of
 * a ticket is refused politely, in the citizen's words.
 */
import { z } from 'zod';
import type { Locale } from './contract.js';
import { ratingAnswersSchema, ratingCompletionSchema } from './satisfaction-poll.js';

export const RATING_PATH = '/rating';
/** The phone's rating page; the token follows in the fragment (`/rate#<token>`), never sent in a request line or a Referer. */
export const PHONE_RATING_PAGE = '/rate';
/** How long after the counter finished a ticket its tablet may still rate it. */
export const TABLET_RATING_WINDOW_MS = 5 * 60_000;

type Words = Record<Locale, string>;
const requestId = z.number().int().nonnegative();
const ticketId = z.number().int().positive();

/** What lets a page rate a ticket: the phone's signed token, or the tablet's counter. */
export const ratingGrantSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('token'), token: z.string().min(16).max(256) }),
  z.strictObject({ kind: z.literal('counter'), counter: z.number().int().positive() }),
]);
export type RatingGrant = z.infer<typeof ratingGrantSchema>;

export const ratingRequestSchema = z.discriminatedUnion('type', [
  /** The tablet at a counter: push me `ratable` whenever this counter finishes a ticket. */
  z.strictObject({ type: z.literal('watchCounter'), id: requestId, counter: z.number().int().positive() }),
  /** The phone: which ticket does this token name, and may it still be rated? */
  z.strictObject({ type: z.literal('openToken'), id: requestId, token: z.string().min(16).max(256) }),
  z.strictObject({ type: z.literal('rate'), id: requestId, ticketId, grant: ratingGrantSchema, answers: ratingAnswersSchema }),
  z.strictObject({ type: z.literal('complete'), id: requestId, ticketId, grant: ratingGrantSchema, completion: ratingCompletionSchema }),
]);
export type RatingRequest = z.infer<typeof ratingRequestSchema>;

/** A served ticket as a rating page shows it: no name, no ID number, nothing about the citizen. */
export interface RatableTicket {
  ticketId: number;
  number: string;
  serviceDay: string;
  counter: number;
  service: Words;
  /** The procedure chosen at the kiosk, when one was. */
  procedure: Words | null;
  /** Epoch ms. */
  finishedAt: number;
  /** Already rated: the page thanks the citizen instead of asking again. */
  rated: boolean;
}

export const RATING_REFUSAL_REASONS = [
  'unknownTicket',
  'notServed',
  'alreadyRated',
  'invalid',
  'badToken',
  'notGranted',
  'tooLate',
  /** A kiosk linked to another host could not reach it (or had no answer in time): nothing was kept. */
  'serverUnreachable',
] as const;
export type RatingRefusalReason = (typeof RATING_REFUSAL_REASONS)[number];

export interface RatingRefusal {
  ok: false;
  reason: RatingRefusalReason;
  /** Plain words for the citizen, Vietnamese first. */
  message: Words;
}

export type RatingHostMessage =
  /** A watchCounter reply names the service point, for the tablet's idle screen. */
  | { type: 'reply'; id: number; result: { ok: true; ticket?: RatableTicket; servicePointName?: Words } | RatingRefusal }
  /**
   * To a watching tablet: the ticket its counter just finished (null: nothing to rate, show idle).
   * Sent on watchCounter, whenever the counter finishes a ticket, and (null) when the ticket on
   * offer is rated elsewhere: the counter's keypad or the citizen's phone.
   */
  | { type: 'ratable'; ticket: RatableTicket | null }
  | { type: 'error'; message: string };
