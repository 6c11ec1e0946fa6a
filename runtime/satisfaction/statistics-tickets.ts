/**
 * The served tickets of a date range as the statistics need them: number, group, counter and the
 * queue's times. Read straight from the ticket table (the queue keeps these columns; nothing else
 * reads them in bulk), with no identity: the ticket table holds none.
 */
import type { TicketStore } from '../store/ticket-store.js';

export interface ServedTicket {
  id: number;
  number: string;
  serviceDay: string;
  serviceId: string;
  procedureId: string | null;
  counter: number;
  /** Epoch ms: when it was issued (kept through a transfer). */
  queuedAt: number;
  /** Epoch ms: the call to the counter that served it. */
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
}

interface ServedRow {
  id: number;
  number: string;
  service_day: string;
  service_id: string;
  procedure_id: string | null;
  counter: number;
  queued_at: number;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
}

/** Tickets finished at a counter on the service days from `fromDay` to `toDay`, both included. */
export function servedTickets(store: TicketStore, fromDay: string, toDay: string): ServedTicket[] {
  return store.connection
    .prepare<[string, string], ServedRow>(
      `SELECT id, number, service_day, service_id, procedure_id, counter, queued_at, called_at, started_at, finished_at
       FROM ticket WHERE service_day BETWEEN ? AND ? AND queue_state = 'done' AND counter IS NOT NULL
       ORDER BY id`,
    )
    .all(fromDay, toDay)
    .map((row) => ({
      id: row.id,
      number: row.number,
      serviceDay: row.service_day,
      serviceId: row.service_id,
      procedureId: row.procedure_id,
      counter: row.counter,
      queuedAt: row.queued_at,
      calledAt: row.called_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    }));
}

/** Minutes from issue to the call, null when the ticket was never called to its counter. */
export function waitMinutes(ticket: ServedTicket): number | null {
  return ticket.calledAt === null ? null : Math.max(0, ticket.calledAt - ticket.queuedAt) / 60_000;
}

/** Minutes from the start of service to its end, null when either is missing. */
export function serviceMinutes(ticket: ServedTicket): number | null {
  return ticket.startedAt === null || ticket.finishedAt === null ? null : Math.max(0, ticket.finishedAt - ticket.startedAt) / 60_000;
}
