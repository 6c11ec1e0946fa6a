/**
 * The runtime side of rating a service at the kiosk: find the ticket from its scanned QR (the signed
 * token in the link) or its number typed (today's ticket), keep the answers on channel 'kiosk'
 * through the backend (this kiosk's store, or that of the host it is linked to), and tell the
 * session which tickets issued here a counter just finished and nobody rated yet (the welcome
 * screen offers them).
 */
import { fromPromise } from 'xstate';
import type { RatableTicket, RatingRefusal } from '../bridge/rating-protocol.js';
import type { Score } from '../bridge/satisfaction-poll.js';
import type { IdReader } from '../devices/id-reader/id-reader.js';
import type { KioskConfig } from '../domain/config/schema.js';
import { RATING_TOKEN_PARAM } from '../domain/queue/ticket-status-link.js';
import type { CompleteRatingInput, KeepRatingInput, KioskEvent, RatingQuery } from '../state-machines/kiosk.machine.js';
import { RatingRefusedError } from '../state-machines/rating-refused.js';
import type { Logger } from './log.js';
import type { RatingBackend } from './satisfaction/rating-backend.js';
import { RATING_REFUSALS, refuseRating } from './satisfaction/rating-refusals.js';

/** Offers leave the screen at most this long after their window closed. */
export const OFFER_REFRESH_MS = 15_000;

/** The status page's path on the ticket's QR: `/t/<day>/<number>`. */
const TICKET_LINK_PATH = /\/t\/\d{4}-\d{2}-\d{2}\/[A-Z]\d+$/;

export interface KioskRatingOptions {
  /** This kiosk's own store, or the host's it is linked to. */
  backend: RatingBackend;
  /** Read at every call: the kiosk id. */
  config: () => KioskConfig;
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
  /** The ticket found last and the token that grants rating it: one citizen rates at a time. */
  private granted: { ticketId: number; token: string } | undefined;

  constructor(private readonly options: KioskRatingOptions) {}

  /** The ticket a query names, if it may be rated now; rejects with the refusal in the citizen's words. */
  async find(query: RatingQuery): Promise<RatableTicket> {
    const found = await this.options.backend.find(query);
    if (!found.ok) refused(found);
    this.granted = { ticketId: found.ticket.ticketId, token: found.token };
    return found.ticket;
  }

  /** Keep the overall score the moment it is chosen. */
  async keep({ ticket, overall }: KeepRatingInput): Promise<Score> {
    const result = await this.options.backend.rate(ticket.ticketId, this.tokenOf(ticket), overall);
    if (!result.ok) refused(result);
    this.options.logger.info(`ticket ${ticket.number} rated ${overall} at the kiosk`);
    return overall;
  }

  /** Add what a later step answered; a refusal is logged (the overall score is kept already). */
  async complete({ ticket, completion }: CompleteRatingInput): Promise<void> {
    const result = await this.options.backend.complete(ticket.ticketId, this.tokenOf(ticket), completion);
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

  /** Numbers of tickets issued at this kiosk that a counter finished lately and nobody rated, newest first. */
  offers(): Promise<string[]> {
    return this.options.backend.offers(this.options.config().kioskId);
  }

  /**
   * Keep the session's offers current: when a counter finishes a ticket, when one is rated (anywhere),
   * and on a timer so an offer leaves once its window closes. Returns the unsubscribe function.
   */
  watchOffers(send: (event: KioskEvent) => void): () => void {
    // Reports are answered in order of asking, so a slow answer never overwrites a newer one.
    let asked = 0;
    let shown = 0;
    let watching = true;
    // Sent even when unchanged: a session actor restarted after a fault starts with none.
    const report = () => {
      const ask = ++asked;
      void this.offers().then((numbers) => {
        // An answer after the kiosk stopped has no session to go to.
        if (!watching || ask < shown) return;
        shown = ask;
        send({ type: 'rating.offers', numbers });
      });
    };
    report();
    const stop = this.options.backend.onChange(report);
    const timer = setInterval(report, OFFER_REFRESH_MS);
    timer.unref();
    return () => {
      watching = false;
      clearInterval(timer);
      stop();
    };
  }

  /** The session's rating actors, for `kioskMachine.provide`. */
  actors() {
    return {
      scanTicketQr: fromPromise<string, void>(({ signal }) => this.scanToken(signal)),
      findRatable: fromPromise<RatableTicket, RatingQuery>(({ input }) => this.find(input)),
      keepRating: fromPromise<Score, KeepRatingInput>(({ input }) => this.keep(input)),
      completeRating: fromPromise<unknown, CompleteRatingInput>(({ input }) => this.complete(input)),
    };
  }

  private tokenOf(ticket: RatableTicket): string {
    if (this.granted?.ticketId !== ticket.ticketId) refused(refuseRating('notGranted'));
    return this.granted.token;
  }
}
