/**
 * A network printer's raw port (tcp://host:9100), on one socket the adapter owns.
 * node-thermal-printer's own network interface opens a socket per job and never reads, so it
 * cannot hear status replies; this one stays open and hands every reply byte up.
 */
import { Socket } from 'node:net';
import { formatPrinterAddress } from '../../../domain/config/printer-address.js';
import { type Link, type LinkEvents, ReconnectingTransport } from './reconnecting-transport.js';

export interface TcpTransportOptions {
  host: string;
  port: number;
  /** A printer that does not accept within this time counts as unreachable (then back-off). */
  connectTimeoutMs?: number;
}

export class TcpTransport extends ReconnectingTransport {
  readonly kind = 'tcp';
  readonly address: string;
  private readonly connectTimeoutMs: number;

  constructor(private readonly options: TcpTransportOptions) {
    super();
    this.address = formatPrinterAddress({ kind: 'tcp', host: options.host, port: options.port });
    this.connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
  }

  protected openLink(events: LinkEvents): Promise<Link> {
    const socket = new Socket();
    return new Promise<Link>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`${this.address} did not accept a connection within ${this.connectTimeoutMs} ms`));
      }, this.connectTimeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.connect({ host: this.options.host, port: this.options.port }, () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(linkOver(socket, events));
      });
    });
  }
}

function linkOver(socket: Socket, events: LinkEvents): Link {
  // Status replies are single bytes: send queries at once rather than wait to coalesce them.
  socket.setNoDelay(true);
  // A printer switched off without closing the socket is also found by the status heartbeat;
  // keep-alive lets the kernel end such a socket for us too.
  socket.setKeepAlive(true, 10_000);
  let failure: Error | null = null;
  socket.on('data', (bytes: Buffer) => events.data(bytes));
  socket.on('error', (error) => (failure = error));
  socket.on('close', () => events.lost(failure));
  return {
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        socket.write(bytes, (error) => (error ? reject(error) : resolve()));
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.destroyed) return resolve();
        socket.once('close', () => resolve());
        socket.destroy();
      }),
  };
}
