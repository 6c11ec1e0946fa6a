/**
 * The service point's satisfaction ratings as every channel uses them: the kiosk, the tablet facing
 * the citizen at a counter, the counter's keypad and the citizen's phone. It decides what a page
 * may rate (its grant: the phone's signed token names one ticket; a counter rates only what it
 * finished last, for a few minutes), keeps ratings in the store, and tells listeners (the
 * dashboard, the tablets) the moment one lands or a counter finishes a ticket.
 */
import type { Locale } from '../../bridge/contract.js';
import {
  type RatableTicket,
  type RatingGrant,
  type RatingRefusal,
  TABLET_RATING_WINDOW_MS,
} from '../../bridge/rating-protocol.js';
import type { RatingChannel } from '../../bridge/satisfaction-poll.js';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { QueueEvent } from '../queue/queue-events.js';
import type { TicketStore } from '../store/ticket-store.js';
import { refuseRating } from './rating-refusals.js';
import { type RatingResult, RatingStore, type RatingSubject, type StoredRating } from './rating-store.js';
import { RatingTokens } from './rating-token.js';

type Words = Record<Locale, string>;

export interface SatisfactionServiceOptions {
  store: TicketStore;
  /** Where the token key lives (created on first use). */
  dataDir: string;
  /** Read at every call, so a new config or catalogue applies at once. */
  config: () => KioskConfig;
  catalogue: () => Catalogue;
  now: () => Date;
  /** The queue's committed changes: a `finished` one makes a ticket ratable at its counter. */
  onQueueChange: (listener: (event: QueueEvent) => void) => () => void;
}

/** A ticket served to the end: only such a ticket is rated. */
type ServedSubject = RatingSubject & { counter: number; finishedAt: number };

function isServed(subject: RatingSubject | undefined): subject is ServedSubject {
  return subject !== undefined && subject.served && subject.counter !== null && subject.finishedAt !== null;
}

export type OpenTokenResult = { ok: true; ticket: RatableTicket } | RatingRefusal;

/** Something that has a ticket id and service day: an issued ticket, a linked one. */
export interface TicketRef {
  id: number;
  serviceDay: string;
}

export class SatisfactionService {
  readonly ratings: RatingStore;
  private readonly tokens: RatingTokens;
  private readonly ratedListeners = new Set<(rating: StoredRating) => void>();

  constructor(private readonly options: SatisfactionServiceOptions) {
    this.ratings = new RatingStore(options.store, options.now);
    this.tokens = RatingTokens.inDataDir(options.dataDir);
  }

  /** The signed token for a ticket's phone rating link. */
  tokenFor(ticket: TicketRef): string {
    return this.tokens.sign({ ticketId: ticket.id, serviceDay: ticket.serviceDay });
  }

  /** Whether a token is this service point's token for this very ticket. */
  tokenNames(token: string, ticket: TicketRef): boolean {
    const claims = this.tokens.verify(token);
    return claims !== null && claims.ticketId === ticket.id && claims.serviceDay === ticket.serviceDay;
  }

  /** The phone opening its link: the ticket to rate, or why not (a rated ticket is thanked, not asked again). */
  openToken(token: string): OpenTokenResult {
    const subject = this.subjectOfToken(token);
    if (subject === undefined) return refuseRating('badToken');
    if (!isServed(subject)) return refuseRating('notServed');
    if (subject.rated) return refuseRating('alreadyRated');
    return { ok: true, ticket: this.ratable(subject) };
  }

  /** The service point's name in each language, for the counter tablet's idle screen. */
  servicePointName(): KioskConfig['servicePoint']['name'] {
    return this.options.config().servicePoint.name;
  }

  /** What the counter's tablet or keypad may rate now: the ticket it finished last, if recent and unrated. */
  ratableAtCounter(counter: number): RatableTicket | null {
    const subject = this.lastFinishedAt(counter);
    if (!isServed(subject) || subject.rated || this.pastTabletWindow(subject)) return null;
    return this.ratable(subject);
  }

  /** Keep a ticket's overall score (with whatever else was answered), if the grant allows it. */
  rate(ticketId: number, grant: RatingGrant, answers: unknown, channel: RatingChannel): RatingResult {
    const refusal = this.checkGrant(ticketId, grant, 'rate');
    if (refusal !== null) return refusal;
    return this.announce(this.ratings.record(ticketId, channel, answers));
  }

