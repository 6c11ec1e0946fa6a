/**
 * What the kiosk can send to its receipt printer: a queue ticket, a test page, a documents checklist.
 * Every text is already in the citizen's (or the engineer's) language; the byte builders lay it out.
 */
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';

/** A page an engineer prints to check the printer: identity, settings and a sample of every glyph. */
export interface TestPage {
  servicePoint: string;
  kioskId: string;
  /** Adapter and address, e.g. "tcp://10.0.0.7:9100 (epson, raster)". */
  printer: string;
  printedAt: string;
}

/** The documents a citizen must bring for a procedure (the advice issue prints it). */
export interface DocumentsChecklist {
  servicePoint: string;
  heading: string;
  procedure: string;
  documents: string[];
  /** Fee and time limit, already worded. */
  notes: string[];
  footer: string;
  /** Link to the procedure on the national public-service portal (printed as a QR), if known. */
  portalUrl: string | null;
}

export type PrintJob =
  | { kind: 'ticket'; slip: TicketSlip }
  | { kind: 'testPage'; page: TestPage }
  | { kind: 'checklist'; checklist: DocumentsChecklist };
