/**
 * Other kiosks numbering through this host (`/queue`): a second stand or the robot says `hello`
 * with the key staff configured here (`queue.kioskKey`), then asks for tickets with `issue`; all of
 * them share this host's numbering. Linked kiosks get the waiting counts (`waiting`) on hello and
 * after every queue change (changes within one tick are sent once). Every incoming message is
 * parsed; a malformed one gets an `error` and changes nothing.
 *
 * `printed` reports whether a ticket's slip came out at the kiosk, for staff (only for tickets
 * that kiosk was issued).
 *
 * A linked kiosk rates here too (`findRatable`, `rate`, `completeRating`, `ratingOffers`): its
 * tickets are in this host's store. Ratings are kept on channel 'kiosk'; a kiosk is offered only
 * the tickets it was issued. `ratingChanged` tells linked kiosks to ask for their offers again.
 *
 * An issue carries a request key the kiosk keeps across retries. The key is committed in the same
 * transaction as the ticket, so a retry after a lost reply (the connection dropped, the host was
 * killed after the commit) gets the same ticket back instead of a second one.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type Database from 'better-sqlite3';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Locale } from '../../bridge/contract.js';
import {
  KIOSK_LINK_PATH,
  type KioskLinkHostMessage,
  type KioskLinkRequest,
  type LinkedTicket,
  type QueueRefusal,
  type RatingReplyResult,
  kioskLinkRequestSchema,
} from '../../bridge/queue-protocol.js';
import type { Logger } from '../log.js';
import type { RatingBackend } from '../satisfaction/rating-backend.js';
import { queueRefusal } from '../queue/refusal-messages.js';
import type { IssueResult, ServicePointQueue } from '../queue/service-point-api.js';
import type { TicketStore } from '../store/ticket-store.js';
import { frameBytes, parseSocketMessage } from './parse-socket-message.js';
import type { SocketEndpoint } from './socket-endpoint.js';

/** A kiosk sends hello, small issue requests and ratings (a comment of 500 characters at most); anything bigger is not a kiosk. */
export const MAX_KIOSK_LINK_MESSAGE_BYTES = 4096;

export type LinkQueue = Pick<ServicePointQueue, 'issue' | 'groups' | 'day' | 'onChange'>;

export interface KioskLinkOptions {
  queue: LinkQueue;
  /** The store the queue issues into: request keys are committed in its transactions. */
  store: TicketStore;
  /** Ratings at linked kiosks, kept in this host's store. */
  rating: RatingBackend;
  /** The key linked kiosks must present, read at every hello (a config reload may change it). */
  kioskKey: () => string | undefined;
  logger: Logger;
}

const REFUSALS: Record<'badKey' | 'notSignedIn' | 'unknownTicket', Record<Locale, string>> = {
  badKey: {
    vi: 'Máy chủ xếp hàng không nhận khóa liên kết của ki-ốt này. Xin mời hỏi cán bộ.',
    en: "The queue server did not accept this kiosk's link key. Please ask staff.",
  },
  notSignedIn: {
    vi: 'Ki-ốt chưa liên kết với máy chủ xếp hàng. Xin mời thử lại sau giây lát.',
    en: 'This kiosk is not linked to the queue server yet. Please try again in a moment.',
  },
  unknownTicket: {
    vi: 'Máy chủ không có số này của ki-ốt.',
    en: 'The server has no such ticket from this kiosk.',
  },
};

function refusal(reason: keyof typeof REFUSALS): QueueRefusal {
  return queueRefusal(reason, REFUSALS[reason]);
}

