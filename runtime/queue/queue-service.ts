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
 *
 * The service day: tickets are issued and called only on an open day. A day opens with its first
 * ticket (`automatic`) or when staff open it (`manual`); staff close it, which marks the tickets
 * still waiting or called as left (never called after) while counters finish those they serve; a
 * day closed by mistake can be opened again, its numbering going on. Openings, closings, pauses,
 * transfers and no-shows each write an audit entry in the transaction of the action.
 */
import { type CallingPolicy, nextTicket, peopleAhead, type WaitingTicket } from '../../domain/queue/calling-policy.js';
import type { PriorityGroupId } from '../../domain/queue/priority.js';
import type { ServicePace, ServiceTimeConfig } from '../../domain/queue/service-time.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { IssuedTicket } from '../../domain/queue/ticket.js';
import { AuditTrail } from '../store/audit-trail.js';
import type { IssueRequest, TicketStore } from '../store/ticket-store.js';
import { PaceBook } from './pace-book.js';
import { type QueueChange, type QueueEvent, QueueEvents, type QueueListener } from './queue-events.js';
import { type CallRecord, type CounterPause, type QueueState, QueueStatements, type QueueTicket } from './queue-statements.js';
import { type ServiceDayRecord, ServiceDayStatements } from './service-day-statements.js';

export type RefusalReason =
  | 'noOneWaiting'
  | 'counterBusy'
  | 'counterPaused'
  | 'unknownTicket'
  | 'notYourTicket'
  | 'alreadyFinished'
  | 'wrongState'
  | 'missingReason'
  | 'dayClosed';

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
  priority: PriorityGroupId | null;
  state: 'called' | 'serving';
  calledAt: number;
  /** When the service started; null while only called. */
  startedAt: number | null;
}

/** How a service day opens: with its first ticket, or only when staff open it. */
export type DayOpening = 'automatic' | 'manual';

/** `notOpened`: no ticket issued and nobody opened it yet. */
export type DayStatus = 'open' | 'notOpened' | 'closed';

/** A ticket just issued, with its place under its group's calling policy. */
export interface IssuedInLine {
  ticket: QueueTicket;
  issued: IssuedTicket;
  /** Whether this ticket opened the day (automatic opening). */
  openedDay: boolean;
}

export interface TicketPosition {
  number: string;
  serviceId: string;
  state: QueueState;
  /** Tickets called before this one if nobody else arrives; null unless it is waiting. */
  peopleAhead: number | null;
  /** The counter to go to once called; null while waiting or after a transfer. */
  counter: number | null;
  /** The day closed before it was served: it will not be called. */
  leftAtClosing: boolean;
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
  private readonly days: ServiceDayStatements;
  private readonly events = new QueueEvents();
  private readonly paces: PaceBook;
  /** Who did what, in the store's append-only table. */
  readonly audit: AuditTrail;

  constructor(
    private readonly store: TicketStore,
    /** The service point's time zone, which decides the service day an action falls on. */
    private readonly timeZone: string,
    /** Read at each action, so a new config applies at once. */
    private readonly dayOpening: () => DayOpening = () => 'automatic',
  ) {
    this.statements = new QueueStatements(store.connection);
    this.days = new ServiceDayStatements(store.connection);
    this.audit = new AuditTrail(store.connection);
    this.paces = new PaceBook(this.statements);
  }

  onChange(listener: QueueListener): () => void {
    return this.events.on(listener);
  }

  /**
   * Issue through the store on an open day only, opening it when it opens with its first ticket,
   * and tell listeners (the board's waiting counts); `peopleAhead` is the ticket's own place under
   * the group's policy (a priority ticket has fewer ahead).
   */
  issue(request: IssueRequest, policy: CallingPolicy, actor: string): Outcome<IssuedInLine> {
    const { serviceDay: day, serviceId } = request;
    const at = request.at.getTime();
    const outcome = this.store.writeTransaction((): Outcome<IssuedInLine> => {
      const closed = this.closedRefusal(day);
      if (closed) return closed;
      const openedDay = this.dayStatus(day) === 'notOpened';
      if (openedDay) this.openInTransaction(day, at, `${actor} (automatic opening with the day's first ticket)`);
      const issued = this.store.issue(request);
      const ticket = this.reread(issued.id);
      const ahead = peopleAhead(ticket, this.statements.waiting(day, serviceId), this.statements.history(day, serviceId), policy);
      return { ok: true, ticket, issued: { ...issued, peopleAhead: ahead }, openedDay };
    });
    if (outcome.ok && outcome.openedDay) this.events.emit({ type: 'dayOpened', day, at, actor });
    if (outcome.ok) this.events.emit({ type: 'issued', ticket: outcome.ticket, at });
    return outcome;
  }