  /** Rate whatever the counter finished last (its keypad knows no ticket); null when it has finished none today. */
  rateAtCounter(counter: number, answers: unknown, channel: RatingChannel): RatingResult | null {
    const last = this.lastFinishedAt(counter);
    return last === undefined ? null : this.rate(last.ticketId, { kind: 'counter', counter }, answers, channel);
  }

  /**
   * Add criteria, reasons or a comment to a rating kept from the same channel. A counter may
   * complete its last finished ticket after the tablet's window: the store's completion window bounds it.
   */
  complete(ticketId: number, grant: RatingGrant, completion: unknown, channel: RatingChannel): RatingResult {
    const refusal = this.checkGrant(ticketId, grant, 'complete');
    if (refusal !== null) return refusal;
    return this.announce(this.ratings.complete(ticketId, channel, completion));
  }

  /** Every committed rating or completion, as stored; returns the unsubscribe function. */
  onRated(listener: (rating: StoredRating) => void): () => void {
    this.ratedListeners.add(listener);
    return () => this.ratedListeners.delete(listener);
  }

  /** A counter finished a ticket: what its tablet now offers to rate. Returns the unsubscribe function. */
  onCounterFinished(listener: (counter: number, ticket: RatableTicket) => void): () => void {
    return this.options.onQueueChange((event) => {
      if (event.type !== 'finished') return;
      const subject = this.ratings.subject(event.ticket.id);
      if (isServed(subject) && !subject.rated) listener(event.counter, this.ratable(subject));
    });
  }

  /**
   * Null when the grant lets this page rate (or complete) this ticket; the refusal otherwise. A
   * rated ticket is the store's to refuse (or, for a completion, to accept from its own channel).
   */
  private checkGrant(ticketId: number, grant: RatingGrant, step: 'rate' | 'complete'): RatingRefusal | null {
    if (grant.kind === 'token') {
      const subject = this.subjectOfToken(grant.token);
      if (subject === undefined) return refuseRating('badToken');
      return subject.ticketId === ticketId ? null : refuseRating('notGranted');
    }
    const last = this.lastFinishedAt(grant.counter);
    if (last?.ticketId !== ticketId) {
      // A rated ticket says thank you, whoever asks; anything else this counter did not just finish is not its to rate.
      return this.ratings.subject(ticketId)?.rated === true ? refuseRating('alreadyRated') : refuseRating('notGranted');
    }
    const tooLate = step === 'rate' && !last.rated && isServed(last) && this.pastTabletWindow(last);
    return tooLate ? refuseRating('tooLate') : null;
  }

  private subjectOfToken(token: string): RatingSubject | undefined {
    const claims = this.tokens.verify(token);
    if (claims === null) return undefined;
    const subject = this.ratings.subject(claims.ticketId);
    // A token from an earlier store (ids restart with a new file) names a ticket of another day.
    return subject?.serviceDay === claims.serviceDay ? subject : undefined;
  }

  private lastFinishedAt(counter: number): RatingSubject | undefined {
    const last = this.ratings.lastServed(counter, this.today());
    return last && this.ratings.subject(last.ticketId);
  }

  private pastTabletWindow(subject: ServedSubject): boolean {
    return this.options.now().getTime() - subject.finishedAt > TABLET_RATING_WINDOW_MS;
  }

  private announce(result: RatingResult): RatingResult {
    if (result.ok) {
      for (const listener of this.ratedListeners) listener(result.rating);
    }
    return result;
  }

  /** A served ticket as a rating page shows it: the service and procedure by name, nothing about the citizen. */
  private ratable(subject: ServedSubject): RatableTicket {
    return {
      ticketId: subject.ticketId,
      number: subject.number,
      serviceDay: subject.serviceDay,
      counter: subject.counter,
      service: this.serviceName(subject.serviceId),
      procedure: this.procedureName(subject.procedureId),
      finishedAt: subject.finishedAt,
      rated: subject.rated,
    };
  }

  private serviceName(serviceId: string): Words {
    const group = this.options.config().serviceGroups.find((candidate) => candidate.id === serviceId);
    // A group removed from the config since: its id is all that is left to show.
    return group?.name ?? { vi: serviceId, en: serviceId };
  }

  private procedureName(procedureId: string | null): Words | null {
    if (procedureId === null) return null;
    for (const field of this.options.catalogue().fields) {
      const procedure = field.procedures.find((candidate) => candidate.id === procedureId);
      if (procedure !== undefined) return procedure.name;
    }
    return null;
  }

  private today(): string {
    return serviceDay(this.options.now(), this.options.config().servicePoint.timeZone);
  }
}
