/**
 * The service point's queue as kiosks, counter pages and boards use it: the queue engine
 * (QueueService, every action one transaction) with the config's groups, calling policies, opening
 * hours and day opening, the catalogue's complexity classes and each group's learnt pace. Every
 * method answers with a result or a refusal in words; none throws on bad or stale input.
 */
import type { Locale } from '../../bridge/contract.js';
import type {
  BoardState,
  CounterState,
  CounterTicket,
  DayState,
  GroupSummary,
  QueueRefusal,
} from '../../bridge/queue-protocol.js';
import type { Catalogue, Complexity } from '../../domain/catalogue/catalogue-schema.js';
import type { KioskConfig, ServiceGroup } from '../../domain/config/schema.js';
import type { CallingPolicy } from '../../domain/queue/calling-policy.js';
import { closedMessage, ticketIssuing } from '../../domain/queue/service-day-rules.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { Logger } from '../log.js';
import type { TicketStore } from '../store/ticket-store.js';
import { groupWaits } from './group-wait.js';
import type { QueueEvent } from './queue-events.js';
import { type Outcome, QueueService } from './queue-service.js';
import type { QueueTicket } from './queue-statements.js';
import { ISSUE_REFUSALS, UNKNOWN_TRANSFER_GROUP, counterOutsideGroups, counterRefusal, queueRefusal } from './refusal-messages.js';
import type { ActionResult, CounterAction, IssueResult, IssueTicketRequest, ServicePointQueue } from './service-point-api.js';

export interface ServicePointOptions {
  store: TicketStore;
  /** Read at every call, so a new config applies at once. */
  config: () => KioskConfig;
  catalogue: () => Catalogue;
  now: () => Date;
  logger: Logger;
  /** Signs a ticket's phone rating token, printed in its QR link; tickets carry none without it. */
  ratingToken?: (ticket: { id: number; serviceDay: string }) => string;
}

/** Calls shown on the board: enough to find one's number after looking away for a minute. */
const BOARD_CALLS = 10;

/**
 * How long group summaries are reused while the queue does not change: every counter page, board
 * and linked kiosk asks for them after each change, and only the minutes of services in progress
 * move them otherwise (estimates are whole minutes).
 */
const SUMMARY_REUSE_MS = 1_000;

interface SummaryMemo {
  version: number;
  config: KioskConfig;
  day: string;
  at: number;
  summaries: GroupSummary[];
}

// A group with no policy in the config is served strictly (priority first), as QueueService does.
const STRICT: CallingPolicy = { kind: 'strict' };

export class ServicePoint implements ServicePointQueue {
  /** The transactional engine, for the runtime's tests and tools that act on tickets directly. */
  readonly queue: QueueService;
  private readonly config: () => KioskConfig;
  private readonly catalogue: () => Catalogue;
  private readonly now: () => Date;
  private readonly logger: Logger;
  private readonly ratingToken: ((ticket: { id: number; serviceDay: string }) => string) | undefined;
  /** Bumped by every committed change: summaries computed before it are stale. */
  private version = 0;
  private memo: SummaryMemo | undefined;

  constructor(options: ServicePointOptions) {
    this.config = options.config;
    this.catalogue = options.catalogue;
    this.now = options.now;
    this.logger = options.logger;
    this.ratingToken = options.ratingToken;
    this.queue = new QueueService(options.store, this.config().servicePoint.timeZone, () => this.config().queue.dayOpening);
    // Registered first, so every other listener already sees fresh summaries.
    this.queue.onChange(() => {
      this.version += 1;
    });
  }

