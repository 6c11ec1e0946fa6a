/**
 * A USB-serial kiosk scanner that decodes the card itself and sends the QR or MRZ text as lines
 * (protocol in devices/README.md). It sits on the shared line port, so it reconnects by itself
 * and its heartbeat (`?`, answered `READY`) notices an unplugged scanner before a citizen does.
 */
import type { CardScan } from '../../domain/identity/card-reading.js';
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { LinePort, type SerialTransport } from '../serial/line-port.js';
import type { SerialDeviceOptions } from '../serial/port-target.js';
import { IdReadError, type IdReader } from './id-reader.js';
import { PendingRead } from './pending-read.js';
import { ScanAssembler } from './scan-assembler.js';

/** The scanner's "are you there?"; it answers READY, which the assembler ignores like any non-scan line. */
export const SCANNER_HEARTBEAT = '?';

export class SerialScanner extends DeviceWithHealth implements IdReader {
  private readonly assembler = new ScanAssembler();
  private readonly pending = new PendingRead();

  constructor(private readonly port: LinePort) {
    super(port.tracker);
    port.onLine((line) => {
      const scan = this.assembler.feed(line, performance.now());
      // A scan with no session waiting is a card left on the reader: dropped, never kept.
      if (scan) this.pending.resolve(scan);
    });
    port.tracker.onHealthChange((health) => {
      if (health.state === 'offline') this.pending.reject(this.unplugged());
    });
  }

  static open(device: SerialDeviceOptions, transport: SerialTransport = {}): SerialScanner {
    return new SerialScanner(new LinePort({ kind: 'idReader', device, heartbeat: SCANNER_HEARTBEAT, ...transport }));
  }

  /** Rejects at once while the scanner is offline; a read waiting when it goes offline fails too. */
  read(signal?: AbortSignal): Promise<CardScan> {
    return this.health().state === 'offline' ? Promise.reject(this.unplugged()) : this.pending.wait(signal);
  }

  close(): Promise<void> {
    return this.port.close();
  }

  private unplugged(): IdReadError {
    const { reason } = this.health();
    return new IdReadError('deviceFailed', `scanner offline${reason ? ` (${reason})` : ''}`);
  }
}
