/**
 * A rating page's socket to the host (`/rating`): requests with ids and their replies, the
 * tablet's `ratable` pushes, and reconnection with back-off. A request in flight when the socket
 * drops is answered `lost`, never replayed: the host is the authority on whether it was kept.
 */
import { RATING_PATH, type RatableTicket, type RatingRefusal, type RatingRequest } from '../../bridge/rating-protocol.js';
import { openReconnectingSocket } from '../bridge/reconnecting-socket.js';
import { parseRatingMessage } from './rating-message.js';

export type RatingReply = { ok: true; ticket?: RatableTicket } | RatingRefusal | { ok: false; reason: 'lost' };

/** A request as the page makes it; the connection numbers it. */
export type RatingCommand = RatingRequest extends infer Request ? (Request extends RatingRequest ? Omit<Request, 'id'> : never) : never;

export interface RatingConnectionEvents {
  /** A socket opened (the first or after a reconnect): the page says again what it watches or opens. */
  open(): void;
  lost(): void;
  ratable(ticket: RatableTicket | null): void;
}

export interface RatingConnection {
  request(command: RatingCommand): Promise<RatingReply>;
  close(): void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;

export function ratingUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${RATING_PATH}`;
}

export function connectRating(events: RatingConnectionEvents, url = ratingUrl(window.location)): RatingConnection {
  const pending = new Map<number, (reply: RatingReply) => void>();
  let nextId = 1;

  function answerPendingLost(): void {
    for (const answer of pending.values()) answer({ ok: false, reason: 'lost' });
    pending.clear();
  }

  const link = openReconnectingSocket(
    { url, minDelayMs: MIN_DELAY_MS, maxDelayMs: MAX_DELAY_MS },
    {
      open() {
        link.resetBackoff();
        events.open();
      },
      message(data) {
        const message = parseRatingMessage(data);
        if (message === null) return console.warn('[rating] ignored a malformed host message');
        if (message.type === 'reply') {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        } else if (message.type === 'ratable') events.ratable(message.ticket);
        else console.warn(`[rating] host: ${message.message}`);
      },
      down() {
        answerPendingLost();
        events.lost();
      },
    },
  );

  return {
    request(command) {
      const open = link.openSocket();
      if (open === null) return Promise.resolve({ ok: false, reason: 'lost' });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        open.send(JSON.stringify({ ...command, id }));
      });
    },
    close() {
      link.close();
      answerPendingLost();
    },
  };
}
