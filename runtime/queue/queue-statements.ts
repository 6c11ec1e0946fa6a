/**
 * The queue's SQL over the ticket store's connection: reading where tickets stand and moving them
 * between states. No rules here (runtime/queue/queue-service.ts decides what is allowed); callers
 * run these inside the store's IMMEDIATE transactions.
 */
import type Database from 'better-sqlite3';
import { LONGEST_LOOK_BACK, type PastCall, type WaitingTicket } from '../../domain/queue/calling-policy.js';
import type { PriorityGroupId } from '../../domain/queue/priority.js';

export type QueueState = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

/** A ticket as the queue sees it; times are epoch ms. */
export interface QueueTicket {
  id: number;
  number: string;
  serviceDay: string;
  /** The group it waits in, or was called from, now. */
  serviceId: string;
  /** The group it was issued for, before any transfer. */
  originalServiceId: string;
  priority: PriorityGroupId | null;
  state: QueueState;
  queuedAt: number;
  counter: number | null;
  calledAt: number | null;
  recallCount: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** When the day closed on it still waiting or called (it is never called after); null otherwise. */
  leftAt: number | null;
}

export interface CallRecord {
  /** The call's own id: unique per call or recall, so a board announces each once. */
  id: number;
  ticketId: number;
  number: string;
  serviceId: string;
  counter: number;
  priority: PriorityGroupId | null;
  at: number;
  kind: 'call' | 'recall';
}

export interface CounterPause {
  counter: number;
  reason: string;
  since: number;
}

interface TicketRow {
  id: number;
  number: string;
  service_day: string;
  service_id: string;
  original_service_id: string;
  priority: PriorityGroupId | null;
  queue_state: QueueState;
  queued_at: number;
  counter: number | null;
  called_at: number | null;
  recall_count: number;
  started_at: number | null;
  finished_at: number | null;
  left_at: number | null;
}

/** A service a counter finished, start to finish (epoch ms), in the group it was served in. */
export interface FinishedService {
  serviceId: string;
  startedAt: number;
  finishedAt: number;
}

const TICKET_COLUMNS = `id, number, service_day, service_id, original_service_id, priority, queue_state, queued_at,
  counter, called_at, recall_count, started_at, finished_at, left_at`;

function toQueueTicket(row: TicketRow): QueueTicket {
  return {
    id: row.id,
    number: row.number,
    serviceDay: row.service_day,
    serviceId: row.service_id,
    originalServiceId: row.original_service_id,
    priority: row.priority,
    state: row.queue_state,
    queuedAt: row.queued_at,
    counter: row.counter,
    calledAt: row.called_at,
    recallCount: row.recall_count,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    leftAt: row.left_at,
  };
}

export class QueueStatements {
  private readonly byId;
  private readonly atCounterStatement;
  private readonly waitingStatement;
  private readonly historyStatement;
  private readonly insertCallStatement;
  private readonly setCalled;
  private readonly addRecall;
  private readonly setStarted;
  private readonly setClosed;
  private readonly setTransferred;
  private readonly waitingCountsStatement;
  private readonly openAtCountersStatement;
  private readonly lastCallsStatement;
  private readonly pausedStatement;
  private readonly insertPause;
  private readonly endPause;
  private readonly servedCountStatement;
  private readonly finishedStatement;
  private readonly markLeftStatement;

  constructor(db: Database.Database) {
    this.byId = db.prepare<[number], TicketRow>(`SELECT ${TICKET_COLUMNS} FROM ticket WHERE id = ?`);
    this.atCounterStatement = db.prepare<[string, number], TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM ticket
       WHERE service_day = ? AND counter = ? AND queue_state IN ('called', 'serving') AND left_at IS NULL ORDER BY called_at DESC LIMIT 1`,
    );
    this.waitingStatement = db.prepare<[string, string], { id: number; queued_at: number; priority: PriorityGroupId | null }>(
      `SELECT id, queued_at, priority FROM ticket WHERE service_day = ? AND service_id = ? AND queue_state = 'waiting' AND left_at IS NULL`,
    );
    this.historyStatement = db.prepare<[string, string, number], { priority: PriorityGroupId | null }>(
      `SELECT priority FROM call WHERE service_day = ? AND service_id = ? AND kind = 'call' ORDER BY id DESC LIMIT ?`,
    );
    this.insertCallStatement = db.prepare(
      `INSERT INTO call (service_day, service_id, ticket_id, counter, priority, at, kind)
       VALUES (@serviceDay, @serviceId, @id, @counter, @priority, @at, @kind)`,
    );
    this.setCalled = db.prepare<[number, number, number]>(
      `UPDATE ticket SET queue_state = 'called', counter = ?, called_at = ?, recall_count = 0 WHERE id = ?`,
    );
    this.addRecall = db.prepare<[number]>(`UPDATE ticket SET recall_count = recall_count + 1 WHERE id = ?`);
    this.setStarted = db.prepare<[number, number]>(`UPDATE ticket SET queue_state = 'serving', started_at = ? WHERE id = ?`);
    this.setClosed = db.prepare<[string, number, number]>(`UPDATE ticket SET queue_state = ?, finished_at = ? WHERE id = ?`);
    this.setTransferred = db.prepare<[string, number]>(
      `UPDATE ticket SET queue_state = 'waiting', service_id = ?, counter = NULL, called_at = NULL, recall_count = 0,
         started_at = NULL WHERE id = ?`,
    );
    this.waitingCountsStatement = db.prepare<[string], { service_id: string; waiting: number }>(
      `SELECT service_id, count(*) AS waiting FROM ticket WHERE service_day = ? AND queue_state = 'waiting' AND left_at IS NULL GROUP BY service_id`,
    );
    this.openAtCountersStatement = db.prepare<[string], TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM ticket WHERE service_day = ? AND queue_state IN ('called', 'serving') AND left_at IS NULL`,
    );
    this.lastCallsStatement = db.prepare<[string, number], { id: number; ticket_id: number; number: string; service_id: string; counter: number; priority: PriorityGroupId | null; at: number; kind: 'call' | 'recall' }>(
      `SELECT call.id, call.ticket_id, ticket.number, call.service_id, call.counter, call.priority, call.at, call.kind
       FROM call JOIN ticket ON ticket.id = call.ticket_id WHERE call.service_day = ? ORDER BY call.id DESC LIMIT ?`,
    );

