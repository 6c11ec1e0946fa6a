/**
 * A receipt printer that tells listeners each job once the printer has printed it (a refused or
 * failed job is not told): the paper counter counts what went onto the roll this way, whatever
 * sends the job (a ticket, a reprint, a test page, a checklist).
 */
import type { DeviceHealth } from '../../devices/device-health.js';
import type { PrintJob } from '../../devices/printer/print-job.js';
import type { ReceiptPrinter } from '../../devices/printer/receipt-printer.js';
import { ListenerSet } from '../../devices/serial/listener-set.js';

export interface PrintReporter {
  onPrinted(listener: (job: PrintJob) => void): () => void;
}

export class ReportingPrinter implements ReceiptPrinter, PrintReporter {
  private readonly printed = new ListenerSet<PrintJob>();

  constructor(private readonly printer: ReceiptPrinter) {}

  health(): DeviceHealth {
    return this.printer.health();
  }

  onHealthChange(listener: (health: DeviceHealth) => void): () => void {
    return this.printer.onHealthChange(listener);
  }

  async print(job: PrintJob, signal?: AbortSignal): Promise<void> {
    await this.printer.print(job, signal);
    this.printed.emit(job);
  }

  onPrinted(listener: (job: PrintJob) => void): () => void {
    return this.printed.add(listener);
  }

  close(): Promise<void> {
    this.printed.clear();
    return this.printer.close();
  }
}

export function reportsPrints(printer: ReceiptPrinter): printer is ReceiptPrinter & PrintReporter {
  return typeof (printer as Partial<PrintReporter>).onPrinted === 'function';
}
