/**
 * The real receipt printer: ESC/POS over a PrinterTransport (network, serial or USB file).
 *
 * One conversation on the wire at a time, a print or the idle heartbeat, so every reply byte has
 * one asker. Before a job: the four real-time statuses (DLE EOT 1-4); a printer that can't print
 * gets no byte of it. After the job: GS r 1, which waits its turn behind the job, so its answer
 * means the job went through the printer; while waiting, DLE EOT (answered at once, even by a
 * stopped printer) tells whether paper ran out or the cover opened on the way, and the kiosk
 * reprints. Health follows every answer; listeners hear changes only.
 *
 * The bytes come from an injected renderer, so the adapter does not care how jobs are laid out.
 * A STAR printer must answer the ESC/POS status commands (DLE EOT, GS r) like an EPSON.
 */
import { delay } from '../abortable-delay.js';
import { DeviceHealthTracker, type DeviceHealth, type DeviceState } from '../device-health.js';
import { Waiters } from '../serial/waiters.js';
import { type NotReadyReason, type PrinterStatus, type StatusQuery, STATUS_QUERIES, isStatusByte, notReadyReason, parseStatusReplies } from './escpos-status.js';
import type { PrintJob } from './print-job.js';
import { PrinterError, type PrinterErrorCode, type ReceiptPrinter } from './receipt-printer.js';
import type { PrinterTransport } from './transports/printer-transport.js';

/** GS r 1: transmit the paper sensor status, in sequence with the data before it. */
const PRINTED_QUERY = Uint8Array.of(0x1d, 0x72, 1);
/** Its reply uses bits 0-3 only; bit 4 is always set in a DLE EOT reply, so the two never mix up. */
const isPaperSensorByte = (byte: number) => (byte & 0x90) === 0;

/** Why a printer can't take a job: what its status says, or what its link says. */
export type PrinterProblem = NotReadyReason | 'noReply' | 'disconnected';

const PROBLEMS: Record<PrinterProblem, { state: DeviceState; code: PrinterErrorCode; message: string }> = {
  paperOut: { state: 'fault', code: 'paperOut', message: 'the printer is out of paper' },
  coverOpen: { state: 'fault', code: 'coverOpen', message: 'the printer cover is open' },
  cutterError: { state: 'fault', code: 'cutterError', message: 'the paper cutter is stuck' },
  unrecoverableError: { state: 'fault', code: 'failed', message: 'the printer reports an error that needs a person' },
  offline: { state: 'fault', code: 'offline', message: 'the printer says it is offline' },
  noReply: { state: 'offline', code: 'offline', message: 'the printer does not answer' },
  disconnected: { state: 'offline', code: 'offline', message: 'the printer is not connected' },
};

/** The health a problem puts a printer in (the mock uses it too, so the two cannot drift). */
export function problemHealth(problem: PrinterProblem): Pick<DeviceHealth, 'state' | 'reason' | 'lastError'> {
  const { state, message } = PROBLEMS[problem];
  return { state, reason: problem, lastError: message };
}

/** The error a job refused or failed for a problem rejects with. */
export function problemError(problem: PrinterProblem): PrinterError {
  const { code, message } = PROBLEMS[problem];
  return new PrinterError(code, message);
}

/** What a print its caller gave up on rejects with: 'timeout' when the signal was a timeout. */
export function abortedError(signal: AbortSignal): PrinterError {
  const reason: unknown = signal.reason;
  const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
  return new PrinterError(timedOut ? 'timeout' : 'failed', `print cancelled: ${reason instanceof Error ? reason.message : String(reason)}`);
}

