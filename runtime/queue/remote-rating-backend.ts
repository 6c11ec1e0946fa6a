/**
 * Rating at a kiosk linked to another host: the tickets live in the host's store, so the kiosk
 * finds, rates and lists its offers there, over the `/queue` link its tickets came through.
 */
import type { RatingReplyResult } from '../../bridge/queue-protocol.js';
import type { RatingCompletion, Score } from '../../bridge/satisfaction-poll.js';
import type { RatingQuery } from '../../state-machines/kiosk.machine.js';
import type { FoundTicket, RatingBackend, RatingStep } from '../satisfaction/rating-backend.js';
import { refuseRating } from '../satisfaction/rating-refusals.js';
import type { RemoteTicketIssuer } from './remote-ticket-issuer.js';

export class RemoteRatingBackend implements RatingBackend {
  constructor(private readonly link: RemoteTicketIssuer) {}

  async find(query: RatingQuery): Promise<FoundTicket> {
    const result = await this.link.askRating({ type: 'findRatable', query });
    if (!result.ok) return result;
    // A host that answers with no ticket has not understood the request: nothing to rate.
    if (result.ticket === undefined || result.token === undefined) return refuseRating('serverUnreachable');
    return { ok: true, ticket: result.ticket, token: result.token };
  }

  async rate(ticketId: number, token: string, overall: Score): Promise<RatingStep> {
    return step(await this.link.askRating({ type: 'rate', ticketId, token, overall }));
  }

  async complete(ticketId: number, token: string, completion: RatingCompletion): Promise<RatingStep> {
    return step(await this.link.askRating({ type: 'completeRating', ticketId, token, completion }));
  }

  /** The host knows which kiosk asks (it said hello); unreachable, there is nothing to offer. */
  async offers(): Promise<string[]> {
    const result = await this.link.askRating({ type: 'ratingOffers' });
    return result.ok ? (result.offers ?? []) : [];
  }

  onChange(listener: () => void): () => void {
    return this.link.onRatingChange(listener);
  }
}

function step(result: RatingReplyResult): RatingStep {
  return result.ok ? { ok: true } : result;
}
