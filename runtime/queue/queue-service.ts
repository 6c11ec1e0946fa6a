/**
 * The counter side of the queue: calling, recalling, serving, closing and transferring tickets in
 * the ticket store. Each action is one IMMEDIATE transaction (the write lock is taken before the
 * first read), so two counters acting at the same instant, even from two processes on one file,
 * never get the same ticket. Bad or stale input (a page left open, a double click) is refused with
 * a reason and changes nothing; it never throws.
 *
 * A ticket's states and the actions that move it (only by the counter that called it):
 *   waiting --callNext--> called --recall--> called
 *   called --startService--> serving --finishService--> done
 *   called --markNoShow--> no_show
 *   called | serving --transfer--> waiting (in another group, keeping its queued_at)
 *
 * A counter holds at most one called or serving ticket: callNext refuses with `counterBusy` until
 * it is finished, marked no-show or transferred (closing it silently would lose a no-show or a
 * service time). A counter pauses (with a reason) only when it holds none, and calls nobody until
 * it resumes; a pause lasts until then, across days, so the board never shows a closed counter open.
 *
 * A counter serving several groups calls, of each group's next ticket under that group's policy,
 * the one that has waited longest (earliest queued_at, then lowest id), so no group starves and a
 * citizen never waits behind one who came later to a quieter group.
 */
import { type CallingPolicy, nextTicket, peopleAhead, type WaitingTicket } from '../../domain/queue/calling-policy.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { IssuedTicket } from '../../domain/queue/ticket.js';
import type { IssueRequest, TicketStore } from '../store/ticket-store.js';
import { type QueueChange, type QueueEvent, QueueEvents, type QueueListener } from './queue-events.js';
import { type CallRecord, type CounterPause, type QueueState, QueueStatements, type QueueTicket } from './queue-statements.js';

export type RefusalReason =
  | 'noOneWaiting'
  | 'counterBusy'
  | 'counterPaused'
  | 'unknownTicket'
  | 'notYourTicket'
  | 'alreadyFinished'
  | 'wrongState'
  | 'missingReason';

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  /** Plain words for the counter page and the log. */
  detail: string;
  /** The ticket the counter still holds, with `counterBusy`. */
  busyWith?: string;
}

export type Outcome<Result> = ({ ok: true } & Result) | Refusal;
export type TicketOutcome = Outcome<{ ticket: QueueTicket }>;

export interface NowServing {
  counter: number;
  number: string;
  serviceId: string;
  state: 'called' | 'serving';
  calledAt: number;
}

export interface TicketPosition {
  number: string;
  serviceId: string;
  state: QueueState;
  /** Tickets called before this one if nobody else arrives; null unless it is waiting. */
  peopleAhead: number | null;
  /** The counter to go to once called; null while waiting or after a transfer. */
  counter: number | null;
}

// A group with no policy in the config is served strictly (priority first), the decrees' default.
const DEFAULT_POLICY: CallingPolicy = { kind: 'strict' };

function refuse(reason: RefusalReason, detail: string): Refusal {
  return { ok: false, reason, detail };
}

function longestWaiting(a: WaitingTicket, b: WaitingTicket): number {
  return a.queuedAt - b.queuedAt || a.id - b.id;
}

export class QueueService {
  private readonly statements: QueueStatements;
  private readonly events = new QueueEvents();

  constructor(
    private readonly store: TicketStore,
    /** The service point's time zone, which decides the service day an action falls on. */
    private readonly timeZone: string,
  ) {
    this.statements = new QueueStatements(store.connection);
  }

  onChange(listener: QueueListener): () => void {
    return this.events.on(listener);
  }

  /** Issue through the store and tell listeners (the board's waiting counts). */
  issue(request: IssueRequest): IssuedTicket {
    const issued = this.store.issue(request);
    const ticket = this.statements.ticket(issued.id);
    if (ticket) this.events.emit({ type: 'issued', ticket, at: request.at.getTime() });
    return issued;
  }