export interface EscPosPrinterOptions {
  transport: PrinterTransport;
  /** The bytes of a job (printJobBytes with the printer's settings). */
  render: (job: PrintJob) => Promise<Buffer>;
  /** How long each status query may take (DLE EOT is answered at once by a printer that is there). */
  statusTimeoutMs?: number;
  /** Status poll while idle, so a fault, and a fault cleared, are known without a job. */
  heartbeatMs?: number;
  /** How long a job may take from its first byte sent to the printer's "done" (GS r 1 answered). */
  printTimeoutMs?: number;
  /** How often the real-time status is asked while a job prints. */
  printPollMs?: number;
  /** Where oddities go (bytes nobody asked for, as hex only); console.warn by default. */
  log?: (message: string) => void;
}

export const ESCPOS_PRINTER_DEFAULTS = { statusTimeoutMs: 1_500, heartbeatMs: 5_000, printTimeoutMs: 20_000, printPollMs: 500 } as const;

/** A status query the printer left unanswered. */
class NoReply extends Error {}
/** The link went away under a conversation. */
class LinkLost extends Error {}

export class EscPosPrinter implements ReceiptPrinter {
  private readonly transport: PrinterTransport;
  private readonly settings: Record<keyof typeof ESCPOS_PRINTER_DEFAULTS, number>;
  private readonly log: (message: string) => void;
  private readonly tracker: DeviceHealthTracker;
  private readonly replies = new Waiters<number>();
  private readonly unsubscribe: Array<() => void>;
  /** The conversation on the wire (or the last one); the next starts after it. */
  private conversation: Promise<unknown> = Promise.resolve();
  private heartbeat: NodeJS.Timeout | null = null;
  private closing: Promise<void> | null = null;
  /**
   * A query went unanswered (or was given up on): its reply may still come, late, and would be
   * taken for the answer to a later query; every DLE EOT reply looks alike. Until the line is
   * known clean again, status is read only after a quiet spell and trusted only if no stray byte
   * came with it.
   */
  private suspect = false;
  /** Bytes that arrived with nobody waiting for them, ever: how strays are noticed. */
  private strayBytes = 0;

  constructor(private readonly options: EscPosPrinterOptions) {
    this.transport = options.transport;
    this.settings = {
      statusTimeoutMs: options.statusTimeoutMs ?? ESCPOS_PRINTER_DEFAULTS.statusTimeoutMs,
      heartbeatMs: options.heartbeatMs ?? ESCPOS_PRINTER_DEFAULTS.heartbeatMs,
      printTimeoutMs: options.printTimeoutMs ?? ESCPOS_PRINTER_DEFAULTS.printTimeoutMs,
      printPollMs: options.printPollMs ?? ESCPOS_PRINTER_DEFAULTS.printPollMs,
    };
    this.log = options.log ?? ((message) => console.warn(message));
    this.tracker = new DeviceHealthTracker({ kind: 'printer', adapter: `escpos-${this.transport.kind}`, path: this.transport.address });
    this.unsubscribe = [
      this.transport.onData((bytes) => this.receive(bytes)),
      // Ask at once rather than a heartbeat later: the first answer makes the printer ready.
      this.transport.onOpen(() => this.scheduleHeartbeat(0)),
      this.transport.onClose((error) => this.linkLost(error?.message ?? 'the connection was closed')),
      this.transport.onError((error) => this.linkLost(error.message)),
    ];
    // A failed first attempt arrives through onError; the transport keeps trying.
    this.transport.connect().catch(() => undefined);
  }

  health(): DeviceHealth {
    return this.tracker.health();
  }

  onHealthChange(listener: (health: DeviceHealth) => void): () => void {
    return this.tracker.onHealthChange(listener);
  }

  async print(job: PrintJob, signal?: AbortSignal): Promise<void> {
    if (this.closing) throw new PrinterError('offline', 'the printer adapter is closed');
    if (signal?.aborted) throw abortedError(signal);
    let bytes: Buffer;
    try {
      bytes = await this.options.render(job);
    } catch (error) {
      throw new PrinterError('failed', `could not lay out the ${job.kind}: ${messageOf(error)}`);
    }
    return this.exclusive(async () => {
      try {
        await this.printNow(bytes, signal);
      } catch (error) {
        throw this.asPrinterError(error, signal);
      }
    });
  }

