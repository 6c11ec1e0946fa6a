/**
 * A USB-serial kiosk scanner that decodes the card itself and sends the QR or MRZ text as lines.
 * The port is passed in (a real SerialPort, or SerialPortMock in tests): the adapter owns the
 * protocol, not the transport.
 */
import type { Duplex } from 'node:stream';
import { ReadlineParser, SerialPort } from 'serialport';
import type { CardScan } from '../../domain/identity/card-reading.js';
import { IdReadError, type IdReader } from './id-reader.js';
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
  private waiter: { resolve: (scan: CardScan) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(private readonly port: SerialScannerPort) {
    const lines = port.pipe(new ReadlineParser({ delimiter: '\n', encoding: 'utf8' }));
    lines.on('data', (line: string) => {
      const scan = this.assembler.feed(line, performance.now());
      // A scan with no session waiting is a card left on the reader: dropped, never kept.
      if (scan && this.waiter) this.settle((waiter) => waiter.resolve(scan));
    });
    const broken = (reason: string) => {
      this.failure = new IdReadError('deviceFailed', `scanner ${reason}`);
      this.settle((waiter) => waiter.reject(this.failure as Error));
    };
    port.on('error', (error: Error) => broken(`error: ${error.message}`));
    port.on('close', () => broken('disconnected'));
  }

  static open(options: SerialScannerOptions): SerialScanner {
    return new SerialScanner(new SerialPort({ path: options.path, baudRate: options.baudRate }));
  }

  private settle(action: (waiter: NonNullable<SerialScanner['waiter']>) => void): void {
    const waiter = this.waiter;
    this.waiter = null;
    if (waiter) action(waiter);
  }

  read(signal?: AbortSignal): Promise<CardScan> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new IdReadError('deviceFailed', 'a read is already waiting'));
    return new Promise<CardScan>((resolve, reject) => {
      const onAbort = () => this.settle((waiter) => waiter.reject(signal?.reason ?? new Error('aborted')));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = {
        resolve: (scan) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(scan);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
    });
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }
}
