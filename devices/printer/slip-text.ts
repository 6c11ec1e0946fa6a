import type { TicketSlip } from '../../domain/queue/ticket-slip.js';

const WIDTH = 32;

function centre(line: string): string {
  const pad = Math.max(0, Math.floor((WIDTH - line.length) / 2));
  return `${' '.repeat(pad)}${line}`;
}

/** The slip as a 58 mm printer would lay it out in plain text: what the mock keeps for people to read. */
export function slipText(slip: TicketSlip): string {
  return [
    centre(slip.servicePoint),
    '-'.repeat(WIDTH),
    centre(slip.heading),
    centre(slip.number),
    '',
    slip.service,
    slip.counters,
    slip.issuedAt,
    slip.peopleAhead,
    '-'.repeat(WIDTH),
    centre(slip.footer),
  ].join('\n');
}