  dayStatus(day: string): DayStatus {
    const record = this.days.record(day);
    if (record === undefined) return 'notOpened';
    return record.closedAt === null ? 'open' : 'closed';
  }

  /** The day's opening and closing as recorded; undefined before it opens. */
  dayRecord(day: string): ServiceDayRecord | undefined {
    return this.days.record(day);
  }

  /**
   * Open today: numbering starts at 001 for every group (numbers are per day and letter, so
   * nothing needs resetting); a day closed by mistake opens again with its numbering going on.
   */
  openDay(at: Date, actor: string): Outcome<{ day: string; reopened: boolean }> {
    const day = serviceDay(at, this.timeZone);
    const outcome = this.store.writeTransaction((): Outcome<{ day: string; reopened: boolean }> => {
      const status = this.dayStatus(day);
      if (status === 'open') return refuse('wrongState', `the service day ${day} is already open`);
      if (status === 'notOpened') {
        this.openInTransaction(day, at.getTime(), actor);
        return { ok: true, day, reopened: false };
      }
      this.days.reopen(day);
      this.audit.append({
        at: at.getTime(),
        actor,
        action: 'dayReopened',
        detail: `service day ${day} opened again after closing; each group's numbering goes on from its last number (no number is issued twice); tickets left at closing stay left`,
      });
      return { ok: true, day, reopened: true };
    });
    if (outcome.ok) this.events.emit({ type: 'dayOpened', day, at: at.getTime(), actor });
    return outcome;
  }

  /**
   * Close today: no more tickets or calls; tickets still waiting or called are marked left. A day
   * not yet opened can be closed too (an unplanned closure before the first ticket): it is opened
   * and closed in one transaction, so the audit reads as what happened.
   */
  closeDay(at: Date, actor: string): Outcome<{ day: string; left: number }> {
    const day = serviceDay(at, this.timeZone);
    const outcome = this.store.writeTransaction((): Outcome<{ day: string; left: number }> => {
      const status = this.dayStatus(day);
      if (status === 'closed') return refuse('wrongState', `the service day ${day} is already closed`);
      if (status === 'notOpened') this.openInTransaction(day, at.getTime(), actor);
      this.days.close(day, at.getTime(), actor);
      const left = this.statements.markLeft(day, at.getTime());
      this.audit.append({
        at: at.getTime(),
        actor,
        action: 'dayClosed',
        detail: `service day ${day} closed: no new tickets; ${left} ticket(s) still waiting or called marked as left at closing; tickets being served can still be finished`,
      });
      return { ok: true, day, left };
    });
    if (outcome.ok) this.events.emit({ type: 'dayClosed', day, at: at.getTime(), actor });
    return outcome;
  }

  callNext(
    counter: number,
    groupIds: readonly string[],
    at: Date,
    policies: Readonly<Record<string, CallingPolicy>>,
  ): Outcome<{ ticket: QueueTicket; callId: number }> {
    const day = serviceDay(at, this.timeZone);
    const outcome = this.store.writeTransaction((): Outcome<{ ticket: QueueTicket; callId: number }> => {
      const closed = this.closedRefusal(day);
      if (closed) return closed;
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
      const callId = this.statements.call(chosen, counter, at.getTime());
      return { ok: true, ticket: this.reread(chosen.id), callId };
    });
    if (outcome.ok) this.events.emit({ type: 'called', ticket: outcome.ticket, counter, at: at.getTime(), callId: outcome.callId });
    return outcome;
  }

  recall(counter: number, ticketId: number, at: Date): TicketOutcome {
    return this.act(counter, ticketId, ['called'], (ticket) => {
      const callId = this.statements.recall(ticket, counter, at.getTime());
      return { type: 'recalled', counter, at: at.getTime(), callId };
    });
  }

