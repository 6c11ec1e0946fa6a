/** The documents checklist, laid out: numbered documents with their wrapped lines hanging under the text. */
import { type Block, FEED, RULE, text } from './escpos-layout.js';
import type { DocumentsChecklist } from './print-job.js';

export function checklistLayout(checklist: DocumentsChecklist): Block[] {
  return [
    text(checklist.servicePoint, { bold: true, align: 'center' }),
    RULE,
    text(checklist.heading, { size: 'large', bold: true, align: 'center' }),
    text(checklist.procedure, { bold: true }),
    FEED,
    ...checklist.documents.map((document, index) => text(document, { marker: `${index + 1}. ` })),
    ...(checklist.notes.length === 0 ? [] : [FEED, ...checklist.notes.map((note) => text(note))]),
    ...(checklist.portalUrl === null ? [] : [{ kind: 'qr', data: checklist.portalUrl } satisfies Block]),
    RULE,
    text(checklist.footer, { align: 'center' }),
  ];
}
