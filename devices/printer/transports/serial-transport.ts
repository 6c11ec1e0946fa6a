/**
 * A printer on a serial port (RS-232 or a USB-serial adapter), through serialport. The port is
 * opened by a factory so unit tests can use serialport's SerialPortMock.
 *
 * serialport's binding takes the 0-byte reads of a hung-up TTY for "no data yet", so a port pulled
 * between two reads may go unnoticed until the next write fails; the adapter's status heartbeat
 * writes every few seconds, which bounds that.
 */
import { SerialPort } from 'serialport';
import type { PortOpener, SerialConnection } from '../../serial/line-port.js';
import { formatPrinterAddress } from '../../../domain/config/printer-address.js';
import { type Link, type LinkEvents, ReconnectingTransport } from './reconnecting-transport.js';

export interface SerialTransportOptions {
  path: string;
  baudRate: number;
  openPort?: PortOpener;
}

const openRealPort: PortOpener = ({ path, baudRate }) => new SerialPort({ path, baudRate, autoOpen: false });

export class SerialTransport extends ReconnectingTransport {
  readonly kind = 'serial';
  readonly address: string;

  constructor(private readonly options: SerialTransportOptions) {
    super();
    this.address = formatPrinterAddress({ kind: 'serial', path: options.path, baudRate: options.baudRate });
  }

  protected async openLink(events: LinkEvents): Promise<Link> {
    const { path, baudRate, openPort = openRealPort } = this.options;
    const port = openPort({ path, baudRate });
    let failure: Error | null = null;
    // Before the open, errors come to open's callback; after it, an error ends the link.
    port.on('error', (error: Error) => {
      failure = error;
      if (port.isOpen) void closePort(port);
    });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.on('data', (bytes: Buffer) => events.data(bytes));
    port.on('close', (error: Error | null) => events.lost(error ?? failure));
    return {
      write: (bytes) =>
        new Promise<void>((resolve, reject) => {
          port.write(Buffer.from(bytes), (error: Error | null | undefined) => (error ? reject(error) : resolve()));
        }),
      close: () => closePort(port),
    };
  }
}

function closePort(port: SerialConnection): Promise<void> {
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => port.close(() => resolve()));
}
