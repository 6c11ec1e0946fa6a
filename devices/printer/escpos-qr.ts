/**
 * The QR code command. EPSON's (GS ( k) comes from node-thermal-printer; its STAR version (4.6.1)
 * leaves out "ESC GS y D 1 0" before the data length, so a STAR printer would take the length and
 * the URL for commands: the STAR sequence is written out here instead.
 */
import type { ThermalPrinter } from 'node-thermal-printer';

/** Dots per QR module: a ticket URL comes out about 25 mm wide, easy for a phone camera. */
const CELL_DOTS = 6;

export function printQr(printer: ThermalPrinter, type: 'epson' | 'star', data: string): void {
  // Both commands count bytes as characters: anything but printable ASCII would corrupt them.
  if (!/^[\x20-\x7e]+$/.test(data)) throw new Error(`a QR code carries printable ASCII only (a URL), not ${JSON.stringify(data)}`);
  printer.alignCenter();
  if (type === 'epson') printer.printQR(data, { model: 2, cellSize: CELL_DOTS, correction: 'M' });
  else printer.add(starQr(data));
  printer.alignLeft();
}

/** STAR line mode: model 2, correction M, cell size, data (automatic mode), print. */
function starQr(data: string): Buffer {
  const ESC_GS_Y = [0x1b, 0x1d, 0x79];
  return Buffer.concat([
    Buffer.from([...ESC_GS_Y, 0x53, 0x30, 0x02]),
    Buffer.from([...ESC_GS_Y, 0x53, 0x31, 0x01]),
    Buffer.from([...ESC_GS_Y, 0x53, 0x32, CELL_DOTS]),
    Buffer.from([...ESC_GS_Y, 0x44, 0x31, 0x00, data.length & 0xff, data.length >> 8]),
    Buffer.from(data, 'ascii'),
    Buffer.from([...ESC_GS_Y, 0x50]),
  ]);
}
