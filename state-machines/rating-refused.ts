import type { Locale } from '../bridge/contract.js';
import type { RatingRefusalReason } from '../bridge/rating-protocol.js';

/**
 * The ticket can't be rated here (unknown number, not served yet, already rated, not a ticket's QR):
 * the kiosk's rating actors reject with this, and the screen shows `citizenMessage` in the
 * session's language. Not a failure to retry: the citizen decides what to do next.
 */
export class RatingRefusedError extends Error {
  constructor(
    readonly reason: RatingRefusalReason,
    readonly citizenMessage: Record<Locale, string>,
  ) {
    super(`rating refused (${reason}): ${citizenMessage.en}`);
    this.name = 'RatingRefusedError';
  }
}
