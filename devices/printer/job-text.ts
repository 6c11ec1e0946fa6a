/** A print job as a 58 mm printer would lay it out in plain text: what the mock keeps for people and tests to read. */
import type { PrintJob } from './print-job.js';

const WIDTH = 32;
const RULE = '-'.repeat(WIDTH);

function centre(line: string): string {
  const pad = Math.max(0, Math.floor((WIDTH - line.length) / 2));
  return `${' '.repeat(pad)}${line}`;
}

export function jobText(job: PrintJob): string {
  switch (job.kind) {
    case 'ticket': {
      const { slip } = job;
      return [
        centre(slip.servicePoint),
        ...(slip.reprint === null ? [] : [centre(slip.reprint)]),
        RULE,
        centre(slip.heading),
        centre(slip.number),
        ...(slip.priority === null ? [] : [centre(slip.priority)]),
        '',
        slip.service,
        slip.counters,
        slip.issuedAt,
        slip.peopleAhead,
        slip.estimatedWait,
        RULE,
        `[QR] ${slip.statusUrl}`,
        centre(slip.qrCaption),
        centre(slip.footer),
      ].join('\n');
    }
    case 'testPage': {
      const { page } = job;
      return [centre(page.servicePoint), RULE, centre('TEST PAGE'), page.kioskId, page.printer, page.printedAt].join('\n');
    }
    case 'checklist': {
      const { checklist } = job;
      return [
        centre(checklist.servicePoint),
        RULE,
        centre(checklist.heading),
        checklist.procedure,
        ...checklist.documents.map((document, index) => `${index + 1}. ${document}`),
        ...checklist.notes,
        RULE,
        centre(checklist.footer),
      ].join('\n');
    }
  }
}