/** Compared as digests, so neither the length nor the first differing byte leaks through timing. */
function sameKey(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export class KioskLinkSocket implements SocketEndpoint {
  readonly path = KIOSK_LINK_PATH;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_KIOSK_LINK_MESSAGE_BYTES });
  /** Sockets that said hello with the right key, and the kiosk each speaks for. */
  private readonly linked = new Map<WebSocket, string>();
  private readonly requests: IssuedRequests;
  private readonly unsubscribe: () => void;
  private flushScheduled = false;

  constructor(private readonly options: KioskLinkOptions) {
    this.requests = new IssuedRequests(options.store.connection);
    this.requests.forgetBefore(options.queue.day().day);
    this.server.on('connection', (socket) => this.serve(socket));
    const stops = [options.queue.onChange(() => this.changed()), options.rating.onChange(() => this.ratingChanged())];
    this.unsubscribe = () => {
      for (const stop of stops) stop();
    };
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  close(): void {
    this.unsubscribe();
    for (const client of this.server.clients) client.terminate();
    this.linked.clear();
    this.server.close();
  }

  private serve(socket: WebSocket): void {
    const { logger } = this.options;
    socket.on('error', (error) => logger.warn(`kiosk link socket: ${error.message}`));
    socket.on('close', () => this.linked.delete(socket));
    socket.on('message', (data, isBinary) => {
      const reject = (message: string) => {
        logger.warn(`kiosk link: ${message}`);
        send(socket, { type: 'error', message });
      };
      if (isBinary) return reject('a kiosk link sends text messages only');
      const parsed = parseSocketMessage(frameBytes(data), kioskLinkRequestSchema, MAX_KIOSK_LINK_MESSAGE_BYTES);
      if (!parsed.ok) return reject(parsed.error);
      const { message } = parsed;
      if (message.type === 'hello') return this.hello(socket, message);
      const kioskId = this.linked.get(socket);
      if (kioskId === undefined) return send(socket, { type: 'reply', id: message.id, result: refusal('notSignedIn') });
      if (message.type !== 'issue' && message.type !== 'printed') {
        this.rating(message, kioskId).then(
          (result) => send(socket, { type: 'ratingReply', id: message.id, result }),
          (error: unknown) => reject(`rating failed: ${String(error)}`),
        );
        return;
      }
      try {
        const result = message.type === 'issue' ? this.issue(message, kioskId) : this.printed(message, kioskId);
        send(socket, { type: 'reply', id: message.id, result });
      } catch (error) {
        // A fault in the store is the host's problem, not the kiosk's: it hears no ticket was made.
        reject(`issue failed: ${String(error)}`);
      }
    });
  }

  private hello(socket: WebSocket, message: Extract<KioskLinkRequest, { type: 'hello' }>): void {
    const { logger, queue } = this.options;
    const expected = this.options.kioskKey();
    if (expected === undefined || !sameKey(message.key, expected)) {
      logger.warn(
        expected === undefined
          ? `kiosk link: "${message.kioskId}" refused: this host takes no linked kiosks until queue.kioskKey (16 characters or more) is set in its config.json, the same as queue.server.key on the linked kiosk`
          : `kiosk link: "${message.kioskId}" refused: wrong key`,
      );
      send(socket, { type: 'reply', id: message.id, result: refusal('badKey') });
      // One guess per connection: a wrong key costs a new handshake.
      socket.close(1008, 'bad key');
      return;
    }
    this.linked.set(socket, message.kioskId);
    this.requests.forgetBefore(queue.day().day);
    logger.info(`kiosk link: "${message.kioskId}" linked`);
    send(socket, { type: 'reply', id: message.id, result: { ok: true } });
    send(socket, { type: 'waiting', groups: queue.groups(), day: queue.day() });
  }

  /** The ticket and its request key commit together: a key seen again gets the ticket it got then. */
  private issue(message: Extract<KioskLinkRequest, { type: 'issue' }>, kioskId: string): IssueResult {
    const { queue, store, logger } = this.options;
    const result = store.writeTransaction((): IssueResult => {
      const known = this.requests.find(message.requestKey);
      if (known !== undefined) return { ok: true, ticket: known };
      const issued = queue.issue({ serviceId: message.serviceId, procedureId: message.procedureId, priority: message.priority, kioskId });
      if (issued.ok) this.requests.remember(message.requestKey, kioskId, issued.ticket);
      return issued;
    });
    if (result.ok) logger.info(`kiosk link: ticket ${result.ticket.number} for "${kioskId}"`);
    else logger.info(`kiosk link: "${kioskId}" refused a ticket (${result.reason})`);
    return result;
  }

  private printed(message: Extract<KioskLinkRequest, { type: 'printed' }>, kioskId: string): { ok: true } | QueueRefusal {
    const { store, logger } = this.options;
    const ticket = store.get(message.ticketId);
    if (ticket === undefined || ticket.kioskId !== kioskId) {
      logger.warn(`kiosk link: "${kioskId}" reported a print for ticket ${message.ticketId}, which it was not issued`);
      return refusal('unknownTicket');
    }
    if (message.printed) store.markPrinted(ticket.id);
    else store.markPrintFailed(ticket.id);
    return { ok: true };
  }

  /** A linked kiosk rates in this host's store, on channel 'kiosk'; it is offered only the tickets it was issued. */
  private async rating(message: Exclude<KioskLinkRequest, { type: 'hello' | 'issue' | 'printed' }>, kioskId: string): Promise<RatingReplyResult> {
    const { rating } = this.options;
    switch (message.type) {
      case 'findRatable':
        return rating.find(message.query);
      case 'rate':
        return rating.rate(message.ticketId, message.token, message.overall);
      case 'completeRating':
        return rating.complete(message.ticketId, message.token, message.completion);
      case 'ratingOffers':
        return { ok: true, offers: await rating.offers(kioskId) };
    }
  }

  /** Linked kiosks ask for their offers again; a burst (a rating and its completion) still costs little. */
  private ratingChanged(): void {
    const text = JSON.stringify({ type: 'ratingChanged' } satisfies KioskLinkHostMessage);
    for (const socket of this.linked.keys()) sendText(socket, text);
  }

  private changed(): void {
    if (this.linked.size === 0 || this.flushScheduled) return;
    this.flushScheduled = true;
    // A burst of changes in one tick (a call moves several groups' counts) is one push.
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.linked.size === 0) return;
    const { queue } = this.options;
    // Serialised once for every kiosk.
    const text = JSON.stringify({ type: 'waiting', groups: queue.groups(), day: queue.day() } satisfies KioskLinkHostMessage);
    for (const socket of this.linked.keys()) sendText(socket, text);
  }
}

