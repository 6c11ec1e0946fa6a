/**
 * An in-process receipt printer: records every job it "prints" as text; tests queue failures with
 * `script` and simulate the printer's faults with `setFault`. Faults refuse a job and move the
 * health exactly as the ESC/POS adapter does (the same mapping, imported from it), so the kiosk
 * behaves the same on the mock as on a real printer.
 */
import { delay } from '../abortable-delay.js';
import { DeviceHealthTracker, type DeviceHealth } from '../device-health.js';
import { ListenerSet } from '../serial/listener-set.js';
import { MockScript } from '../mock-script.js';
import { type PrinterProblem, abortedError, problemError, problemHealth } from './escpos-printer.js';
import { jobText } from './job-text.js';
import type { PrintJob } from './print-job.js';
import { PrinterError, type ReceiptPrinter } from './receipt-printer.js';

export interface PrintedJob {
  job: PrintJob;
  /** The job as it would come out of the printer, for a test or a person to read. */
  text: string;
  at: Date;
}

/** What can go wrong with the simulated printer; 'offline' is a printer that has gone away. */
export type MockPrinterFault = 'paperOut' | 'coverOpen' | 'offline';

const PROBLEM_OF: Record<MockPrinterFault, PrinterProblem> = { paperOut: 'paperOut', coverOpen: 'coverOpen', offline: 'disconnected' };

export class MockPrinter implements ReceiptPrinter {
  readonly printed: PrintedJob[] = [];
  readonly script = new MockScript<void>();
  private readonly tracker = new DeviceHealthTracker({ kind: 'printer', adapter: 'mock', path: null, state: 'ready' });
  /** Listeners see each job the moment the printer accepts it (the benchmark's finish line). */
  private readonly received = new ListenerSet<PrintJob>();
  private problem: PrinterProblem | null = null;

  constructor(private readonly printDelayMs = 0) {}

  health(): DeviceHealth {
    return this.tracker.health();
  }

  onHealthChange(listener: (health: DeviceHealth) => void): () => void {
    return this.tracker.onHealthChange(listener);
  }

  onJobReceived(listener: (job: PrintJob) => void): () => void {
    return this.received.add(listener);
  }

  /** Put the printer in a fault (null clears it and the printer is ready again). */
  setFault(fault: MockPrinterFault | null): void {
    this.problem = fault === null ? null : PROBLEM_OF[fault];
    this.tracker.update(this.problem === null ? { state: 'ready', reason: null } : problemHealth(this.problem));
  }

  async print(job: PrintJob, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw abortedError(signal);
    // Like the real printer: refused before a byte is sent...
    if (this.problem) throw problemError(this.problem);
    this.received.emit(job);
    try {
      await this.script.next(() => delay(this.printDelayMs, signal));
    } catch (error) {
      if (signal?.aborted && !(error instanceof PrinterError)) throw abortedError(signal);
      throw error;
    }
    // ...and failed when the fault came while it printed.
    if (this.problem) throw problemError(this.problem);
    this.printed.push({ job, text: jobText(job), at: new Date() });
  }

  async close(): Promise<void> {}
}
