/**
 * The bytes an ESC/POS receipt printer gets for a print job, built with node-thermal-printer: the
 * adapter owns the connection, the library only assembles the buffer. The job is laid out once
 * (escpos-ticket, escpos-test-page, escpos-checklist) and written in the configured text mode.
 */
import { BreakLine, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { codePageWriter } from './escpos-code-page-writer.js';
import { checklistLayout } from './escpos-checklist.js';
import type { Block } from './escpos-layout.js';
import { rasterWriter } from './escpos-raster-writer.js';
import { testPageLayout } from './escpos-test-page.js';
import { ticketLayout } from './escpos-ticket.js';
import type { EscPosOptions } from './escpos-writer.js';
import type { PrintJob } from './print-job.js';

export type { EscPosOptions } from './escpos-writer.js';

function layoutOf(job: PrintJob): Block[] {
  switch (job.kind) {
    case 'ticket':
      return ticketLayout(job.slip);
    case 'testPage':
      return testPageLayout(job.page);
    case 'checklist':
      return checklistLayout(job.checklist);
  }
}

/** Ends with a full cut, then ESC @ so the next job starts from the printer's defaults. */
export async function printJobBytes(job: PrintJob, options: EscPosOptions): Promise<Buffer> {
  const printer = new ThermalPrinter({
    type: options.type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    // Never opened: the adapter owns the connection.
    interface: 'tcp://127.0.0.1:9',
    width: options.width,
    // The writers wrap lines themselves: by letters (not bytes) in a code page, by dots in raster mode.
    breakLine: BreakLine.NONE,
  });
  const writer = options.text === 'raster' ? rasterWriter(printer, options) : codePageWriter(printer, { ...options, text: options.text });
  for (const block of layoutOf(job)) await writer.write(block);
  await writer.finish();
  printer.cut();
  return printer.getBuffer();
}
