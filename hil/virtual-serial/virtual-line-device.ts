/**
 * The device end of a serial cable, in software: opens one end of a PTY pair (hil/pty-pair.ts)
 * and speaks a line protocol for real, so the real adapter on the other end is tested end to
 * end. It answers the heartbeat, records what the host sent, can go silent (`mute()`), and
 * reopens its end after the cable is replugged.
 */
import { ReadlineParser, SerialPort } from 'serialport';

export interface VirtualLineDeviceOptions {
  path: string;
  /** The host's heartbeat and this device's answer to it. */
  heartbeat: string;
  pong: string;
  baudRate?: number;
}

export class VirtualLineDevice {
  /** Every line the host sent except heartbeats, oldest first. */
  readonly received: string[] = [];
  /** Heartbeats the host sent (answered or not). */
  pings = 0;
  private port: SerialPort | null = null;
  private muted = false;

  constructor(private readonly options: VirtualLineDeviceOptions) {}

  /** Open (or, after a replug, reopen) the device end of the cable. */
  async connect(): Promise<void> {
    await this.disconnect();
    const port = new SerialPort({ path: this.options.path, baudRate: this.options.baudRate ?? 9600, autoOpen: false });
    // The cable being pulled shows up here (EIO); the test replugs and calls connect() again.
    port.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.pipe(new ReadlineParser({ delimiter: '\n', encoding: 'utf8' })).on('data', (line: string) => this.hear(line.replace(/\r$/, '')));
    this.port = port;
  }

  /** Send one line as the device would, unless muted or unplugged. */
  send(line: string): void {
    this.write(`${line}\n`);
  }

  /** Send raw bytes (half a line, several lines, garbage). */
  write(data: string | Buffer): void {
    if (!this.muted && this.port?.isOpen) this.port.write(data);
  }

  /** Go silent: no answers, no events, as a hung device. */
  mute(): void {
    this.muted = true;
  }

  unmute(): void {
    this.muted = false;
  }

  async close(): Promise<void> {
    await this.disconnect();
  }

  /** A host line other than the heartbeat; devices that take commands answer here. */
  protected answer(_line: string): void {}

  private hear(line: string): void {
    if (line === this.options.heartbeat) {
      this.pings += 1;
      this.send(this.options.pong);
      return;
    }
    this.received.push(line);
    if (!this.muted) this.answer(line);
  }

  private async disconnect(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
