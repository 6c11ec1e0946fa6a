/**
 * Satisfaction ratings in the ticket store's file: one per served ticket, recorded in one IMMEDIATE
 * transaction so two attempts at once (kiosk and phone, say) never both land. The overall score is
 * kept the moment it is given; the rest may follow from the same channel within ten minutes (the
 * 30 s idle timeout keeps what was answered), but the overall score is never given twice.
 */
import type Database from 'better-sqlite3';
import type { Locale } from '../../bridge/contract.js';
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

export const COMPLETION_WINDOW_MS = 10 * 60_000;

type Words = Record<Locale, string>;
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

export type RatingRefusalReason = 'unknownTicket' | 'notServed' | 'alreadyRated' | 'invalid';
export interface RatingRefusal {
  ok: false;
  reason: RatingRefusalReason;
  message: Words;
}
export type RatingResult = { ok: true; rating: StoredRating } | RatingRefusal;

const REFUSALS = {
  unknownTicket: {
    vi: 'Không tìm thấy số thứ tự này. Mời ông/bà kiểm tra lại số trên phiếu.',
    en: 'This ticket number was not found. Please check the number on your ticket.',
  },
  notServed: {
    vi: 'Số thứ tự này chưa được phục vụ xong, nên chưa thể đánh giá.',
    en: 'This ticket has not been served yet, so it cannot be rated.',
  },
  alreadyRated: {
    vi: 'Số thứ tự này đã được đánh giá. Xin cảm ơn ông/bà đã góp ý.',
    en: 'This ticket has already been rated. Thank you for your feedback.',
  },
  invalid: {
    vi: 'Câu trả lời chưa hợp lệ. Mời ông/bà chọn lại.',
    en: 'The answers are not valid. Please choose again.',
  },
  notRatedYet: {
    vi: 'Mời ông/bà chọn mức độ hài lòng chung trước.',
    en: 'Please choose your overall satisfaction first.',
  },
} satisfies Record<string, Words>;

function refuse(reason: RatingRefusalReason, message: Words = REFUSALS[reason]): RatingRefusal {
  return { ok: false, reason, message };
}

interface ServedTicketRow {
  queue_state: string;
  service_day: string;
  counter: number | null;
  service_id: string;
  procedure_id: string | null;
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
        return known === undefined ? refuse('unknownTicket') : refuse('invalid', REFUSALS.notRatedYet);
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
