/** The queue ticket, laid out: the number large enough to read at arm's length, the status link as a QR. */
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';
import { type Block, FEED, RULE, text } from './escpos-layout.js';

export function ticketLayout(slip: TicketSlip): Block[] {
  return [
    text(slip.servicePoint, { bold: true, align: 'center' }),
    ...(slip.reprint === null ? [] : [text(slip.reprint, { size: 'large', bold: true, align: 'center' })]),
    RULE,
    text(slip.heading, { align: 'center' }),
    text(slip.number, { size: 'huge', bold: true, align: 'center' }),
    ...(slip.priority === null ? [] : [text(slip.priority, { size: 'large', bold: true, align: 'center' })]),
    FEED,
    text(slip.service),
    text(slip.counters),
    text(slip.issuedAt),
    text(slip.peopleAhead),
    text(slip.estimatedWait),
    RULE,
    { kind: 'qr', data: slip.statusUrl },
    text(slip.qrCaption, { align: 'center' }),
    FEED,
    text(slip.footer, { align: 'center' }),
  ];
}
