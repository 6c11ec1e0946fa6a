import type { Locale } from '../../bridge/contract.js';
import type { ServiceGroup } from '../config/schema.js';
import { localTime } from './ticket-number.js';
import type { IssuedTicket } from './ticket.js';

/** A queue ticket, every line already in the citizen's language. */
export interface TicketSlip {
  servicePoint: string;
  heading: string;
  number: string;
  service: string;
  counters: string;
  issuedAt: string;
  peopleAhead: string;
  footer: string;
}

/** The printed words, per language: a ticket is paper the citizen takes home, so it speaks their language. */
const LABELS: Record<
  Locale,
  {
    heading: string;
    counters: (list: string) => string;
    issuedAt: (time: string, day: string) => string;
    peopleAhead: (count: number) => string;
    footer: string;
  }
> = {
  vi: {
    heading: 'SỐ THỨ TỰ',
    counters: (list) => `Mời đến quầy: ${list}`,
    issuedAt: (time, day) => `Giờ lấy số: ${time} ${day}`,
    peopleAhead: (count) => `Số người chờ trước: ${count}`,
    footer: 'Xin vui lòng chờ gọi số',
  },
  en: {
    heading: 'YOUR NUMBER',
    counters: (list) => `Please go to counter: ${list}`,
    issuedAt: (time, day) => `Issued at: ${time} ${day}`,
    peopleAhead: (count) => `People ahead of you: ${count}`,
    footer: 'Please wait for your number',
  },
};

export function ticketSlip(
  ticket: IssuedTicket,
  group: ServiceGroup,
  locale: Locale,
  place: { servicePointName: Record<Locale, string>; timeZone: string },
): TicketSlip {
  const labels = LABELS[locale];
  const [year, month, day] = ticket.serviceDay.split('-');
  return {
    servicePoint: place.servicePointName[locale],
    heading: labels.heading,
    number: ticket.number,
    service: group.name[locale],
    counters: labels.counters(group.counters.join(', ')),
    issuedAt: labels.issuedAt(localTime(new Date(ticket.issuedAt), place.timeZone), `${day}/${month}/${year}`),
    peopleAhead: labels.peopleAhead(ticket.peopleAhead),
    footer: labels.footer,
  };
}
