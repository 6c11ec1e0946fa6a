/**
 * A kiosk numbering through another host (a second stand, the robot): its tickets come from the
 * host's queue over the `/queue` socket, so every kiosk of the service point shares one numbering.
 *
 * The link reconnects on its own (0.5 s doubling to 30 s). An issue waits up to a deadline for a
 * connection and an answer; past it the kiosk hears `serverUnreachable` and can say so. Each issue
 * carries a request key that stays the same when it is sent again after a reconnect, so a reply
 * lost with the connection is answered again with the same ticket, never a second one. Print
 * outcomes are reported to the host the same way: kept until the host confirms, sent again after a
 * reconnect.
 *
 * The kiosk's ratings ride on the same link (the host keeps them, see RemoteRatingBackend); they
 * are not sent again after a reconnect: with no link or no answer the citizen hears the host is
 * unreachable, and nothing was kept.
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { z } from 'zod';
import { describeIssues, localeSchema } from '../../bridge/contract.js';
import { RATING_REFUSAL_REASONS } from '../../bridge/rating-protocol.js';
import {
  type DayState,
  type GroupSummary,
  type KioskLinkHostMessage,
  type KioskLinkRequest,
  type QueueRefusal,
  REFUSAL_REASONS,
  type RatingReplyResult,
  priorityIdSchema,
} from '../../bridge/queue-protocol.js';
import { Backoff } from '../../devices/serial/backoff.js';
import { ListenerSet } from '../../devices/serial/listener-set.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { Logger } from '../log.js';
import { refuseRating } from '../satisfaction/rating-refusals.js';
import { SERVER_UNREACHABLE, queueRefusal } from './refusal-messages.js';
import type { IssueResult, IssueTicketRequest, TicketIssuer } from './service-point-api.js';

export const DEFAULT_ISSUE_TIMEOUT_MS = 5_000;


export interface RemoteIssuerOptions {
  /** The host's `/queue` socket, e.g. ws://192.168.1.10:8787/queue. */
  url: string;
  /** The host's `queue.kioskKey`. */
  key: string;
  kioskId: string;
  /** The service point's zone: the day this kiosk reports before the host has told it. */
  timeZone: string;
  logger: Logger;
  /** How long an issue may wait for a connection and an answer. */
  issueTimeoutMs?: number;
  now?: () => Date;
}

/** A rating request as the kiosk asks it; the issuer numbers it. */
export type RatingRequest = DistributiveOmit<Extract<KioskLinkRequest, { type: 'findRatable' | 'rate' | 'completeRating' | 'ratingOffers' }>, 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface PendingRating {
  resolve(result: RatingReplyResult): void;
  timer: NodeJS.Timeout;
}

interface PendingIssue {
  /** The message as sent, the same on every retry. */
  message: Extract<KioskLinkRequest, { type: 'issue' }>;
  resolve(result: IssueResult): void;
  timer: NodeJS.Timeout;
}

/* The host's messages are parsed like any other input: a kiosk acts on nothing it has not checked. */
const nameSchema = z.record(localeSchema, z.string());
const groupSummarySchema = z.object({
  id: z.string(),
  prefix: z.string(),
  name: nameSchema,
  counters: z.array(z.number()),
  waiting: z.number(),
  estimatedWaitMinutes: z.number().nullable(),
});
const dayStateSchema = z.object({ day: z.string(), open: z.boolean(), closedMessage: nameSchema.nullable() });
const linkedTicketSchema = z.object({
  id: z.number(),
  number: z.string(),
  serviceId: z.string(),
  prefix: z.string(),
  sequence: z.number(),
  serviceDay: z.string(),
  issuedAt: z.string(),
  peopleAhead: z.number(),
  estimatedWaitMinutes: z.number().nullable(),
  priority: priorityIdSchema.nullable(),
  // A ticket a host remembered from before it signed rating tokens has none.
  ratingToken: z.string().nullable().default(null),
});
const ratableTicketSchema = z.object({
  ticketId: z.number(),
  number: z.string(),
  serviceDay: z.string(),
  counter: z.number(),
  service: nameSchema,
  procedure: nameSchema.nullable(),
  finishedAt: z.number(),
  rated: z.boolean(),
});
const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('reply'),
    id: z.number(),
    result: z.union([
      z.object({ ok: z.literal(true), ticket: linkedTicketSchema.optional() }),
      z.object({ ok: z.literal(false), reason: z.enum(REFUSAL_REASONS), message: nameSchema }),
    ]),
  }),
  z.object({ type: z.literal('waiting'), groups: z.array(groupSummarySchema), day: dayStateSchema }),
  z.object({
    type: z.literal('ratingReply'),
    id: z.number(),
    result: z.union([
      z.object({ ok: z.literal(true), ticket: ratableTicketSchema.optional(), token: z.string().optional(), offers: z.array(z.string()).optional() }),
      z.object({ ok: z.literal(false), reason: z.enum(RATING_REFUSAL_REASONS), message: nameSchema }),
    ]),
  }),
  z.object({ type: z.literal('ratingChanged') }),
  z.object({ type: z.literal('error'), message: z.string() }),
]) satisfies z.ZodType<KioskLinkHostMessage>;
type HostMessage = z.infer<typeof hostMessageSchema>;
type HostReply = Extract<HostMessage, { type: 'reply' }>;

