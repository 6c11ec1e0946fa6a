/**
 * Where a kiosk's ratings are kept: the ticket side of rating at the kiosk. A kiosk with its own
 * queue rates in its own store (LocalRatingBackend); a kiosk linked to another host rates in the
 * host's store over the `/queue` link (RemoteRatingBackend), the host answering with a
 * LocalRatingBackend of its own.
 */
import type { RatingCompletion, Score } from '../../bridge/satisfaction-poll.js';
import type { RatableTicket, RatingRefusal } from '../../bridge/rating-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { RatingQuery } from '../../state-machines/kiosk.machine.js';
import type { TicketStore } from '../store/ticket-store.js';
import { refuseRating } from './rating-refusals.js';
import type { SatisfactionService } from './satisfaction-service.js';

/** How long after a counter finished a ticket issued at a kiosk the kiosk's welcome screen offers its rating. */
export const OFFER_WINDOW_MS = 5 * 60_000;
/** The welcome screen offers at most this many tickets, newest first. */
export const OFFERS_SHOWN = 3;

/** A ticket that may be rated now, with the token that grants rating it. */
export type FoundTicket = { ok: true; ticket: RatableTicket; token: string } | RatingRefusal;
export type RatingStep = { ok: true } | RatingRefusal;

export interface RatingBackend {
  /** The ticket a query names (today's number, or the token of its QR), or why it may not be rated. */
  find(query: RatingQuery): Promise<FoundTicket>;
  /** Keep the overall score on channel 'kiosk'. */
  rate(ticketId: number, token: string, overall: Score): Promise<RatingStep>;
  /** Add what a later step answered. */
  complete(ticketId: number, token: string, completion: RatingCompletion): Promise<RatingStep>;
  /** Numbers of tickets issued at this kiosk that a counter finished within the window and nobody rated, newest first. */
  offers(kioskId: string): Promise<string[]>;
  /** A counter finished a ticket or a rating landed: offers may have changed. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

export interface LocalRatingBackendOptions {
  satisfaction: SatisfactionService;
  store: TicketStore;
  /** Read at every call: the service point's time zone. */
  config: () => KioskConfig;
  now: () => Date;
}

export class LocalRatingBackend implements RatingBackend {
  constructor(private readonly options: LocalRatingBackendOptions) {}

  find(query: RatingQuery): Promise<FoundTicket> {
    return Promise.resolve(this.findNow(query));
  }

  rate(ticketId: number, token: string, overall: Score): Promise<RatingStep> {
    const result = this.options.satisfaction.rate(ticketId, { kind: 'token', token }, { overall }, 'kiosk');
    return Promise.resolve(result.ok ? { ok: true } : result);
  }

  complete(ticketId: number, token: string, completion: RatingCompletion): Promise<RatingStep> {
    const result = this.options.satisfaction.complete(ticketId, { kind: 'token', token }, completion, 'kiosk');
    return Promise.resolve(result.ok ? { ok: true } : result);
  }

  offers(kioskId: string): Promise<string[]> {
    const now = this.options.now().getTime();
    const numbers = this.options.store.connection
      .prepare<[string, string, number], { number: string }>(
        `SELECT ticket.number FROM ticket LEFT JOIN rating ON rating.ticket_id = ticket.id
         WHERE ticket.service_day = ? AND ticket.kiosk_id = ? AND ticket.queue_state = 'done' AND ticket.counter IS NOT NULL
           AND ticket.finished_at >= ? AND rating.id IS NULL
         ORDER BY ticket.finished_at DESC, ticket.id DESC LIMIT ${OFFERS_SHOWN}`,
      )
      .all(this.today(), kioskId, now - OFFER_WINDOW_MS)
      .map((row) => row.number);
    return Promise.resolve(numbers);
  }

  onChange(listener: () => void): () => void {
    const { satisfaction } = this.options;
    const stops = [satisfaction.onCounterFinished(() => listener()), satisfaction.onRated(() => listener())];
    return () => {
      for (const stop of stops) stop();
    };
  }

  /** A typed number is today's ticket: this host holds the key, so it grants the ticket's own token. */
  private findNow(query: RatingQuery): FoundTicket {
    const { satisfaction, store } = this.options;
    let token: string;
    if (query.kind === 'token') token = query.token;
    else {
      const day = this.today();
      const ticket = store.findByNumber(day, query.number);
      if (ticket === undefined) return refuseRating('unknownTicket');
      token = satisfaction.tokenFor({ id: ticket.id, serviceDay: day });
    }
    const opened = satisfaction.openToken(token);
    return opened.ok ? { ok: true, ticket: opened.ticket, token } : opened;
  }

  private today(): string {
    return serviceDay(this.options.now(), this.options.config().servicePoint.timeZone);
  }
}
