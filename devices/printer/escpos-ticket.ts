/**
 * The bytes of a queue ticket for an ESC/POS printer, built with node-thermal-printer (the
 * transport is ours: the library only assembles the buffer). Vietnamese goes out in the WPC1258
 * code page, in the shape that code page can hold (see toCp1258Form).
 */
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { toCp1258Form } from '../../domain/queue/cp1258-text.js';
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';

export interface EscPosTicketOptions {
  type: 'epson' | 'star';
  /** Characters per line at the normal size: 48 on 80 mm paper, 32 on 58 mm. */
  width: number;
}

export function ticketBytes(slip: TicketSlip, options: EscPosTicketOptions): Buffer {
  const printer = new ThermalPrinter({
    type: options.type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    // Never opened: the adapter owns the connection, the library only builds the buffer.
    interface: 'tcp://127.0.0.1:9',
    width: options.width,
    characterSet: CharacterSet.WPC1258_VIETNAMESE,
    removeSpecialCharacters: false,
  });
  const line = (text: string) => printer.println(toCp1258Form(text));
  printer.setCharacterSet(CharacterSet.WPC1258_VIETNAMESE);
  printer.alignCenter();
  printer.bold(true);
  line(slip.servicePoint);
  printer.bold(false);
  printer.drawLine();
  line(slip.heading);
  // The number four times as tall and wide: read from arm's length.
  printer.setTextSize(3, 3);
  line(slip.number);
  printer.setTextNormal();
  printer.newLine();
  printer.alignLeft();
  line(slip.service);
  line(slip.counters);
  line(slip.issuedAt);
  line(slip.peopleAhead);
  printer.drawLine();
  printer.alignCenter();
  line(slip.footer);
  printer.cut();
  return printer.getBuffer();
}
