/**
 * What every printer transport does the same way: one link at a time, reopened after a drop with
 * back-off (0.5 s doubling to 30 s, reset once a link opens), events for the adapter, and a
 * close() that leaves no socket, port, file or timer behind. A subclass only opens one link.
 */
import { Backoff } from '../../serial/backoff.js';
import { ListenerSet } from '../../serial/listener-set.js';
import type { PrinterTransport, TransportKind } from './printer-transport.js';

/** One open connection: bytes out, and a way to end it (safe to call twice). */
export interface Link {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** What a link reports while it is open. `lost` may be called more than once; only the first counts. */
export interface LinkEvents {
  data(bytes: Buffer): void;
  lost(error: Error | null): void;
}

export abstract class ReconnectingTransport implements PrinterTransport {
  abstract readonly kind: TransportKind;
  abstract readonly address: string;
  private readonly opened = new ListenerSet<void>();
  private readonly data = new ListenerSet<Buffer>();
  private readonly closed = new ListenerSet<Error | null>();
  private readonly failed = new ListenerSet<Error>();
  private readonly backoff = new Backoff();
  private link: Link | null = null;
  private attempt: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private closing: Promise<void> | null = null;

  /** Open one link; reject when it cannot be opened (including the subclass's own connect timeout). */
  protected abstract openLink(events: LinkEvents): Promise<Link>;

  get isOpen(): boolean {
    return this.link !== null;
  }

  connect(): Promise<void> {
    if (this.closing) return Promise.reject(new Error(`${this.address} is closed`));
    if (this.link) return Promise.resolve();
    this.attempt ??= this.open();
    return this.attempt;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (!this.link) return Promise.reject(new Error(`${this.address} is not connected`));
    return this.link.write(bytes);
  }

  reconnect(): void {
    if (this.link) this.lose(null);
  }

  onOpen(listener: () => void): () => void {
    return this.opened.add(listener);
  }

  onData(listener: (bytes: Buffer) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.closed.add(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    return this.failed.add(listener);
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async open(): Promise<void> {
    let current: Link | null = null;
    let lostEarly: Error | null | undefined;
    const events: LinkEvents = {
      data: (bytes) => {
        if (current !== null && current === this.link) this.data.emit(bytes);
      },
      lost: (error) => {
        if (current === null) lostEarly ??= error;
        else if (current === this.link) this.lose(error);
      },
    };
    try {
      current = await this.openLink(events);
    } catch (error) {
      this.attempt = null;
      const failure = error instanceof Error ? error : new Error(String(error));
      if (!this.closing) {
        this.failed.emit(failure);
        this.retryLater();
      }
      throw failure;
    }
    this.attempt = null;
    if (this.closing || lostEarly !== undefined) {
      await current.close();
      if (this.closing) throw new Error(`${this.address} is closed`);
      this.retryLater();
      throw lostEarly ?? new Error(`${this.address} closed as it opened`);
    }
    this.link = current;
    this.backoff.reset();
    this.opened.emit();
  }

  private lose(error: Error | null): void {
    const link = this.link;
    this.link = null;
    void link?.close();
    this.closed.emit(error);
    this.retryLater();
  }

  private retryLater(): void {
    if (this.closing || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // Failures are reported through onError; nobody awaits a background attempt.
      this.connect().catch(() => undefined);
    }, this.backoff.next());
  }

  private async shutDown(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.attempt?.catch(() => undefined);
    const link = this.link;
    this.link = null;
    await link?.close();
  }
}
