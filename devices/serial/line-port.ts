/**
 * The one serial transport every line-based peripheral (presence sensor, keypad, robot base, ID
 * scanner) sits on: `\n`-terminated lines in and out, a heartbeat while idle, requests with a
 * deadline, and reconnection with back-off when the device goes away. Its DeviceHealthTracker
 * moves connecting → ready (first line heard) → offline (closed, error or silence) → connecting...
 *
 * The port itself comes from a factory, so unit tests run on serialport's SerialPortMock and HIL
 * tests on a real SerialPort over a socat PTY.
 */
import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import { DeviceHealthTracker, type DeviceKind } from '../device-health.js';
import { Backoff } from './backoff.js';
import { BoundedReadlineParser, isOverlong } from './bounded-readline-parser.js';
import { LINE_DEFAULTS } from './line-defaults.js';
import { ListenerSet } from './listener-set.js';
import { PortNotFoundError, checkTarget, describeTarget, resolvePortPath, type PortLister, type SerialDeviceOptions } from './port-target.js';
import { SilenceWatch } from './silence-watch.js';
import { Waiters } from './waiters.js';

export type LinePortErrorCode = 'timeout' | 'offline' | 'closed';

export class LinePortError extends Error {
  constructor(
    readonly code: LinePortErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LinePortError';
  }
}

/** What the line port needs of a serial port: serialport's SerialPort and SerialPortMock fit. */
export interface SerialConnection extends Duplex {
  open(callback: (error: Error | null) => void): void;
  close(callback?: (error: Error | null) => void): void;
  readonly isOpen: boolean;
}

export type PortOpener = (options: { path: string; baudRate: number }) => SerialConnection;

/** How ports are found and opened; the defaults are the real system's. */
export interface SerialTransport {
  openPort?: PortOpener;
  listPorts?: PortLister;
}

export interface LinePortOptions extends SerialTransport {
  kind: DeviceKind;
  device: SerialDeviceOptions;
  /** The device's "are you there?" command; any line it sends back counts as the answer. */
  heartbeat: string;
  /** Longer lines are dropped whole (UTF-8 bytes, without the `\n`). */
  maxLineBytes?: number;
}

const openRealPort: PortOpener = ({ path, baudRate }) => new SerialPort({ path, baudRate, autoOpen: false });
const listRealPorts: PortLister = () => SerialPort.list();

export class LinePort {
  readonly tracker: DeviceHealthTracker;
  private readonly lines = new ListenerSet<string>();
  private readonly replies = new Waiters<string>();
  private readonly backoff = new Backoff();
  private readonly watch: SilenceWatch;
  private readonly maxLineBytes: number;
  private connection: SerialConnection | null = null;
  /** Whether the open connection has said anything yet (ready), or only opened (connecting). */
  private answered = false;
  private attempt: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly releasing = new Set<Promise<void>>();
  private closing: Promise<void> | null = null;

  constructor(private readonly options: LinePortOptions) {
    checkTarget(options.device);
    this.maxLineBytes = options.maxLineBytes ?? LINE_DEFAULTS.maxLineBytes;
    this.tracker = new DeviceHealthTracker({ kind: options.kind, adapter: 'serial', path: describeTarget(options.device) });
    this.watch = new SilenceWatch({
      everyMs: LINE_DEFAULTS.heartbeatMs,
      missedLimit: LINE_DEFAULTS.missedHeartbeats,
      ping: () => this.write(options.heartbeat),
      onSilent: () => {
        if (this.connection) this.lose(this.connection, 'noReply', `no answer to ${options.heartbeat}`);
      },
    });
    this.attempt = this.connect();
  }

  /** Every received line that no request took, without its `\r\n`. */
  onLine(listener: (line: string) => void): () => void {
    return this.lines.add(listener);
  }

  /** Send one line; throws LinePortError('offline') while there is no open port. */
  send(line: string): void {
    if (!this.connection) throw new LinePortError('offline', `${this.options.kind} is offline`);
    this.write(line);
  }

