/**
 * Satisfaction ratings in the ticket store's file: one per served ticket, recorded in one IMMEDIATE
 * transaction so two attempts at once (kiosk and phone, say) never both land. The overall score is
 * kept the moment it is given; the rest may follow from the same channel within ten minutes (the
 * 30 s idle timeout keeps what was answered), but the overall score is never given twice.
 */
import type Database from 'better-sqlite3';
import type { RatingRefusal } from '../../bridge/rating-protocol.js';
import {
  type RatingChannel,
  type RatingCompletion,
  REASONS_AT_OR_BELOW,
  type Score,
  criteriaSchema,
  ratingAnswersSchema,
  ratingCompletionSchema,
  reasonsSchema,
} from '../../bridge/satisfaction-poll.js';
import type { TicketStore } from '../store/ticket-store.js';
import { NOT_RATED_YET, refuseRating as refuse } from './rating-refusals.js';

export const COMPLETION_WINDOW_MS = 10 * 60_000;

type Criteria = NonNullable<RatingCompletion['criteria']>;

export interface StoredRating {
  id: number;
  ticketId: number;
  serviceDay: string;
  counter: number;
  serviceId: string;
  procedureId: string | null;
  channel: RatingChannel;
  /** When the overall score was given, epoch ms. */
  at: number;
  overall: Score;
  criteria: Criteria;
  reasons: NonNullable<RatingCompletion['reasons']>;
  comment: string | null;
}

export interface LastServed {
  ticketId: number;
  /** Epoch ms. */
  finishedAt: number;
  rated: boolean;
}

/** A ticket as a rating needs it: what was served, where and when; nothing about the citizen. */
export interface RatingSubject {
  ticketId: number;
  number: string;
  serviceDay: string;
  serviceId: string;
  procedureId: string | null;
  /** Served to the end: only then can it be rated. */
  served: boolean;
  /** The counter that served (or holds) it; null while waiting. */
  counter: number | null;
  /** Epoch ms; null until served. */
  finishedAt: number | null;
  rated: boolean;
}

export type RatingResult = { ok: true; rating: StoredRating } | RatingRefusal;

interface ServedTicketRow {
  queue_state: string;
  service_day: string;
  counter: number | null;
  service_id: string;
  procedure_id: string | null;
}

interface SubjectRow {
  id: number;
  number: string;
  service_day: string;
  service_id: string;
  procedure_id: string | null;
  queue_state: string;
  counter: number | null;
  finished_at: number | null;
  rated: number;
}

interface RatingRow {
  id: number;
  ticket_id: number;
  service_day: string;
  counter: number;
  service_id: string;
  procedure_id: string | null;
  channel: RatingChannel;
  at: number;
  overall: Score;
  criteria: string;
  reasons: string;
  comment: string | null;
}

export class RatingStore {
  private readonly db: Database.Database;

  constructor(
    private readonly store: TicketStore,
    private readonly now: () => Date,
  ) {
    this.db = store.connection;
  }

