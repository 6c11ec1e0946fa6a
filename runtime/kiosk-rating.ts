/**
 * The runtime side of rating a service at the kiosk: find the ticket from its scanned QR (the signed
 * token in the link) or its number typed (today's ticket), keep the answers through the
 * SatisfactionService on channel 'kiosk', and tell the session which tickets issued here a counter
 * just finished and nobody rated yet (the welcome screen offers them).
 */
import { fromPromise } from 'xstate';
import type { RatableTicket, RatingGrant, RatingRefusal } from '../bridge/rating-protocol.js';
import type { Score } from '../bridge/satisfaction-poll.js';
import type { IdReader } from '../devices/id-reader/id-reader.js';
import type { KioskConfig } from '../domain/config/schema.js';
import { serviceDay } from '../domain/queue/ticket-number.js';
import { RATING_TOKEN_PARAM } from '../domain/queue/ticket-status-link.js';
import type { CompleteRatingInput, KeepRatingInput, KioskEvent, RatingQuery } from '../state-machines/kiosk.machine.js';
import { RatingRefusedError } from '../state-machines/rating-refused.js';
import type { Logger } from './log.js';
import { RATING_REFUSALS } from './satisfaction/rating-refusals.js';
import type { SatisfactionService } from './satisfaction/satisfaction-service.js';
import type { TicketStore } from './store/ticket-store.js';

/** How long after a counter finished a ticket issued here the welcome screen offers its rating. */
export const OFFER_WINDOW_MS = 5 * 60_000;
/** The welcome screen offers at most this many tickets, newest first. */
export const OFFERS_SHOWN = 3;
/** Offers leave the screen at most this long after their window closed. */
export const OFFER_REFRESH_MS = 15_000;

/** The status page's path on the ticket's QR: `/t/<day>/<number>`. */
const TICKET_LINK_PATH = /\/t\/\d{4}-\d{2}-\d{2}\/[A-Z]\d+$/;

export interface KioskRatingOptions {
  satisfaction: SatisfactionService;
  store: TicketStore;
  /** Read at every call: the kiosk id and the service point's time zone. */
  config: () => KioskConfig;
  now: () => Date;
  idReader: IdReader;
  logger: Logger;
}

function refused(refusal: RatingRefusal): never {
  throw new RatingRefusedError(refusal.reason, refusal.message);
}

/** The signed rating token in a ticket's QR link; null for any other code (an ID card's, a web address). */
export function ratingTokenOfQr(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (!TICKET_LINK_PATH.test(url.pathname)) return null;
  return url.searchParams.get(RATING_TOKEN_PARAM);
}

export class KioskRating {
  constructor(private readonly options: KioskRatingOptions) {}

  /** The ticket a query names, if it may be rated now; rejects with the refusal in the citizen's words. */
  find(query: RatingQuery): RatableTicket {
    const token = query.kind === 'token' ? query.token : this.tokenOfNumber(query.number);
    const opened = this.options.satisfaction.openToken(token);
    if (!opened.ok) refused(opened);
    return opened.ticket;
  }

  /** Keep the overall score the moment it is chosen. */
  keep({ ticket, overall }: KeepRatingInput): Score {
    const result = this.options.satisfaction.rate(ticket.ticketId, this.grant(ticket), { overall }, 'kiosk');
    if (!result.ok) refused(result);
    this.options.logger.info(`ticket ${ticket.number} rated ${overall} at the kiosk`);
    return result.rating.overall;
  }

  /** Add what a later step answered; a refusal is logged (the overall score is kept already). */
  complete({ ticket, completion }: CompleteRatingInput): void {
    const result = this.options.satisfaction.complete(ticket.ticketId, this.grant(ticket), completion, 'kiosk');
    if (!result.ok) {
      this.options.logger.warn(`rating of ticket ${ticket.number} not completed (${result.reason})`);
      refused(result);
    }
  }

  /** Wait for a code at the reader: the rating token of a ticket's QR, or a refusal for anything else. */
  async scanToken(signal: AbortSignal): Promise<string> {
    const scan = await this.options.idReader.read(signal);
    const token = scan.qrText === undefined ? null : ratingTokenOfQr(scan.qrText);
    // Never log what was scanned: it may be an ID card.
    if (token === null) throw new RatingRefusedError('badToken', RATING_REFUSALS.badToken);
    return token;
  }

  /** Numbers of tickets issued at this kiosk that a counter finished within the window and nobody rated, newest first. */
  offers(): string[] {
    const now = this.options.now().getTime();
    const config = this.options.config();
    return this.options.store.connection
      .prepare<[string, string, number], { number: string }>(
        `SELECT ticket.number FROM ticket LEFT JOIN rating ON rating.ticket_id = ticket.id
         WHERE ticket.service_day = ? AND ticket.kiosk_id = ? AND ticket.queue_state = 'done' AND ticket.counter IS NOT NULL
           AND ticket.finished_at >= ? AND rating.id IS NULL
         ORDER BY ticket.finished_at DESC, ticket.id DESC LIMIT ${OFFERS_SHOWN}`,
      )
      .all(this.today(), config.kioskId, now - OFFER_WINDOW_MS)
      .map((row) => row.number);
  }

  /**
   * Keep the session's offers current: when a counter finishes a ticket, when one is rated (anywhere),
   * and on a timer so an offer leaves once its window closes. Returns the unsubscribe function.
   */
  watchOffers(send: (event: KioskEvent) => void): () => void {
    // Sent even when unchanged: a session actor restarted after a fault starts with none.
    const report = () => send({ type: 'rating.offers', numbers: this.offers() });
    report();
    const stops = [this.options.satisfaction.onCounterFinished(report), this.options.satisfaction.onRated(report)];
    const timer = setInterval(report, OFFER_REFRESH_MS);
    timer.unref();
    return () => {
      clearInterval(timer);
      for (const stop of stops) stop();
    };
  }

  /** The session's rating actors, for `kioskMachine.provide`. */
  actors() {
    return {
      scanTicketQr: fromPromise<string, void>(({ signal }) => this.scanToken(signal)),
      findRatable: fromPromise<RatableTicket, RatingQuery>(async ({ input }) => this.find(input)),
      keepRating: fromPromise<Score, KeepRatingInput>(async ({ input }) => this.keep(input)),
      completeRating: fromPromise<unknown, CompleteRatingInput>(async ({ input }) => this.complete(input)),
    };
  }

  /** Today's ticket by the number typed: the kiosk holds the key, so it grants itself the ticket's own token. */
  private tokenOfNumber(number: string): string {
    const day = this.today();
    const ticket = this.options.store.findByNumber(day, number);
    if (ticket === undefined) throw new RatingRefusedError('unknownTicket', RATING_REFUSALS.unknownTicket);
    return this.options.satisfaction.tokenFor({ id: ticket.id, serviceDay: day });
  }

  private grant(ticket: RatableTicket): RatingGrant {
    return { kind: 'token', token: this.options.satisfaction.tokenFor({ id: ticket.ticketId, serviceDay: ticket.serviceDay }) };
  }

  private today(): string {
    return serviceDay(this.options.now(), this.options.config().servicePoint.timeZone);
  }
}
