/**
 * A receipt printer that tells listeners each job once the printer has printed it (a refused or
 * failed job is not told): the paper counter counts what went onto the roll this way, whatever
 * sends the job (a ticket, a reprint, a test page, a checklist). Applied where the printer is
 * made, before anyone holds it, so the mock keeps its own type (tests script it) on the kiosk.
 */
import type { PrintJob } from '../../devices/printer/print-job.js';
import type { ReceiptPrinter } from '../../devices/printer/receipt-printer.js';
import { ListenerSet } from '../../devices/serial/listener-set.js';

export interface PrintReporter {
  onPrinted(listener: (job: PrintJob) => void): () => void;
}

export function reportPrints<Printer extends ReceiptPrinter>(printer: Printer): Printer & PrintReporter {
  const printed = new ListenerSet<PrintJob>();
  const printJob = printer.print.bind(printer);
  return Object.assign(printer, {
    async print(job: PrintJob, signal?: AbortSignal): Promise<void> {
      await printJob(job, signal);
      printed.emit(job);
    },
    onPrinted: (listener: (job: PrintJob) => void) => printed.add(listener),
  });
}

export function reportsPrints(printer: ReceiptPrinter): printer is ReceiptPrinter & PrintReporter {
  return typeof (printer as Partial<PrintReporter>).onPrinted === 'function';
}