export class RemoteTicketIssuer implements TicketIssuer {
  private socket: WebSocket | undefined;
  /** Said hello and was accepted: issues may be sent. */
  private linked = false;
  private closed = false;
  private nextId = 1;
  private helloId = 0;
  private readonly pending = new Map<number, PendingIssue>();
  private readonly pendingRatings = new Map<number, PendingRating>();
  private readonly ratingListeners = new ListenerSet<void>();
  /** Print outcomes the host has not confirmed, by ticket id (the latest outcome wins). */
  private readonly unconfirmedPrints = new Map<number, boolean>();
  /** The print report each request id carried, until its reply. */
  private readonly printRequests = new Map<number, number>();
  private readonly backoff = new Backoff();
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** Set once the link has been down longer than an issue may wait: the kiosk then says so. */
  private unreachableTimer: NodeJS.Timeout | undefined;
  private unreachable = false;
  private waiting: { groups: GroupSummary[]; day: DayState } | undefined;
  private readonly listeners = new ListenerSet<void>();
  private readonly timeoutMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: RemoteIssuerOptions) {
    this.timeoutMs = options.issueTimeoutMs ?? DEFAULT_ISSUE_TIMEOUT_MS;
    this.now = options.now ?? (() => new Date());
    this.connect();
  }

  issue(request: IssueTicketRequest): Promise<IssueResult> {
    if (this.closed) return Promise.resolve(unreachableRefusal());
    const message: PendingIssue['message'] = {
      type: 'issue',
      id: this.nextId++,
      requestKey: randomUUID(),
      serviceId: request.serviceId,
      procedureId: request.procedureId,
      priority: request.priority,
    };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(message.id);
        this.options.logger.warn(`queue link: no answer for a ticket in ${this.timeoutMs} ms; the kiosk says the server is unreachable`);
        // No answer in time on an open link means a dead one (a host that lost power sends no FIN).
        if (this.linked) this.socket?.terminate();
        resolve(unreachableRefusal());
      }, this.timeoutMs);
      this.pending.set(message.id, { message, resolve, timer });
      if (this.linked) this.send(message);
    });
  }

  recordPrint(ticketId: number, printed: boolean): void {
    if (this.closed) return;
    this.unconfirmedPrints.set(ticketId, printed);
    if (this.linked) this.sendPrint(ticketId, printed);
  }

  /**
   * Ask the host a rating request. Not sent again after a reconnect (a rating kept twice is
   * refused anyway): with no link, or no answer in time, the kiosk hears `serverUnreachable`.
   */
  askRating(request: RatingRequest): Promise<RatingReplyResult> {
    if (!this.linked) return Promise.resolve(refuseRating('serverUnreachable'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pendingRatings.delete(id);
        this.options.logger.warn(`queue link: no answer to a rating request in ${this.timeoutMs} ms`);
        if (this.linked) this.socket?.terminate();
        resolve(refuseRating('serverUnreachable'));
      }, this.timeoutMs);
      this.pendingRatings.set(id, { resolve, timer });
      this.send({ ...request, id });
    });
  }

  /** The host says a counter finished a ticket or a rating landed, or the link came back: offers may have changed. */
  onRatingChange(listener: () => void): () => void {
    return this.ratingListeners.add(listener);
  }

  groups(): GroupSummary[] {
    return this.waiting?.groups ?? [];
  }

  day(): DayState {
    if (this.waiting !== undefined && !this.unreachable) return this.waiting.day;
    return { day: serviceDay(this.now(), this.options.timeZone), open: false, closedMessage: SERVER_UNREACHABLE };
  }

  onUpdate(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.unreachableTimer);
    this.socket?.terminate();
    for (const [id, issue] of this.pending) {
      clearTimeout(issue.timer);
      this.pending.delete(id);
      issue.resolve(unreachableRefusal());
    }
    this.settleRatings();
  }

  /** Every rating request still waiting hears the host is unreachable. */
  private settleRatings(): void {
    for (const [id, rating] of this.pendingRatings) {
      clearTimeout(rating.timer);
      this.pendingRatings.delete(id);
      rating.resolve(refuseRating('serverUnreachable'));
    }
  }

  private connect(): void {
    const { logger, url } = this.options;
    const socket = new WebSocket(url, { handshakeTimeout: this.timeoutMs, maxPayload: 1024 * 1024 });
    this.socket = socket;
    socket.on('open', () => {
      this.helloId = this.nextId++;
      this.send({ type: 'hello', id: this.helloId, kioskId: this.options.kioskId, key: this.options.key });
    });
    socket.on('message', (data, isBinary) => {
      if (isBinary) return logger.warn('queue link: the host sent a binary message; ignored');
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      let value: unknown;
      try {
        value = JSON.parse(bytes.toString('utf8'));
      } catch {
        return logger.warn('queue link: the host sent a message that is not JSON; ignored');
      }
      const parsed = hostMessageSchema.safeParse(value);
      if (!parsed.success) return logger.warn(`queue link: malformed message from the host: ${describeIssues(parsed.error)}`);
      this.received(parsed.data);
    });
    socket.on('error', (error) => logger.warn(`queue link to ${url}: ${error.message}`));
    socket.on('close', () => this.disconnected(socket));
  }

  private received(message: HostMessage): void {
    const { logger } = this.options;
    if (message.type === 'error') return logger.warn(`queue link: the host says: ${message.message}`);
    if (message.type === 'waiting') {
      this.waiting = { groups: message.groups, day: message.day };
      this.listeners.emit(undefined);
      return;
    }
    if (message.type === 'ratingChanged') return this.ratingListeners.emit(undefined);
    if (message.type === 'ratingReply') return this.ratingAnswered(message.id, message.result);
    if (message.id === this.helloId) return this.helloAnswered(message.result);
    const printedTicket = this.printRequests.get(message.id);
    if (printedTicket !== undefined) return this.printAnswered(message.id, printedTicket, message.result);
    const issue = this.pending.get(message.id);
    // An answer to an issue that already timed out: the kiosk was told to try again, nothing to do.
    if (issue === undefined) return;
    this.pending.delete(message.id);
    clearTimeout(issue.timer);
    const { result } = message;
    if (!result.ok) return issue.resolve(result);
    if (result.ticket === undefined) return issue.resolve(unreachableRefusal());
    issue.resolve({ ok: true, ticket: result.ticket });
  }

  private ratingAnswered(requestId: number, result: RatingReplyResult): void {
    const rating = this.pendingRatings.get(requestId);
    // An answer after its deadline: the kiosk already said the host was unreachable.
    if (rating === undefined) return;
    this.pendingRatings.delete(requestId);
    clearTimeout(rating.timer);
    rating.resolve(result);
  }

  private printAnswered(requestId: number, ticketId: number, result: HostReply['result']): void {
    this.printRequests.delete(requestId);
    // Confirmed, or refused for good (not this kiosk's ticket): either way, no more retries.
    this.unconfirmedPrints.delete(ticketId);
    if (!result.ok) this.options.logger.warn(`queue link: the host refused the print report of ticket ${ticketId} (${result.reason})`);
  }

  private sendPrint(ticketId: number, printed: boolean): void {
    const id = this.nextId++;
    this.printRequests.set(id, ticketId);
    this.send({ type: 'printed', id, ticketId, printed });
  }

  private helloAnswered(result: HostReply['result']): void {
    const { logger, url } = this.options;
    if (!result.ok) {
      logger.error(`queue link: ${url} refused this kiosk (${result.reason}); check queue.server.key here and queue.kioskKey there`);
      for (const [id, issue] of this.pending) {
        clearTimeout(issue.timer);
        this.pending.delete(id);
        issue.resolve(result);
      }
      return;
    }
    logger.info(`queue link: linked to ${url}`);
    this.linked = true;
    this.backoff.reset();
    clearTimeout(this.unreachableTimer);
    this.unreachableTimer = undefined;
    if (this.unreachable) {
      this.unreachable = false;
      this.listeners.emit(undefined);
    }
    // Issues that waited for the link, and those whose answer the last connection lost, with their keys.
    for (const issue of this.pending.values()) this.send(issue.message);
    this.printRequests.clear();
    for (const [ticketId, printed] of this.unconfirmedPrints) this.sendPrint(ticketId, printed);
    // What changed at the host while the link was down.
    this.ratingListeners.emit(undefined);
  }

  private disconnected(socket: WebSocket): void {
    if (socket !== this.socket) return;
    this.linked = false;
    this.socket = undefined;
    // A request on the lost connection is never answered: the kiosk says so now, not at its deadline.
    this.settleRatings();
    if (this.closed) return;
    // Nothing is ratable through a lost link: offers are asked again (and come back empty).
    this.ratingListeners.emit(undefined);
    const delay = this.backoff.next();
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
    if (!this.unreachable && this.unreachableTimer === undefined) {
      this.unreachableTimer = setTimeout(() => {
        this.unreachableTimer = undefined;
        this.unreachable = true;
        this.listeners.emit(undefined);
      }, this.timeoutMs);
    }
  }

  private send(message: KioskLinkRequest): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }
}

function unreachableRefusal(): QueueRefusal {
  return queueRefusal('serverUnreachable', SERVER_UNREACHABLE);
}
