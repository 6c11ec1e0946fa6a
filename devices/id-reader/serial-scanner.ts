/**
 * A USB-serial kiosk scanner that decodes the card itself and sends the QR or MRZ text as lines.
 * The port is passed in (a real SerialPort, or SerialPortMock in tests): the adapter owns the
 * protocol, not the transport.
 */
import type { Duplex } from 'node:stream';
import { ReadlineParser, SerialPort } from 'serialport';
import type { CardScan } from '../../domain/identity/card-reading.js';
import { IdReadError, type IdReader } from './id-reader.js';
import { PendingRead } from './pending-read.js';
import { ScanAssembler } from './scan-assembler.js';

export interface SerialScannerPort extends Duplex {
  close(callback?: (error?: Error | null) => void): void;
  readonly isOpen: boolean;
}

export interface SerialScannerOptions {
  path: string;
  baudRate: number;
}

export class SerialScanner implements IdReader {
  private readonly assembler = new ScanAssembler();
  private readonly pending = new PendingRead();
  private failure: Error | null = null;

  constructor(private readonly port: SerialScannerPort) {
    const lines = port.pipe(new ReadlineParser({ delimiter: '\n', encoding: 'utf8' }));
    lines.on('data', (line: string) => {
      const scan = this.assembler.feed(line, performance.now());
      // A scan with no session waiting is a card left on the reader: dropped, never kept.
      if (scan) this.pending.resolve(scan);
    });
    const broken = (reason: string) => {
      this.failure = new IdReadError('deviceFailed', `scanner ${reason}`);
      this.pending.reject(this.failure);
    };
    port.on('error', (error: Error) => broken(`error: ${error.message}`));
    port.on('close', () => broken('disconnected'));
  }

  static open(options: SerialScannerOptions): SerialScanner {
    return new SerialScanner(new SerialPort({ path: options.path, baudRate: options.baudRate }));
  }

  read(signal?: AbortSignal): Promise<CardScan> {
    return this.failure ? Promise.reject(this.failure) : this.pending.wait(signal);
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }
}