  /** Close for good: heartbeat stopped, link closed. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async printNow(bytes: Buffer, signal?: AbortSignal): Promise<void> {
    if (this.closing) throw new LinkLost('the printer adapter is closed');
    if (signal?.aborted) throw abortedError(signal);
    const before = await this.checkStatus(signal);
    if (before) throw problemError(before);
    try {
      await within(this.send(bytes), this.settings.printTimeoutMs, signal, () => new PrinterError('timeout', 'the printer did not take the job'));
    } catch (error) {
      // A job left half-sent (timed out, or the caller gave up) would come out whenever the
      // printer frees up: drop it with the link.
      if (!(error instanceof LinkLost)) this.transport.reconnect();
      throw error;
    }
    await this.awaitPrinted(signal);
  }

  /** GS r 1 answered means printed; a problem seen before that means it was not. */
  private async awaitPrinted(signal?: AbortSignal): Promise<void> {
    const { printTimeoutMs, printPollMs } = this.settings;
    const printed = this.replies.wait(
      (byte) => (isPaperSensorByte(byte) ? byte : null),
      printTimeoutMs,
      () => new PrinterError('timeout', `the printer did not finish the job within ${printTimeoutMs} ms`),
      signal,
    );
    let confirmed = false;
    try {
      await this.send(PRINTED_QUERY);
      while (!(await settlesWithin(printed, printPollMs))) {
        const problem = await this.checkStatus(signal);
        if (problem) throw problemError(problem);
      }
      await printed;
      confirmed = true;
    } finally {
      // An unconfirmed job's GS r reply may still come, late: the next reads must not take it.
      if (!confirmed) this.suspect = true;
      // Whatever ended the wait, the GS r waiter must not outlive it.
      this.replies.rejectAll(new LinkLost('the job is over'));
      printed.catch(() => undefined);
    }
    const after = await this.checkStatus(signal);
    if (after) throw problemError(after);
  }

  /**
   * Ask the four real-time statuses and let the health follow; resolves with the problem that stops
   * printing, or null. A printer that does not answer is a problem ('noReply'), not an error.
   */
  private async checkStatus(signal?: AbortSignal): Promise<PrinterProblem | null> {
    if (!this.transport.isOpen) return 'disconnected';
    let status: PrinterStatus;
    try {
      status = await this.readTrustedStatus(signal);
    } catch (error) {
      this.suspect = true;
      if (error instanceof NoReply) {
        this.tracker.update({ ...problemHealth('noReply'), lastError: error.message });
        return 'noReply';
      }
      if (error instanceof LinkLost) return 'disconnected';
      throw error;
    }
    const problem = notReadyReason(status);
    if (problem) this.tracker.update(problemHealth(problem));
    else this.tracker.update(status.paperNearEnd ? { state: 'degraded', reason: 'paperNearEnd' } : { state: 'ready', reason: null });
    return problem;
  }

