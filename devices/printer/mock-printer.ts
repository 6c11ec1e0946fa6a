import { delay } from '../abortable-delay.js';
import { MockScript } from '../mock-script.js';
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';
import type { ReceiptPrinter } from './receipt-printer.js';
import { slipText } from './slip-text.js';

export interface PrintedSlip {
  slip: TicketSlip;
  /** The slip as it would come out of the printer, for a test or a person to read. */
  text: string;
  at: Date;
}

/** An in-process printer: records every slip it "prints"; tests queue failures with `script`. */
export class MockPrinter implements ReceiptPrinter {
  readonly printed: PrintedSlip[] = [];
  readonly script = new MockScript<void>();
  /** Listeners see each job the moment the printer receives it (the benchmark's finish line). */
  private readonly receivedListeners = new Set<(slip: TicketSlip) => void>();

  constructor(private readonly printDelayMs = 0) {}

  onJobReceived(listener: (slip: TicketSlip) => void): () => void {
    this.receivedListeners.add(listener);
    return () => this.receivedListeners.delete(listener);
  }

  async printTicket(slip: TicketSlip, signal?: AbortSignal): Promise<void> {
    for (const listener of this.receivedListeners) listener(slip);
    await this.script.next(() => delay(this.printDelayMs, signal));
    this.printed.push({ slip, text: slipText(slip), at: new Date() });
  }

  async close(): Promise<void> {}
}
