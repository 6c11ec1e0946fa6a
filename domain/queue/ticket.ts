/** A ticket as the store committed it. */
export interface IssuedTicket {
  id: number;
  number: string;
  serviceId: string;
  prefix: string;
  sequence: number;
  serviceDay: string;
  issuedAt: string;
  /** Tickets of the same group issued earlier today and still waiting. */
  peopleAhead: number;
}

export type TicketStatus = 'issued' | 'printed' | 'print_failed';
