/**
 * A rating page's socket to the host (`/rating`): requests and their replies, the tablet's
 * `ratable` pushes, reconnection with back-off (renderer/bridge/request-socket.ts).
 */
import type { Locale } from '../../bridge/contract.js';
import { RATING_PATH, type RatableTicket, type RatingHostMessage, type RatingRefusal, type RatingRequest } from '../../bridge/rating-protocol.js';
import { type Lost, openRequestSocket } from '../bridge/request-socket.js';
import { parseRatingMessage } from './rating-message.js';

export type RatingReply = { ok: true; ticket?: RatableTicket; servicePointName?: Record<Locale, string> } | RatingRefusal | Lost;

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

export function ratingUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${RATING_PATH}`;
}

type Push = Exclude<RatingHostMessage, { type: 'reply' }>;

export function connectRating(events: RatingConnectionEvents, url = ratingUrl(window.location)): RatingConnection {
  return openRequestSocket<RatingCommand, Exclude<RatingReply, Lost>, Push>(
    { url, minDelayMs: 500, maxDelayMs: 5_000, name: 'rating', parse: parseRatingMessage },
    {
      open: events.open,
      lost: events.lost,
      push(message) {
        if (message.type === 'ratable') events.ratable(message.ticket);
        else console.warn(`[rating] host: ${message.message}`);
      },
    },
  );
}