    this.pausedStatement = db.prepare<[], CounterPause>(
      `SELECT counter, reason, paused_at AS since FROM counter_pause WHERE resumed_at IS NULL ORDER BY counter`,
    );
    this.insertPause = db.prepare<[number, string, number]>(`INSERT INTO counter_pause (counter, reason, paused_at) VALUES (?, ?, ?)`);
    this.endPause = db.prepare<[number, number]>(`UPDATE counter_pause SET resumed_at = ? WHERE counter = ? AND resumed_at IS NULL`);
    this.servedCountStatement = db.prepare<[string, number], { served: number }>(
      `SELECT count(*) AS served FROM ticket WHERE service_day = ? AND counter = ? AND queue_state = 'done'`,
    );
    this.finishedStatement = db.prepare<[string], FinishedService>(
      `SELECT service_id AS serviceId, started_at AS startedAt, finished_at AS finishedAt FROM ticket
       WHERE service_day = ? AND queue_state = 'done' AND started_at IS NOT NULL AND finished_at IS NOT NULL
       ORDER BY finished_at, id`,
    );
    // A ticket being served is not left: its counter finishes it.
    this.markLeftStatement = db.prepare<[number, string]>(
      `UPDATE ticket SET left_at = ? WHERE service_day = ? AND queue_state IN ('waiting', 'called') AND left_at IS NULL`,
    );
  }

  ticket(id: number): QueueTicket | undefined {
    const row = this.byId.get(id);
    return row && toQueueTicket(row);
  }

  /** The ticket a counter has called or is serving today, if any. */
  atCounter(serviceDay: string, counter: number): QueueTicket | undefined {
    const row = this.atCounterStatement.get(serviceDay, counter);
    return row && toQueueTicket(row);
  }

  waiting(serviceDay: string, serviceId: string): WaitingTicket[] {
    return this.waitingStatement
      .all(serviceDay, serviceId)
      .map((row) => ({ id: row.id, queuedAt: row.queued_at, priority: row.priority }));
  }

  /**
   * The group's latest first calls today, oldest first, as the calling policy counts them: only
   * as many as a policy can look back (reading the whole day's calls would slow every call).
   */
  history(serviceDay: string, serviceId: string): PastCall[] {
    return this.historyStatement.all(serviceDay, serviceId, LONGEST_LOOK_BACK).reverse();
  }

  /** Returns the call's id. */
  call(ticket: QueueTicket, counter: number, at: number): number {
    this.setCalled.run(counter, at, ticket.id);
    return Number(this.insertCallStatement.run({ ...ticket, counter, at, kind: 'call' }).lastInsertRowid);
  }

  /** Returns the recall's id. */
  recall(ticket: QueueTicket, counter: number, at: number): number {
    this.addRecall.run(ticket.id);
    return Number(this.insertCallStatement.run({ ...ticket, counter, at, kind: 'recall' }).lastInsertRowid);
  }

  start(id: number, at: number): void {
    this.setStarted.run(at, id);
  }

  close(id: number, state: 'done' | 'no_show', at: number): void {
    this.setClosed.run(state, at, id);
  }

  transfer(id: number, toServiceId: string): void {
    this.setTransferred.run(toServiceId, id);
  }

  waitingCounts(serviceDay: string): Record<string, number> {
    return Object.fromEntries(this.waitingCountsStatement.all(serviceDay).map((row) => [row.service_id, row.waiting]));
  }

  /** Tickets called or being served today, by counter. */
  openAtCounters(serviceDay: string): QueueTicket[] {
    // Sorted here: ORDER BY counter would lead SQLite to walk the whole day by counter instead of by state.
    return this.openAtCountersStatement
      .all(serviceDay)
      .map(toQueueTicket)
      .sort((a, b) => (a.counter ?? 0) - (b.counter ?? 0));
  }

  /** The day's calls and recalls, newest first. */
  lastCalls(serviceDay: string, limit: number): CallRecord[] {
    return this.lastCallsStatement.all(serviceDay, limit).map((row) => ({
      id: row.id,
      ticketId: row.ticket_id,
      number: row.number,
      serviceId: row.service_id,
      counter: row.counter,
      priority: row.priority,
      at: row.at,
      kind: row.kind,
    }));
  }

  /** Counters paused now, with why and since when. */
  pausedCounters(): CounterPause[] {
    return this.pausedStatement.all();
  }

  /** Tickets the counter finished serving on the day. */
  servedCount(serviceDay: string, counter: number): number {
    return this.servedCountStatement.get(serviceDay, counter)?.served ?? 0;
  }

  /** The day's finished services, in the order they finished: what the groups' pace is learnt from. */
  finishedServices(serviceDay: string): FinishedService[] {
    return this.finishedStatement.all(serviceDay);
  }

  /** Mark the day's tickets still waiting or called as left at closing; returns how many. */
  markLeft(serviceDay: string, at: number): number {
    return this.markLeftStatement.run(at, serviceDay).changes;
  }

  pause(counter: number, reason: string, at: number): void {
    this.insertPause.run(counter, reason, at);
  }

  resume(counter: number, at: number): void {
    this.endPause.run(at, counter);
  }
}
