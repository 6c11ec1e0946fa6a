import type { CardScan } from '../../domain/identity/card-reading.js';
import { SAMPLE_SCAN } from '../../devices/id-reader/mock-id-reader.js';
import { VirtualLineDevice } from './virtual-line-device.js';

/** A kiosk QR/MRZ scanner on the far end of a PTY: decoded text as lines, `?` → `READY`. */
export class VirtualScanner extends VirtualLineDevice {
  constructor(path: string) {
    super({ path, heartbeat: '?', pong: 'READY' });
  }

  static async open(path: string): Promise<VirtualScanner> {
    const device = new VirtualScanner(path);
    await device.connect();
    return device;
  }

  /** A card held to the window: its QR payload as one line, or its MRZ as three. */
  scan(card: CardScan = SAMPLE_SCAN): void {
    const lines = card.qrText !== undefined ? [card.qrText] : (card.mrzLines ?? []);
    this.write(lines.map((line) => `${line}\r\n`).join(''));
  }
}
