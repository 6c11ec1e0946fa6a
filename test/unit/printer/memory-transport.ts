/**
 * A PrinterTransport wired in memory to a VirtualEscPosPrinter: the adapter's logic tested without
 * sockets. Tests can see every write, drop writes (a printer that ignores a command), push bytes
 * of their own (noise on the line) and cut the link.
 */
import { Duplex } from 'node:stream';
import { ListenerSet } from '../../../devices/serial/listener-set.js';
import type { PrinterTransport } from '../../../devices/printer/transports/printer-transport.js';
import type { VirtualEscPosPrinter } from '../../../hil/virtual-printer/virtual-printer.js';

export class MemoryTransport implements PrinterTransport {
  readonly kind = 'tcp';
  readonly address = 'tcp://printer.test:9100';
  readonly writes: Buffer[] = [];
  /** Writes it returns true for never reach the printer. */
  ignore: (bytes: Buffer) => boolean = () => false;
  closed = false;
  private cable: Duplex | null = null;
  private readonly opened = new ListenerSet<void>();
  private readonly data = new ListenerSet<Buffer>();
  private readonly lost = new ListenerSet<Error | null>();
  private readonly failed = new ListenerSet<Error>();

  constructor(private readonly printer: VirtualEscPosPrinter) {}

  get isOpen(): boolean {
    return this.cable !== null;
  }

  async connect(): Promise<void> {
    if (this.cable || this.closed) return;
    const cable = new Duplex({
      read() {},
      write: (chunk: Buffer, _encoding, done) => {
        if (this.cable === cable) this.data.emit(Buffer.from(chunk));
        done();
      },
    });
    this.cable = cable;
    this.printer.attach(cable);
    this.opened.emit();
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.cable) throw new Error('not connected');
    const buffer = Buffer.from(bytes);
    this.writes.push(buffer);
    if (!this.ignore(buffer)) this.cable.push(buffer);
  }

  /** Bytes from the "printer" that it did not send itself. */
  inject(bytes: number[]): void {
    this.data.emit(Buffer.from(bytes));
  }

  /** The link breaks (stays down until connect()). */
  cut(error = new Error('connection reset')): void {
    const cable = this.cable;
    this.cable = null;
    cable?.destroy();
    this.lost.emit(error);
  }

  reconnect(): void {
    this.cut();
    void this.connect();
  }

  onOpen(listener: () => void): () => void {
    return this.opened.add(listener);
  }

  onData(listener: (bytes: Buffer) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.lost.add(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    return this.failed.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const cable = this.cable;
    this.cable = null;
    cable?.destroy();
  }
}