  callNext(
    counter: number,
    groupIds: readonly string[],
    at: Date,
    policies: Readonly<Record<string, CallingPolicy>>,
  ): TicketOutcome {
    const day = serviceDay(at, this.timeZone);
    const outcome = this.store.writeTransaction((): TicketOutcome => {
      const busy = this.busy(day, counter);
      if (busy) return busy;
      const pause = this.pauseOf(counter);
      if (pause) return refuse('counterPaused', `counter ${counter} is paused (${pause.reason}): resume it first`);
      const candidates = groupIds
        .map((groupId) =>
          nextTicket(this.statements.waiting(day, groupId), this.statements.history(day, groupId), policies[groupId] ?? DEFAULT_POLICY),
        )
        .filter((ticket): ticket is WaitingTicket => ticket !== null)
        .sort(longestWaiting);
      const chosen = candidates[0] && this.statements.ticket(candidates[0].id);
      if (!chosen) return refuse('noOneWaiting', `no one is waiting in ${groupIds.join(', ') || 'no group'}`);
      this.statements.call(chosen, counter, at.getTime());
      return { ok: true, ticket: this.reread(chosen.id) };
    });
    if (outcome.ok) this.events.emit({ type: 'called', ticket: outcome.ticket, counter, at: at.getTime() });
    return outcome;
  }

  recall(counter: number, ticketId: number, at: Date): TicketOutcome {
    return this.act(counter, ticketId, ['called'], (ticket) => {
      this.statements.recall(ticket, counter, at.getTime());
      return { type: 'recalled', counter, at: at.getTime() };
    });
  }

  markNoShow(counter: number, ticketId: number, at: Date): TicketOutcome {
    return this.act(counter, ticketId, ['called'], (ticket) => {
      this.statements.close(ticket.id, 'no_show', at.getTime());
      return { type: 'noShow', counter, at: at.getTime() };
    });
  }

  startService(counter: number, ticketId: number, at: Date): TicketOutcome {
    return this.act(counter, ticketId, ['called'], (ticket) => {
      this.statements.start(ticket.id, at.getTime());
      return { type: 'started', counter, at: at.getTime() };
    });
  }

  /** Close the service; `durationMs` (start to finish) feeds the group's pace (recordService). */
  finishService(counter: number, ticketId: number, at: Date): Outcome<{ ticket: QueueTicket; durationMs: number }> {
    const durationMs = (ticket: QueueTicket) => at.getTime() - (ticket.startedAt ?? at.getTime());
    const outcome = this.act(counter, ticketId, ['serving'], (ticket) => {
      this.statements.close(ticket.id, 'done', at.getTime());
      return { type: 'finished', counter, at: at.getTime(), durationMs: durationMs(ticket) };
    });
    return outcome.ok ? { ...outcome, durationMs: durationMs(outcome.ticket) } : outcome;
  }

  /** Send the ticket back to waiting in another group, at the place its queued_at gives it. */
  transfer(counter: number, ticketId: number, toGroupId: string, at: Date): TicketOutcome {
    return this.act(counter, ticketId, ['called', 'serving'], (ticket) => {
      this.statements.transfer(ticket.id, toGroupId);
      return { type: 'transferred', counter, at: at.getTime(), fromGroupId: ticket.serviceId, toGroupId };
    });
  }

  /** Close the counter for a while; refused while it holds a ticket or is already paused. */
  pause(counter: number, reason: string, at: Date): Outcome<{ pause: CounterPause }> {
    const why = reason.trim();
    if (why === '') return refuse('missingReason', 'a pause needs a reason');
    const outcome = this.store.writeTransaction((): Outcome<{ pause: CounterPause }> => {
      const busy = this.busy(serviceDay(at, this.timeZone), counter);
      if (busy) return busy;
      const current = this.pauseOf(counter);
      if (current) return refuse('wrongState', `counter ${counter} is already paused (${current.reason})`);
      this.statements.pause(counter, why, at.getTime());
      return { ok: true, pause: { counter, reason: why, since: at.getTime() } };
    });
    if (outcome.ok) this.events.emit({ type: 'paused', counter, reason: why, at: at.getTime() });
    return outcome;
  }

