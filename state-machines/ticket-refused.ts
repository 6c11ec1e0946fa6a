import type { Locale } from '../bridge/contract.js';
import type { QueueRefusalReason } from '../bridge/queue-protocol.js';

/**
 * The queue would not issue a ticket (the day is closed, too close to closing for this procedure,
 * an unknown group): the issueTicket actor rejects with this, and the kiosk shows `message`
 * instead of a ticket. Not a failure to retry: nothing was issued.
 */
export class TicketRefusedError extends Error {
  constructor(
    readonly reason: QueueRefusalReason,
    readonly citizenMessage: Record<Locale, string>,
  ) {
    super(`ticket refused (${reason}): ${citizenMessage.en}`);
    this.name = 'TicketRefusedError';
  }
}
