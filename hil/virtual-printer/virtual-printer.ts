/**
 * A virtual ESC/POS receipt printer for hardware-in-the-loop tests and for engineers: it listens
 * on a loopback TCP port like a network printer's port 9100 (or reads any byte stream, such as
 * a socat PTY end), decodes what it gets, keeps each document it "prints", answers the status
 * queries the way an EPSON does for its state (DLE EOT 1-4 at once; GS r 1 in sequence), and
 * takes faults on demand: paper out (now or after n bytes), paper near end, cover open, dropped
 * connections, a hung printer (now or after n bytes).
 */
import { type Server, type Socket, createServer } from 'node:net';
import type { Duplex } from 'node:stream';
import { ListenerSet } from '../../devices/serial/listener-set.js';
import { DocumentBuilder } from './document-builder.js';
import { type Dialect, type EscPosCommand, EscPosDecoder } from './escpos-decoder.js';
import type { PrintedDocument } from './printed-document.js';

export interface VirtualPrinterOptions {
  /** Which command set it reads: EPSON ESC/POS, or the STAR line-mode commands node-thermal-printer writes. */
  type?: Dialect;
}

export interface ListenOptions extends VirtualPrinterOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

type PaperState = 'ok' | 'nearEnd' | 'out';

/** DLE EOT n replies: bits 1 and 4 always on, then what n asks about. */
function statusByte(n: number, paper: PaperState, coverOpen: boolean): number | null {
  const stopped = paper === 'out' || coverOpen;
  switch (n) {
    case 1: // printer: offline
      return 0x12 | (stopped ? 0x08 : 0);
    case 2: // offline cause: cover open, stopped for paper end
      return 0x12 | (coverOpen ? 0x04 : 0) | (paper === 'out' ? 0x20 : 0);
    case 3: // error cause: none simulated
      return 0x12;
    case 4: // roll paper sensors: near end, end
      return 0x12 | (paper === 'ok' ? 0 : 0x0c) | (paper === 'out' ? 0x60 : 0);
    default:
      return null;
  }
}

/** GS r 1 reply: near-end bits 0-1, end bits 2-3. */
const paperSensorByte = (paper: PaperState) => (paper === 'ok' ? 0 : 0x03) | (paper === 'out' ? 0x0c : 0);

interface Session {
  builder: DocumentBuilder;
  /** What arrived while hung, handled in order when it wakes. */
  held: Array<{ command: EscPosCommand; length: number }>;
  handleNow: (command: EscPosCommand, length: number) => void;
  detach: () => void;
}

export class VirtualEscPosPrinter {
  /** Documents as they ended (cut, or cut short), oldest first. */
  readonly documents: PrintedDocument[] = [];
  /** Print data received, in bytes: everything but the real-time status queries. */
  jobBytesReceived = 0;
  private readonly dialect: Dialect;
  private readonly ended = new ListenerSet<PrintedDocument>();
  private readonly sessions = new Set<Session>();
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private stopping: Promise<void> | null = null;
  private paper: PaperState = 'ok';
  private coverIsOpen = false;
  private stalled = false;
  /** A fault armed to strike after so many more bytes of print data. */
  private armed: { bytesLeft: number; strike: () => void } | null = null;

  constructor(options: VirtualPrinterOptions = {}) {
    this.dialect = options.type ?? 'epson';
  }

