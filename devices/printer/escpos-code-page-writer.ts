/**
 * Text as characters in one of EPSON's Vietnamese code pages: WPC1258 (ESC t 52) or TCVN-3
 * (ESC t 30 and 31). STAR line mode has no Vietnamese code page, so STAR printers print in raster
 * mode. Sizes, bold and alignment are the printer's own (GS !, ESC E, ESC a).
 */
import { CharacterSet, type ThermalPrinter } from 'node-thermal-printer';
import { toCp1258Form } from '../../domain/queue/cp1258-text.js';
import { SIZE_SCALE, type TextBlock } from './escpos-layout.js';
import { printQr } from './escpos-qr.js';
import { TCVN3_SMALL_PAGE, type Tcvn3Page, tcvn3Bytes } from './escpos-tcvn3.js';
import type { BlockWriter, EscPosOptions } from './escpos-writer.js';
import { wrapWords } from './escpos-wrap.js';

/** How lines of text become bytes in one code page. */
interface CodePageText {
  /** Puts the printer in the code page, before any text. */
  select(): void;
  /** One line, without its line feed. */
  line(text: string): void;
}

function wpc1258Text(printer: ThermalPrinter): CodePageText {
  return {
    select: () => printer.setCharacterSet(CharacterSet.WPC1258_VIETNAMESE),
    // The library encodes it with iconv's windows-1258, once it is in the shape that code page holds.
    line: (text) => printer.print(toCp1258Form(text)),
  };
}

function tcvn3Text(printer: ThermalPrinter): CodePageText {
  let page: Tcvn3Page = TCVN3_SMALL_PAGE;
  return {
    select: () => printer.add(Buffer.from([0x1b, 0x74, page])),
    line: (text) => {
      const encoded = tcvn3Bytes(text, page);
      page = encoded.page;
      printer.add(encoded.bytes);
    },
  };
}

/** Printed columns: one per letter, whatever its marks (NFC holds every Vietnamese letter as one character). */
const columnsOf = (text: string) => [...text.normalize('NFC')].length;

/** 1234567890 across the whole line: the last digit printed shows how many columns the paper holds. */
const ruler = (width: number) => Array.from({ length: width }, (_, index) => (index + 1) % 10).join('');

export function codePageWriter(printer: ThermalPrinter, options: EscPosOptions & { text: 'wpc1258' | 'tcvn3' }): BlockWriter {
  if (options.type !== 'epson') throw new Error(`${options.type} printers have no Vietnamese code page: print in 'raster' text mode`);
  const encoding = options.text === 'wpc1258' ? wpc1258Text(printer) : tcvn3Text(printer);
  encoding.select();

  function printText(block: TextBlock): void {
    const scale = SIZE_SCALE[block.size];
    const indent = ' '.repeat(columnsOf(block.marker));
    const columns = Math.floor(options.width / scale) - indent.length;
    if (block.align === 'center') printer.alignCenter();
    else printer.alignLeft();
    if (block.bold) printer.bold(true);
    if (scale > 1) printer.setTextSize(scale - 1, scale - 1);
    wrapWords(block.text, (line) => columnsOf(line) <= columns).forEach((line, index) => {
      encoding.line(`${index === 0 ? block.marker : indent}${line}`);
      printer.newLine();
    });
    if (scale > 1) printer.setTextSize(0, 0);
    if (block.bold) printer.bold(false);
  }

  return {
    async write(block) {
      switch (block.kind) {
        case 'text':
          return printText(block);
        case 'rule':
          return printer.drawLine();
        case 'feed':
          return printer.newLine();
        case 'ruler':
          return printer.println(ruler(options.width));
        case 'qr':
          return printQr(printer, options.type, block.data);
      }
    },
    async finish() {},
  };
}
