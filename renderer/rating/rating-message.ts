/**
 * What the host says on `/rating` is `unknown` until checked here: small structural guards (the
 * renderer does not bundle zod), enough that a wrong message is dropped rather than shown.
 */
import type { RatableTicket, RatingHostMessage, RatingRefusal } from '../../bridge/rating-protocol.js';
import { type Fields, isObject, parseHostJson } from '../bridge/parse-host-json.js';

function isWords(value: unknown): value is Record<'vi' | 'en', string> {
  return isObject(value) && typeof value.vi === 'string' && typeof value.en === 'string';
}

export function isRatableTicket(value: unknown): value is RatableTicket {
  return (
    isObject(value) &&
    typeof value.ticketId === 'number' &&
    typeof value.number === 'string' &&
    typeof value.counter === 'number' &&
    isWords(value.service) &&
    (value.procedure === null || isWords(value.procedure)) &&
    typeof value.finishedAt === 'number' &&
    typeof value.rated === 'boolean'
  );
}

function isRefusal(value: Fields): value is Fields & RatingRefusal {
  return value.ok === false && typeof value.reason === 'string' && isWords(value.message);
}

function reply(value: Fields): RatingHostMessage | null {
  const result = value.result;
  if (typeof value.id !== 'number' || !isObject(result)) return null;
  if (result.ok === true) {
    if (result.ticket !== undefined && !isRatableTicket(result.ticket)) return null;
    if (result.servicePointName !== undefined && !isWords(result.servicePointName)) return null;
    return {
      type: 'reply',
      id: value.id,
      result: {
        ok: true,
        ...(result.ticket === undefined ? {} : { ticket: result.ticket }),
        ...(result.servicePointName === undefined ? {} : { servicePointName: result.servicePointName }),
      },
    };
  }
  return isRefusal(result) ? { type: 'reply', id: value.id, result: { ok: false, reason: result.reason, message: result.message } } : null;
}

/** The message, or null when it is not one a rating page understands. */
export function parseRatingMessage(data: unknown): RatingHostMessage | null {
  const value = parseHostJson(data);
  if (value === null) return null;
  switch (value.type) {
    case 'reply':
      return reply(value);
    case 'ratable':
      return value.ticket === null || isRatableTicket(value.ticket) ? { type: 'ratable', ticket: value.ticket } : null;
    case 'error':
      return typeof value.message === 'string' ? { type: 'error', message: value.message } : null;
    default:
      return null;
  }
}