  /** A virtual printer on a loopback TCP port (a free one unless `port` is given). */
  static async listen(options: ListenOptions = {}): Promise<VirtualEscPosPrinter> {
    const printer = new VirtualEscPosPrinter(options);
    const server = createServer((socket) => {
      printer.sockets.add(socket);
      socket.once('close', () => printer.sockets.delete(socket));
      printer.attach(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    printer.server = server;
    return printer;
  }

  get port(): number {
    const address = this.server?.address();
    if (address === null || address === undefined || typeof address === 'string') throw new Error('the virtual printer is not listening on TCP');
    return address.port;
  }

  /** Where the adapter finds it: tcp://127.0.0.1:PORT. */
  get address(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  /** Read print data from a byte stream (a TCP socket, a PTY end) and answer on it; returns detach. */
  attach(stream: Duplex): () => void {
    const decoder = new EscPosDecoder(this.dialect);
    const builder = new DocumentBuilder(this.dialect, (document) => {
      this.documents.push(document);
      this.ended.emit(document);
    });
    if (this.isStopped) builder.stop();
    const reply = (byte: number) => {
      if (!stream.destroyed) stream.write(Buffer.of(byte));
    };
    const handleNow = (command: EscPosCommand, length: number) => this.handle(command, length, builder, reply);
    const onData = (chunk: Buffer) => {
      // A hung printer still takes bytes off the wire (so framing stays whole) and holds them.
      for (const { command, length } of decoder.feed(chunk)) {
        if (this.stalled) session.held.push({ command, length });
        else handleNow(command, length);
      }
    };
    const onError = () => undefined;
    const session: Session = {
      builder,
      held: [],
      handleNow,
      detach: () => {
        if (!this.sessions.delete(session)) return;
        stream.off('data', onData);
        stream.off('close', session.detach);
        stream.off('error', onError);
        builder.end();
      },
    };
    this.sessions.add(session);
    stream.on('data', onData);
    stream.on('close', session.detach);
    // A peer that resets the connection is a normal end here, not a crash.
    stream.on('error', onError);
    return session.detach;
  }

  onDocument(listener: (document: PrintedDocument) => void): () => void {
    return this.ended.add(listener);
  }

  /** The first document (already printed or still to come) that matches. */
  waitForDocument(predicate: (document: PrintedDocument) => boolean = () => true, timeoutMs = 5_000): Promise<PrintedDocument> {
    return new Promise((resolve, reject) => {
      const found = this.documents.find(predicate);
      if (found) return resolve(found);
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`no matching document within ${timeoutMs} ms (${this.documents.length} printed)`));
      }, timeoutMs);
      const unsubscribe = this.onDocument((document) => {
        if (!predicate(document)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(document);
      });
    });
  }

  paperOut(): void {
    this.setPaper('out');
  }

  paperNearEnd(): void {
    this.setPaper('nearEnd');
  }

  /** A new roll: paper present, not near its end. */
  refill(): void {
    this.armed = null;
    this.setPaper('ok');
  }

  /** The paper runs out after `bytes` more bytes of print data: the rest of that job is not printed. */
  paperOutAfterBytes(bytes: number): void {
    this.armed = { bytesLeft: bytes, strike: () => this.paperOut() };
  }

  /** Hang after `bytes` more bytes of print data: a printer that took a job and then froze. */
  stallAfterBytes(bytes: number): void {
    this.armed = { bytesLeft: bytes, strike: () => this.stall() };
  }

  openCover(): void {
    this.setCover(true);
  }

  closeCover(): void {
    this.setCover(false);
  }

  /** Close every TCP connection, as a printer that rebooted or a network that blinked. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** Hang: take bytes, print nothing, answer nothing, until unstall(). */
  stall(): void {
    this.stalled = true;
  }

  /**
   * Wake up and catch up on everything sent meanwhile, in order: late status replies and all, as a
   * printer freed from a jam or a network that held the bytes does.
   */
  unstall(): void {
    this.stalled = false;
    for (const session of this.sessions) {
      for (const { command, length } of session.held.splice(0)) session.handleNow(command, length);
    }
  }

  /** Stop listening, drop every connection, detach every stream. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.dropConnections();
      for (const session of [...this.sessions]) session.detach();
      const server = this.server;
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    })();
    return this.stopping;
  }

  private get isStopped(): boolean {
    return this.paper === 'out' || this.coverIsOpen;
  }

  private handle(command: EscPosCommand, length: number, builder: DocumentBuilder, reply: (byte: number) => void): void {
    if (command.kind === 'statusQuery') {
      const byte = statusByte(command.n, this.paper, this.coverIsOpen);
      if (byte !== null) reply(byte);
      return;
    }
    this.jobBytesReceived += length;
    // GS r waits its turn like print data, and a stopped printer never gets to it.
    if (command.kind === 'sensorQuery') {
      if (command.n === 1 && !this.isStopped) reply(paperSensorByte(this.paper));
      return;
    }
    builder.apply(command);
    if (this.armed !== null) {
      this.armed.bytesLeft -= length;
      if (this.armed.bytesLeft > 0) return;
      const { strike } = this.armed;
      this.armed = null;
      strike();
    }
  }

  private setPaper(paper: PaperState): void {
    const wasStopped = this.isStopped;
    this.paper = paper;
    this.stoppedChanged(wasStopped);
  }

  private setCover(open: boolean): void {
    const wasStopped = this.isStopped;
    this.coverIsOpen = open;
    this.stoppedChanged(wasStopped);
  }

  private stoppedChanged(wasStopped: boolean): void {
    if (wasStopped === this.isStopped) return;
    for (const { builder } of this.sessions) {
      if (this.isStopped) builder.stop();
      else builder.resume();
    }
  }
}