  /**
   * Send a command and resolve with what `readReply` makes of the first line it accepts (returns
   * non-null for); that line is not passed to `onLine` listeners. Rejects with LinePortError on
   * timeout or disconnection, or with the signal's reason when aborted.
   */
  request<T>(line: string, readReply: (reply: string) => T | null, timeoutMs: number, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.connection) return Promise.reject(new LinePortError('offline', `${this.options.kind} is offline`));
    const timeout = () => new LinePortError('timeout', `no reply to "${line}" within ${timeoutMs} ms`);
    const reply = this.replies.wait(readReply, timeoutMs, timeout, signal);
    this.send(line);
    return reply;
  }

  /** Record a problem with what the device sent (staff see it as the health's lastError). */
  note(problem: string): void {
    this.tracker.update({ lastError: problem });
  }

  /** Close for good: no reconnect after this. Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async connect(): Promise<void> {
    const { device, openPort = openRealPort, listPorts = listRealPorts } = this.options;
    let connection: SerialConnection;
    let path: string;
    try {
      path = await resolvePortPath(device, listPorts);
      if (this.closing) return;
      connection = openPort({ path, baudRate: device.baudRate });
      const opened = connection;
      // Errors after the open (a failed write) end this connection; before it they come to open's callback.
      opened.on('error', (error: Error) => this.lose(opened, 'error', error.message));
      await new Promise<void>((resolve, reject) => opened.open((error) => (error ? reject(error) : resolve())));
    } catch (error) {
      if (this.closing) return;
      const reason = error instanceof PortNotFoundError ? 'notFound' : 'openFailed';
      this.tracker.update({ state: 'offline', reason, lastError: error instanceof Error ? error.message : String(error) });
      return this.retryLater();
    }
    if (this.closing) return this.release(connection);
    this.attach(connection, path);
  }

  private attach(connection: SerialConnection, path: string): void {
    this.connection = connection;
    this.answered = false;
    this.backoff.reset();
    const parser = connection.pipe(new BoundedReadlineParser(this.maxLineBytes));
    parser.on('data', (line: string) => {
      if (this.connection === connection) this.receive(line);
    });
    // A port can report its end twice (close after error, or close twice); lose() takes the first.
    connection.on('close', () => this.lose(connection, 'disconnected', 'the port closed'));
    this.tracker.update({ state: 'connecting', reason: null, path });
    // Ask at once rather than wait a heartbeat period: the first answer makes the device ready.
    this.write(this.options.heartbeat);
    this.watch.heard();
  }

  private receive(raw: string): void {
    this.watch.heard();
    this.tracker.seen();
    if (isOverlong(raw, this.maxLineBytes)) return this.note(`dropped a line longer than ${this.maxLineBytes} bytes`);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!this.answered) {
      this.answered = true;
      this.tracker.update({ state: 'ready', reason: null });
    }
    if (this.replies.offer(line)) return;
    this.lines.emit(line);
  }

  private lose(connection: SerialConnection, reason: string, message: string): void {
    if (connection !== this.connection) return;
    this.connection = null;
    this.watch.stop();
    void this.release(connection);
    this.replies.rejectAll(new LinePortError('offline', `${this.options.kind} went offline: ${message}`));
    this.tracker.update({ state: 'offline', reason, lastError: message });
    this.retryLater();
  }

  private retryLater(): void {
    if (this.closing) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.attempt = this.connect();
    }, this.backoff.next());
  }

  private write(line: string): void {
    this.connection?.write(`${line}\n`);
  }

  /** Close a port we no longer use; tracked so close() can wait until no handle is left. */
  private release(connection: SerialConnection): Promise<void> {
    if (!connection.isOpen) return Promise.resolve();
    const done = new Promise<void>((resolve) => connection.close(() => resolve())).finally(() => this.releasing.delete(done));
    this.releasing.add(done);
    return done;
  }

  private async shutDown(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.watch.stop();
    this.replies.rejectAll(new LinePortError('closed', `${this.options.kind} port closed`));
    await this.attempt;
    const connection = this.connection;
    this.connection = null;
    if (connection) await this.release(connection);
    await Promise.all(this.releasing);
    this.tracker.update({ state: 'offline', reason: 'closed' });
  }
}