  markNoShow(counter: number, ticketId: number, at: Date, actor = `counter ${counter}`): TicketOutcome {
    return this.act(counter, ticketId, ['called'], (ticket) => {
      this.statements.close(ticket.id, 'no_show', at.getTime());
      this.audit.append({ at: at.getTime(), actor, action: 'ticketNoShow', detail: `${ticket.number} called at counter ${counter} did not come` });
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
    if (!outcome.ok) return outcome;
    this.paces.record(outcome.ticket.serviceDay, outcome.ticket.serviceId, durationMs(outcome.ticket));
    return { ...outcome, durationMs: durationMs(outcome.ticket) };
  }

  /** Send the ticket back to waiting in another group, at the place its queued_at gives it. */
  transfer(counter: number, ticketId: number, toGroupId: string, at: Date, actor = `counter ${counter}`): TicketOutcome {
    return this.act(counter, ticketId, ['called', 'serving'], (ticket) => {
      this.statements.transfer(ticket.id, toGroupId);
      this.audit.append({
        at: at.getTime(),
        actor,
        action: 'ticketTransferred',
        detail: `${ticket.number} sent from ${ticket.serviceId} to ${toGroupId} by counter ${counter}, keeping its place in line`,
      });
      return { type: 'transferred', counter, at: at.getTime(), fromGroupId: ticket.serviceId, toGroupId };
    });
  }

  /** Close the counter for a while; refused while it holds a ticket or is already paused. */
  pause(counter: number, reason: string, at: Date, actor = `counter ${counter}`): Outcome<{ pause: CounterPause }> {
    const why = reason.trim();
    if (why === '') return refuse('missingReason', 'a pause needs a reason');
    const outcome = this.store.writeTransaction((): Outcome<{ pause: CounterPause }> => {
      const busy = this.busy(serviceDay(at, this.timeZone), counter);
      if (busy) return busy;
      const current = this.pauseOf(counter);
      if (current) return refuse('wrongState', `counter ${counter} is already paused (${current.reason})`);
      this.statements.pause(counter, why, at.getTime());
      this.audit.append({ at: at.getTime(), actor, action: 'counterPaused', detail: `counter ${counter} paused: ${why}` });
      return { ok: true, pause: { counter, reason: why, since: at.getTime() } };
    });
    if (outcome.ok) this.events.emit({ type: 'paused', counter, reason: why, at: at.getTime() });
    return outcome;
  }

  resume(counter: number, at: Date, actor = `counter ${counter}`): Outcome<{ pausedMs: number }> {
    const outcome = this.store.writeTransaction((): Outcome<{ pausedMs: number }> => {
      const current = this.pauseOf(counter);
      if (!current) return refuse('wrongState', `counter ${counter} is not paused`);
      this.statements.resume(counter, at.getTime());
      this.audit.append({
        at: at.getTime(),
        actor,
        action: 'counterResumed',
        detail: `counter ${counter} open again after ${Math.round((at.getTime() - current.since) / 60_000)} min (${current.reason})`,
      });
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
      priority: ticket.priority,
      state: ticket.state === 'serving' ? 'serving' : 'called',
      calledAt: ticket.calledAt ?? 0,
      startedAt: ticket.startedAt,
    }));
  }

  /** The ticket a counter has called or is serving on the day, if any. */
  heldBy(day: string, counter: number): QueueTicket | undefined {
    return this.statements.atCounter(day, counter);
  }

  /** Tickets the counter finished serving on the day. */
  servedCount(day: string, counter: number): number {
    return this.statements.servedCount(day, counter);
  }

  /** A group's pace on the day, learnt from its finished services. */
  paceOf(day: string, groupId: string, config: ServiceTimeConfig): ServicePace {
    return this.paces.paceOf(day, groupId, config);
  }

  /** Where a ticket issued now in this group would stand: how many would be called before it. */
  aheadOfNewTicket(day: string, groupId: string, policy: CallingPolicy, at: Date): number {
    const waiting = this.statements.waiting(day, groupId);
    const newcomer: WaitingTicket = { id: Number.MAX_SAFE_INTEGER, queuedAt: at.getTime(), priority: null };
    return peopleAhead(newcomer, waiting, this.statements.history(day, groupId), policy);
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
      ticket.state === 'waiting' && ticket.leftAt === null
        ? peopleAhead(ticket, this.statements.waiting(day, serviceId), this.statements.history(day, serviceId), policies[serviceId] ?? DEFAULT_POLICY)
        : null;
    return { number: ticket.number, serviceId, state: ticket.state, peopleAhead: ahead, counter: ticket.counter, leftAtClosing: ticket.leftAt !== null };
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

  /** The `dayClosed` refusal when nothing may be issued or called on the day. */
  private closedRefusal(day: string): Refusal | undefined {
    const status = this.dayStatus(day);
    if (status === 'closed') return refuse('dayClosed', `the service day ${day} is closed`);
    if (status === 'notOpened' && this.dayOpening() === 'manual') return refuse('dayClosed', `the service day ${day} has not been opened by staff`);
    return undefined;
  }

  private openInTransaction(day: string, at: number, actor: string): void {
    this.days.open(day, at, actor);
    this.audit.append({
      at,
      actor,
      action: 'dayOpened',
      detail: `service day ${day} opened: numbering starts at 001 for every group (numbers are per day and letter)`,
    });
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
    if (ticket.leftAt !== null) return refuse('dayClosed', `${ticket.number} was left when the day closed`);
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
