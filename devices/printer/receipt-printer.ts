/** What the kiosk asks of a receipt printer. Real adapters (ESC/POS) arrive with the devices issue. */
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';

export interface ReceiptPrinter {
  /** Resolves once the printer has the whole job; rejects on any failure or when aborted. */
  printTicket(slip: TicketSlip, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export class PrinterError extends Error {
  constructor(
    readonly code: 'offline' | 'paperOut' | 'coverOpen' | 'timeout' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}
