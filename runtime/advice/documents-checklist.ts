/** The documents checklist of one procedure, worded for the receipt printer in the citizen's language. */
import type { Locale } from '../../bridge/contract.js';
import type { DocumentsChecklist } from '../../devices/printer/print-job.js';
import type { CatalogueField, Procedure } from '../../domain/catalogue/catalogue-schema.js';
import type { KioskConfig } from '../../domain/config/schema.js';

const WORDS = {
  vi: { heading: 'GIẤY TỜ CẦN MANG', fee: 'Lệ phí', timeLimit: 'Thời hạn', counters: 'Nộp tại quầy', footer: 'Quét mã QR để xem trên Cổng Dịch vụ công quốc gia' },
  en: { heading: 'DOCUMENTS TO BRING', fee: 'Fee', timeLimit: 'Time limit', counters: 'Hand in at counter', footer: 'Scan the QR code to see it on the National Public Service Portal' },
} as const satisfies Record<Locale, Record<string, string>>;

export function documentsChecklist(procedure: Procedure, field: CatalogueField, config: KioskConfig, locale: Locale): DocumentsChecklist {
  const words = WORDS[locale];
  const group = config.serviceGroups.find((candidate) => candidate.id === procedure.serviceGroup);
  return {
    servicePoint: config.servicePoint.name[locale],
    heading: words.heading,
    procedure: `${procedure.name[locale]} (${field.name[locale]})`,
    documents: procedure.documents.map((document) => document[locale]),
    notes: [
      `${words.fee}: ${procedure.fee[locale]}`,
      `${words.timeLimit}: ${procedure.timeLimit[locale]}`,
      ...(group === undefined ? [] : [`${words.counters} ${group.counters.join(', ')} (${group.name[locale]})`]),
    ],
    footer: words.footer,
    portalUrl: procedure.portalUrl,
  };
}