/**
 * The request keys of the tickets issued to linked kiosks, kept for their service day, in the
 * store's file (migration 6) so they outlive a crash of the host.
 */
class IssuedRequests {
  private readonly findStatement: Database.Statement<[string], { ticket: string }>;
  private readonly insertStatement: Database.Statement<[string, string, string, string]>;
  private readonly forgetStatement: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.findStatement = db.prepare(`SELECT ticket FROM kiosk_link_request WHERE request_key = ?`);
    this.insertStatement = db.prepare(`INSERT INTO kiosk_link_request (request_key, service_day, kiosk_id, ticket) VALUES (?, ?, ?, ?)`);
    this.forgetStatement = db.prepare(`DELETE FROM kiosk_link_request WHERE service_day < ?`);
  }

  find(requestKey: string): LinkedTicket | undefined {
    const row = this.findStatement.get(requestKey);
    return row === undefined ? undefined : (JSON.parse(row.ticket) as LinkedTicket);
  }

  remember(requestKey: string, kioskId: string, ticket: LinkedTicket): void {
    this.insertStatement.run(requestKey, ticket.serviceDay, kioskId, JSON.stringify(ticket));
  }

  /** A retry never spans days: yesterday's keys are dropped. */
  forgetBefore(serviceDay: string): void {
    this.forgetStatement.run(serviceDay);
  }
}

function send(socket: WebSocket, message: KioskLinkHostMessage): void {
  sendText(socket, JSON.stringify(message));
}

function sendText(socket: WebSocket, text: string): void {
  if (socket.readyState === socket.OPEN) socket.send(text);
}