  resume(counter: number, at: Date): Outcome<{ pausedMs: number }> {
    const outcome = this.store.writeTransaction((): Outcome<{ pausedMs: number }> => {
      const current = this.pauseOf(counter);
      if (!current) return refuse('wrongState', `counter ${counter} is not paused`);
      this.statements.resume(counter, at.getTime());
      return { ok: true, pausedMs: at.getTime() - current.since };
    });
    if (outcome.ok) this.events.emit({ type: 'resumed', counter, at: at.getTime() });
    return outcome;
  }

  /** Counters paused now, for the board and the counter pages. */
  pausedCounters(): CounterPause[] {
    return this.statements.pausedCounters();
  }

  waitingCounts(day: string): Record<string, number> {
    return this.statements.waitingCounts(day);
  }

  nowServing(day: string): NowServing[] {
    return this.statements.openAtCounters(day).map((ticket) => ({
      counter: ticket.counter ?? 0,
      number: ticket.number,
      serviceId: ticket.serviceId,
      state: ticket.state === 'serving' ? 'serving' : 'called',
      calledAt: ticket.calledAt ?? 0,
    }));
  }

  /** The day's calls and recalls, newest first. */
  lastCalls(day: string, limit: number): CallRecord[] {
    return this.statements.lastCalls(day, limit);
  }

  /** Where a ticket stands, for its status page; undefined for an unknown id. */
  position(ticketId: number, policies: Readonly<Record<string, CallingPolicy>>): TicketPosition | undefined {
    const ticket = this.statements.ticket(ticketId);
    if (!ticket) return undefined;
    const { serviceDay: day, serviceId } = ticket;
    const ahead =
      ticket.state === 'waiting'
        ? peopleAhead(ticket, this.statements.waiting(day, serviceId), this.statements.history(day, serviceId), policies[serviceId] ?? DEFAULT_POLICY)
        : null;
    return { number: ticket.number, serviceId, state: ticket.state, peopleAhead: ahead, counter: ticket.counter };
  }

  /**
   * One action on a ticket this counter holds: checks it in the transaction, applies `change` when
   * the ticket is in one of `allowed` states, and announces the change once committed.
   */
  private act(
    counter: number,
    ticketId: number,
    allowed: readonly QueueState[],
    change: (ticket: QueueTicket) => QueueChange,
  ): TicketOutcome {
    const result = this.store.writeTransaction((): { outcome: TicketOutcome; event?: QueueEvent } => {
      const ticket = this.statements.ticket(ticketId);
      if (!ticket) return { outcome: refuse('unknownTicket', `no ticket with id ${ticketId}`) };
      const refusal = this.staleness(ticket, counter, allowed);
      if (refusal) return { outcome: refusal };
      const done = change(ticket);
      const after = this.reread(ticketId);
      return { outcome: { ok: true, ticket: after }, event: { ...done, ticket: after } };
    });
    if (result.event) this.events.emit(result.event);
    return result.outcome;
  }

  /** The `counterBusy` refusal when the counter still holds a ticket today. */
  private busy(day: string, counter: number): Refusal | undefined {
    const held = this.statements.atCounter(day, counter);
    if (!held) return undefined;
    return {
      ...refuse('counterBusy', `counter ${counter} still has ${held.number} (${held.state}): finish it or mark it no-show first`),
      busyWith: held.number,
    };
  }

  private pauseOf(counter: number): CounterPause | undefined {
    return this.statements.pausedCounters().find((pause) => pause.counter === counter);
  }

  private staleness(ticket: QueueTicket, counter: number, allowed: readonly QueueState[]): Refusal | undefined {
    if (ticket.state === 'done' || ticket.state === 'no_show') {
      return refuse('alreadyFinished', `${ticket.number} is already ${ticket.state === 'done' ? 'served' : 'marked no-show'}`);
    }
    if (ticket.state !== 'waiting' && ticket.counter !== counter) {
      return refuse('notYourTicket', `${ticket.number} is at counter ${ticket.counter}, not ${counter}`);
    }
    if (!allowed.includes(ticket.state)) {
      return refuse('wrongState', `${ticket.number} is ${ticket.state}; this needs it ${allowed.join(' or ')}`);
    }
    return undefined;
  }

  private reread(id: number): QueueTicket {
    const ticket = this.statements.ticket(id);
    if (!ticket) throw new Error(`ticket ${id} vanished inside its own transaction`);
    return ticket;
  }
}
