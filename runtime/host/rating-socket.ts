/**
 * The rating socket (`/rating`, bridge/rating-protocol.ts): the tablet facing the citizen at a
 * counter and the citizen's phone rate through it. Every message is parsed; a malformed one gets
 * an `error` and changes nothing. What a page may rate is its grant's business (the phone's signed
 * token, the tablet's counter), decided by the SatisfactionService, not by this socket. A tablet
 * that watches its counter is pushed the ticket to rate each time the counter finishes one, and
 * idle (`null`) when that ticket is rated elsewhere (the keypad, the phone).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  RATING_PATH,
  type RatableTicket,
  type RatingGrant,
  type RatingHostMessage,
  type RatingRequest,
  ratingRequestSchema,
} from '../../bridge/rating-protocol.js';
import type { RatingChannel } from '../../bridge/satisfaction-poll.js';
import type { Logger } from '../log.js';
import type { StoredRating } from '../satisfaction/rating-store.js';
import type { SatisfactionService } from '../satisfaction/satisfaction-service.js';
import { frameBytes, parseSocketMessage } from './parse-socket-message.js';
import type { SocketEndpoint } from './socket-endpoint.js';

/** A full answer set with a 500-character Vietnamese comment is well under this. */
export const MAX_RATING_MESSAGE_BYTES = 8 * 1024;

export type RatingService = Pick<
  SatisfactionService,
  'openToken' | 'ratableAtCounter' | 'servicePointName' | 'rate' | 'complete' | 'onRated' | 'onCounterFinished'
>;

/** The channel a rating through this socket is kept under, from what granted it. */
function channelOf(grant: RatingGrant): RatingChannel {
  return grant.kind === 'token' ? 'phone' : 'counterTablet';
}

export class RatingSocket implements SocketEndpoint {
  readonly path = RATING_PATH;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_RATING_MESSAGE_BYTES });
  /** The counter each watching tablet shows. */
  private readonly watching = new Map<WebSocket, number>();
  private readonly unsubscribe: Array<() => void>;

  constructor(
    private readonly satisfaction: RatingService,
    private readonly logger: Logger,
  ) {
    this.server.on('connection', (socket) => this.serve(socket));
    this.unsubscribe = [
      satisfaction.onCounterFinished((counter, ticket) => this.offer(counter, ticket)),
      satisfaction.onRated((rating) => this.ratedElsewhere(rating)),
    ];
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  close(): void {
    for (const stop of this.unsubscribe) stop();
    this.watching.clear();
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private serve(socket: WebSocket): void {
    socket.on('close', () => this.watching.delete(socket));
    socket.on('error', (error) => this.logger.warn(`rating socket: ${error.message}`));
    socket.on('message', (data, isBinary) => {
      const reject = (message: string) => {
        this.logger.warn(`rating: ${message}`);
        send(socket, { type: 'error', message });
      };
      if (isBinary) return reject('a rating page sends text messages only');
      const parsed = parseSocketMessage(frameBytes(data), ratingRequestSchema, MAX_RATING_MESSAGE_BYTES);
      if (!parsed.ok) return reject(parsed.error);
      try {
        this.handle(socket, parsed.message);
      } catch (error) {
        this.logger.error(`rating: ${parsed.message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
        send(socket, { type: 'error', message: 'the host could not do that' });
      }
    });
  }

  private handle(socket: WebSocket, request: RatingRequest): void {
    const reply = (result: Extract<RatingHostMessage, { type: 'reply' }>['result']) => send(socket, { type: 'reply', id: request.id, result });
    switch (request.type) {
      case 'watchCounter':
        this.watching.set(socket, request.counter);
        reply({ ok: true, servicePointName: this.satisfaction.servicePointName() });
        send(socket, { type: 'ratable', ticket: this.satisfaction.ratableAtCounter(request.counter) });
        return;
      case 'openToken':
        return reply(this.satisfaction.openToken(request.token));
      case 'rate':
      case 'complete': {
        const { ticketId, grant } = request;
        const result =
          request.type === 'rate'
            ? this.satisfaction.rate(ticketId, grant, request.answers, channelOf(grant))
            : this.satisfaction.complete(ticketId, grant, request.completion, channelOf(grant));
        if (!result.ok) this.logger.info(`rating: ${request.type} of ticket ${ticketId} by ${grant.kind} refused (${result.reason})`);
        return reply(result.ok ? { ok: true } : result);
      }
    }
  }

  private offer(counter: number, ticket: RatableTicket | null): void {
    let text: string | undefined;
    for (const [socket, watched] of this.watching) {
      if (watched !== counter) continue;
      text ??= JSON.stringify({ type: 'ratable', ticket } satisfies RatingHostMessage);
      sendText(socket, text);
    }
  }

  /** A ticket rated from the keypad or a phone is no longer on offer at its counter's tablet. */
  private ratedElsewhere(rating: StoredRating): void {
    // The tablet that rated carries on with its own poll; an older ticket rated leaves the offer as it is.
    if (rating.channel === 'counterTablet' || this.satisfaction.ratableAtCounter(rating.counter) !== null) return;
    this.offer(rating.counter, null);
  }
}

function send(socket: WebSocket, message: RatingHostMessage): void {
  sendText(socket, JSON.stringify(message));
}

function sendText(socket: WebSocket, text: string): void {
  if (socket.readyState === socket.OPEN) socket.send(text);
}
