import type { TicketSlip } from '../../domain/queue/ticket-slip.js';
import type { MockPrinter } from '../../devices/printer/mock-printer.js';

/** The ticket slips a mock printer printed, in order (test pages and checklists left out). */
export function printedTickets(printer: MockPrinter): TicketSlip[] {
  return printer.printed.flatMap(({ job }) => (job.kind === 'ticket' ? [job.slip] : []));
}