  issue(request: IssueTicketRequest): IssueResult {
    const group = this.group(request.serviceId);
    if (group === undefined) return queueRefusal('unknownGroup', ISSUE_REFUSALS.unknownGroup);
    const at = this.now();
    const today = this.today(at);
    const hoursRefusal = this.outsideHours(at, today, this.complexityOf(request.procedureId));
    if (hoursRefusal !== null) return queueRefusal('dayClosed', hoursRefusal);
    const outcome = this.queue.issue(
      {
        serviceId: group.id,
        prefix: group.prefix,
        serviceDay: today,
        kioskId: request.kioskId,
        at,
        priority: request.priority,
        procedureId: request.procedureId,
      },
      this.policyOf(group.id),
      `kiosk ${request.kioskId}`,
    );
    if (!outcome.ok) return queueRefusal('dayClosed', this.dayClosedWords(today) ?? ISSUE_REFUSALS.dayClosed);
    if (outcome.openedDay) this.logger.info(`service day ${today} opened with ticket ${outcome.issued.number}`);
    const { issued } = outcome;
    const wait = groupWaits(this.queue, today, at, this.config().queue.serviceTime);
    return {
      ok: true,
      ticket: {
        ...issued,
        priority: request.priority,
        estimatedWaitMinutes: wait(group, issued.peopleAhead),
        ratingToken: this.ratingToken?.(issued) ?? null,
      },
    };
  }

  act(counter: number, action: CounterAction, actor: string): ActionResult {
    const served = this.config().serviceGroups.filter((group) => group.counters.includes(counter));
    if (served.length === 0) return counterOutsideGroups(counter);
    const at = this.now();
    const outcome = this.perform(counter, served, action, actor, at);
    if (!outcome.ok) {
      if ('message' in outcome) return outcome;
      this.logger.info(`counter ${counter}: ${action.type} refused (${outcome.reason}): ${outcome.detail}`);
      return counterRefusal(outcome, action.type);
    }
    return { ok: true };
  }

  private perform(
    counter: number,
    served: ServiceGroup[],
    action: CounterAction,
    actor: string,
    at: Date,
  ): Outcome<object> | QueueRefusal {
    switch (action.type) {
      case 'callNext':
        return this.queue.callNext(counter, served.map((group) => group.id), at, this.config().queue.callingPolicies);
      case 'recall':
        return this.queue.recall(counter, action.ticketId, at);
      case 'noShow':
        return this.queue.markNoShow(counter, action.ticketId, at, actor);
      case 'start':
        return this.queue.startService(counter, action.ticketId, at);
      case 'finish':
        return this.queue.finishService(counter, action.ticketId, at);
      case 'transfer':
        if (this.group(action.toGroupId) === undefined) return queueRefusal('unknownGroup', UNKNOWN_TRANSFER_GROUP);
        return this.queue.transfer(counter, action.ticketId, action.toGroupId, at, actor);
      case 'pause':
        return this.queue.pause(counter, action.reason, at, actor);
      case 'resumeCounter':
        return this.queue.resume(counter, at, actor);
      case 'openDay':
        return this.queue.openDay(at, actor);
      case 'closeDay':
        return this.queue.closeDay(at, actor);
    }
  }

  /** Staff open or close the service day from staff mode (no counter involved). */
  actOnDay(type: 'openDay' | 'closeDay', actor: string): ActionResult {
    const at = this.now();
    const outcome = type === 'openDay' ? this.queue.openDay(at, actor) : this.queue.closeDay(at, actor);
    return outcome.ok ? { ok: true } : counterRefusal(outcome, type);
  }

  counterState(counter: number): CounterState {
    const at = this.now();
    const today = this.today(at);
    const groups = this.groupSummaries(at);
    const held = this.queue.heldBy(today, counter);
    const pause = this.queue.pausedCounters().find((each) => each.counter === counter);
    return {
      counter,
      groups: groups.filter((group) => group.counters.includes(counter)),
      allGroups: groups.map(({ id, prefix, name }) => ({ id, prefix, name })),
      current: held === undefined ? null : counterTicket(held),
      paused: pause === undefined ? null : { reason: pause.reason, since: pause.since },
      day: this.dayState(at),
      servedToday: this.queue.servedCount(today, counter),
    };
  }

  boardState(): BoardState {
    const at = this.now();
    const today = this.today(at);
    return {
      servicePointName: this.config().servicePoint.name,
      nowServing: this.queue
        .nowServing(today)
        .map(({ counter, number, serviceId, state, priority }) => ({ counter, number, serviceId, state, priority })),
      lastCalls: this.queue.lastCalls(today, BOARD_CALLS).map((call) => ({
        callId: call.id,
        number: call.number,
        counter: call.counter,
        serviceId: call.serviceId,
        priority: call.priority,
        kind: call.kind,
        at: call.at,
      })),
      groups: this.groupSummaries(at),
      paused: this.queue.pausedCounters().map(({ counter, reason }) => ({ counter, reason })),
      day: this.dayState(at),
    };
  }

