/** What the kiosk asks of a receipt printer, whatever the adapter (mock or ESC/POS on a transport). */
import type { MonitoredDevice } from '../device-health.js';
import type { PrintJob } from './print-job.js';

export type PrinterErrorCode = 'offline' | 'paperOut' | 'coverOpen' | 'cutterError' | 'timeout' | 'failed';

export interface ReceiptPrinter extends MonitoredDevice {
  /**
   * Checks the printer can print (real-time status), sends the job, and checks again that it came
   * out. Resolves once the job is printed; rejects with a PrinterError on any failure or when aborted.
   */
  print(job: PrintJob, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export class PrinterError extends Error {
  constructor(
    readonly code: PrinterErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}