  /** The status, read so that a late reply to an old query cannot pass for a new one. */
  private async readTrustedStatus(signal?: AbortSignal): Promise<PrinterStatus> {
    if (!this.suspect) return this.queryStatus(signal);
    const quietMs = this.settings.statusTimeoutMs;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.quietSpell(quietMs, signal);
      const strays = this.strayBytes;
      const status = await this.queryStatus(signal);
      // Replies shifted by a stray leave one reply over at the end: give it time to show.
      await delay(quietMs, signal);
      if (this.strayBytes === strays) {
        this.suspect = false;
        return status;
      }
    }
    throw new NoReply('the printer keeps sending replies nobody asked for');
  }

  /** Wait until nothing has arrived for `ms` (at most a few times over): late replies drain away. */
  private async quietSpell(ms: number, signal?: AbortSignal): Promise<void> {
    for (let spell = 0; spell < 4; spell += 1) {
      const strays = this.strayBytes;
      await delay(ms, signal);
      if (this.strayBytes === strays) return;
    }
  }

  private async queryStatus(signal?: AbortSignal): Promise<PrinterStatus> {
    const replies = { printer: 0, offline: 0, error: 0, paper: 0 };
    for (const query of Object.keys(STATUS_QUERIES) as StatusQuery[]) {
      const reply = this.replies.wait(
        (byte) => (isStatusByte(byte) ? byte : null),
        this.settings.statusTimeoutMs,
        () => new NoReply(`no answer to DLE EOT ${STATUS_QUERIES[query][2]} within ${this.settings.statusTimeoutMs} ms`),
        signal,
      );
      // Registered before the write: a reply cannot arrive before its asker.
      this.send(STATUS_QUERIES[query]).catch((error: unknown) => this.replies.rejectAll(error as LinkLost));
      replies[query] = await reply;
    }
    const parsed = parseStatusReplies(replies);
    if (!parsed.ok) throw new NoReply(parsed.error);
    return parsed.status;
  }

  /** Bytes to the printer; a failure to send is the link's failure. */
  private async send(bytes: Uint8Array): Promise<void> {
    try {
      await this.transport.write(bytes);
    } catch (error) {
      throw new LinkLost(messageOf(error));
    }
  }

  private receive(bytes: Buffer): void {
    this.tracker.seen();
    const unasked = [...bytes].filter((byte) => !this.replies.offer(byte));
    if (unasked.length === 0) return;
    this.strayBytes += unasked.length;
    if (this.suspect) return; // late replies, expected and drained: not worth a log line
    // Hex only, and only the first few: nothing the printer says ends up in the log as text.
    const shown = unasked.slice(0, 16).map((byte) => byte.toString(16).padStart(2, '0'));
    this.log(`receipt printer ${this.transport.address}: dropped ${unasked.length} byte(s) nobody asked for: ${shown.join(' ')}${unasked.length > 16 ? ' ...' : ''}`);
  }

  private linkLost(message: string): void {
    this.suspect = true;
    this.replies.rejectAll(new LinkLost(message));
    this.tracker.update({ ...problemHealth('disconnected'), lastError: message });
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.conversation.then(work);
    this.conversation = run.catch(() => undefined).finally(() => this.scheduleHeartbeat());
    return run;
  }

  /** The next status poll, `ms` from now; one timer at most, none once closing. */
  private scheduleHeartbeat(ms: number = this.settings.heartbeatMs): void {
    if (this.heartbeat) clearTimeout(this.heartbeat);
    this.heartbeat = null;
    if (this.closing) return;
    this.heartbeat = setTimeout(() => {
      this.heartbeat = null;
      this.exclusive(() => this.checkStatus()).catch((error: unknown) => this.log(`receipt printer status poll failed: ${messageOf(error)}`));
    }, ms);
  }

  private asPrinterError(error: unknown, signal?: AbortSignal): PrinterError {
    if (error instanceof PrinterError) return error;
    if (signal?.aborted) return abortedError(signal);
    if (error instanceof LinkLost) return new PrinterError('offline', `the printer went away: ${error.message}`);
    return new PrinterError('failed', messageOf(error));
  }

  private async shutDown(): Promise<void> {
    if (this.heartbeat) clearTimeout(this.heartbeat);
    this.heartbeat = null;
    for (const off of this.unsubscribe) off();
    this.replies.rejectAll(new LinkLost('the printer adapter is closed'));
    await this.transport.close();
    await this.conversation;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** True when `promise` settles within `ms`, false otherwise; leaves no timer behind either way. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    promise.then(settled, settled);
  });
}

/** `work`, unless it takes longer than `ms` or the caller aborts first; no timer or listener left behind. */
function within<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined, timeoutError: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      work.catch(() => undefined);
      return reject(signal.reason);
    }
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      finish();
      reject(timeoutError());
    }, ms);
    const onAbort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}
