import type { IssuedTicket } from './ticket.js';

/**
 * The address of a ticket's status page, printed as the ticket's QR: the day and number are
 * on the paper anyway, so the link gives away nothing the ticket doesn't.
 */
export function ticketStatusUrl(publicUrl: string, ticket: Pick<IssuedTicket, 'serviceDay' | 'number'>): string {
  return new URL(`t/${ticket.serviceDay}/${ticket.number}`, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).href;
}
