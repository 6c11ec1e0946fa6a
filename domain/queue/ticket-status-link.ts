import type { IssuedTicket } from './ticket.js';

/** The query parameter carrying the ticket's signed rating token. */
export const RATING_TOKEN_PARAM = 'k';

/**
 * The address of a ticket's status page, printed as the ticket's QR: the day and number are on the
 * paper anyway, so the link gives away nothing the ticket doesn't. With the ticket's rating token
 * (`?k=`), the page also offers the rating once the ticket is served: whoever holds the slip may
 * rate that one ticket, and no other.
 */
export function ticketStatusUrl(
  publicUrl: string,
  ticket: Pick<IssuedTicket, 'serviceDay' | 'number'> & { ratingToken?: string | null },
): string {
  const url = new URL(`t/${ticket.serviceDay}/${ticket.number}`, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  if (ticket.ratingToken) url.searchParams.set(RATING_TOKEN_PARAM, ticket.ratingToken);
  return url.href;
}