  groups(): GroupSummary[] {
    return this.groupSummaries(this.now());
  }

  day(): DayState {
    return this.dayState(this.now());
  }

  onChange(listener: (event: QueueEvent) => void): () => void {
    return this.queue.onChange(listener);
  }

  /** Waiting counts and what a ticket issued now in each group can expect to wait. */
  private groupSummaries(at: Date): GroupSummary[] {
    const today = this.today(at);
    const config = this.config();
    const { memo, version } = this;
    if (memo?.version === version && memo.config === config && memo.day === today && at.getTime() - memo.at < SUMMARY_REUSE_MS) {
      return memo.summaries;
    }
    const summaries = this.computeSummaries(at, today, config);
    this.memo = { version, config, day: today, at: at.getTime(), summaries };
    return summaries;
  }

  private computeSummaries(at: Date, today: string, config: KioskConfig): GroupSummary[] {
    const waiting = this.queue.waitingCounts(today);
    const wait = groupWaits(this.queue, today, at, config.queue.serviceTime);
    return config.serviceGroups.map((group) => ({
      id: group.id,
      prefix: group.prefix,
      name: group.name,
      counters: group.counters,
      waiting: waiting[group.id] ?? 0,
      estimatedWaitMinutes: wait(group, this.queue.aheadOfNewTicket(today, group.id, this.policyOf(group.id), at)),
    }));
  }

  /** Open when tickets are taken now (for a procedure of standard complexity). */
  private dayState(at: Date): DayState {
    const today = this.today(at);
    const closedMessage = this.dayClosedWords(today) ?? this.outsideHours(at, today, 'standard');
    return { day: today, open: closedMessage === null, closedMessage };
  }

  /** Why the day takes no tickets (closed by staff, or not opened in manual opening); null if it does. */
  private dayClosedWords(today: string): Record<Locale, string> | null {
    const status = this.queue.dayStatus(today);
    if (status === 'closed') return ISSUE_REFUSALS.dayClosed;
    if (status === 'notOpened' && this.config().queue.dayOpening === 'manual') return ISSUE_REFUSALS.notOpened;
    return null;
  }

  /** Why the opening hours take no ticket for this complexity now; null without hours or when they do. */
  private outsideHours(at: Date, today: string, complexity: Complexity): Record<Locale, string> | null {
    const { queue, servicePoint } = this.config();
    if (queue.openingHours === undefined) return null;
    const decision = ticketIssuing(at, queue.openingHours, servicePoint.timeZone, complexity);
    if (decision.allowed) return null;
    return { vi: closedMessage(decision, today, 'vi'), en: closedMessage(decision, today, 'en') };
  }

  private complexityOf(procedureId: string | null): Complexity {
    if (procedureId === null) return 'standard';
    for (const field of this.catalogue().fields) {
      const procedure = field.procedures.find((candidate) => candidate.id === procedureId);
      if (procedure !== undefined) return procedure.complexity;
    }
    this.logger.warn(`procedure "${procedureId}" is not in the catalogue; issuing as a standard one`);
    return 'standard';
  }

  private group(id: string): ServiceGroup | undefined {
    return this.config().serviceGroups.find((group) => group.id === id);
  }

  private policyOf(groupId: string): CallingPolicy {
    return this.config().queue.callingPolicies[groupId] ?? STRICT;
  }

  private today(at: Date): string {
    return serviceDay(at, this.config().servicePoint.timeZone);
  }
}

function counterTicket(ticket: QueueTicket): CounterTicket {
  return {
    id: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    priority: ticket.priority,
    state: ticket.state,
    queuedAt: ticket.queuedAt,
    calledAt: ticket.calledAt,
    startedAt: ticket.startedAt,
    recallCount: ticket.recallCount,
  };
}