  /** Keep a served ticket's overall score, with whatever else was answered. */
  record(ticketId: number, channel: RatingChannel, answers: unknown): RatingResult {
    const parsed = ratingAnswersSchema.safeParse(answers);
    if (!parsed.success) return refuse('invalid');
    const { overall, criteria = {}, reasons = [], comment } = parsed.data;
    try {
      return this.store.writeTransaction((): RatingResult => {
        const ticket = this.db
          .prepare<[number], ServedTicketRow>(
            `SELECT queue_state, service_day, counter, service_id, procedure_id FROM ticket WHERE id = ?`,
          )
          .get(ticketId);
        if (ticket === undefined) return refuse('unknownTicket');
        if (ticket.queue_state !== 'done' || ticket.counter === null) return refuse('notServed');
        if (this.find(ticketId) !== undefined) return refuse('alreadyRated');
        this.db
          .prepare(
            `INSERT INTO rating (ticket_id, service_day, counter, service_id, procedure_id, channel, at, overall,
               criteria, reasons, comment)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            ticketId,
            ticket.service_day,
            ticket.counter,
            ticket.service_id,
            ticket.procedure_id,
            channel,
            this.now().getTime(),
            overall,
            JSON.stringify(criteria),
            JSON.stringify(reasons),
            comment || null,
          );
        return { ok: true, rating: this.mustFind(ticketId) };
      });
    } catch (error) {
      // Another connection on the same file may have landed its rating between our check and insert.
      if (isUniqueViolation(error)) return refuse('alreadyRated');
      throw error;
    }
  }

  /**
   * Add the criteria, reasons or comment to a rating already kept, from the channel that kept it and
   * within the completion window. Criteria answered again replace the earlier answer.
   */
  complete(ticketId: number, channel: RatingChannel, completion: unknown): RatingResult {
    const parsed = ratingCompletionSchema.safeParse(completion);
    if (!parsed.success) return refuse('invalid');
    return this.store.writeTransaction((): RatingResult => {
      const rating = this.find(ticketId);
      if (rating === undefined) {
        const known = this.db.prepare<[number], { id: number }>(`SELECT id FROM ticket WHERE id = ?`).get(ticketId);
        return known === undefined ? refuse('unknownTicket') : refuse('invalid', NOT_RATED_YET);
      }
      if (rating.channel !== channel || this.now().getTime() - rating.at > COMPLETION_WINDOW_MS) return refuse('alreadyRated');
      const { criteria, reasons, comment } = parsed.data;
      if (reasons !== undefined && reasons.length > 0 && rating.overall > REASONS_AT_OR_BELOW) return refuse('invalid');
      this.db
        .prepare(`UPDATE rating SET criteria = ?, reasons = ?, comment = ? WHERE ticket_id = ?`)
        .run(
          JSON.stringify({ ...rating.criteria, ...criteria }),
          JSON.stringify(reasons ?? rating.reasons),
          comment === undefined ? rating.comment : comment || null,
          ticketId,
        );
      return { ok: true, rating: this.mustFind(ticketId) };
    });
  }

  /** A ticket's rating, if it has one. */
  find(ticketId: number): StoredRating | undefined {
    const row = this.db.prepare<[number], RatingRow>(`SELECT * FROM rating WHERE ticket_id = ?`).get(ticketId);
    return row && toStored(row);
  }

  /** What a rating page shows of a ticket and the checks it needs; undefined for an unknown ticket. */
  subject(ticketId: number): RatingSubject | undefined {
    const row = this.db
      .prepare<[number], SubjectRow>(
        `SELECT ticket.id, ticket.number, ticket.service_day, ticket.service_id, ticket.procedure_id, ticket.queue_state,
           ticket.counter, ticket.finished_at, rating.id IS NOT NULL AS rated
         FROM ticket LEFT JOIN rating ON rating.ticket_id = ticket.id WHERE ticket.id = ?`,
      )
      .get(ticketId);
    return (
      row && {
        ticketId: row.id,
        number: row.number,
        serviceDay: row.service_day,
        serviceId: row.service_id,
        procedureId: row.procedure_id,
        served: row.queue_state === 'done' && row.counter !== null,
        counter: row.counter,
        finishedAt: row.finished_at,
        rated: row.rated === 1,
      }
    );
  }

  /**
   * The ticket a counter finished last on a service day: what its citizen-facing tablet or keypad
   * rates. Undefined when it has finished none (a keypad press then rates nothing).
   */
  lastServed(counter: number, serviceDay: string): LastServed | undefined {
    const row = this.db
      .prepare<[string, number], { ticket_id: number; finished_at: number; rated: number }>(
        `SELECT ticket.id AS ticket_id, ticket.finished_at, rating.id IS NOT NULL AS rated
         FROM ticket LEFT JOIN rating ON rating.ticket_id = ticket.id
         WHERE ticket.service_day = ? AND ticket.counter = ? AND ticket.queue_state = 'done'
         ORDER BY ticket.finished_at DESC, ticket.id DESC LIMIT 1`,
      )
      .get(serviceDay, counter);
    return row && { ticketId: row.ticket_id, finishedAt: row.finished_at, rated: row.rated === 1 };
  }

  /** The ratings of the service days from `fromDay` to `toDay` (YYYY-MM-DD, both included), oldest first. */
  between(fromDay: string, toDay: string): StoredRating[] {
    return this.db
      .prepare<[string, string], RatingRow>(
        `SELECT * FROM rating WHERE service_day BETWEEN ? AND ? ORDER BY at, id`,
      )
      .all(fromDay, toDay)
      .map(toStored);
  }

  private mustFind(ticketId: number): StoredRating {
    const rating = this.find(ticketId);
    if (rating === undefined) throw new Error(`rating of ticket ${ticketId} vanished inside its transaction`);
    return rating;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function toStored(row: RatingRow): StoredRating {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    serviceDay: row.service_day,
    counter: row.counter,
    serviceId: row.service_id,
    procedureId: row.procedure_id,
    channel: row.channel,
    at: row.at,
    overall: row.overall,
    // Written by this module from parsed answers; parsed again so a hand-edited file cannot smuggle in junk.
    criteria: criteriaSchema.parse(JSON.parse(row.criteria)),
    reasons: reasonsSchema.parse(JSON.parse(row.reasons)),
    comment: row.comment,
  };
}
