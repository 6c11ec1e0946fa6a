import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { printJobBytes } from '../../../devices/printer/escpos-job.js';
import { tcvn3Bytes } from '../../../devices/printer/escpos-tcvn3.js';
import { toCp1258Form } from '../../../domain/queue/cp1258-text.js';
import { type Dialect, type EscPosCommand, EscPosDecoder } from '../../../hil/virtual-printer/escpos-decoder.js';
import { decodeCodePage } from '../../../hil/virtual-printer/code-pages.js';
import { SLIP } from './printer-fixtures.js';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const decodeAll = (input: Buffer, dialect: Dialect = 'epson') => new EscPosDecoder(dialect).feed(input).map((decoded) => decoded.command);

/** Commands with consecutive text runs joined: how a stream is cut into chunks must not matter. */
function joined(commands: EscPosCommand[]): EscPosCommand[] {
  const out: EscPosCommand[] = [];
  for (const command of commands) {
    const last = out.at(-1);
    if (command.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', bytes: Buffer.concat([last.bytes, command.bytes]) };
    else out.push(command);
  }
  return out;
}

function inChunks(input: Buffer, size: number, dialect: Dialect = 'epson'): { commands: EscPosCommand[]; pending: number } {
  const decoder = new EscPosDecoder(dialect);
  const commands: EscPosCommand[] = [];
  for (let offset = 0; offset < input.length; offset += size) commands.push(...decoder.feed(input.subarray(offset, offset + size)).map((decoded) => decoded.command));
  return { commands: joined(commands), pending: decoder.pendingBytes };
}

const QR = 'https://motcua.example/t/A001';
const RASTER = bytes([0x1d, 0x76, 0x30, 0x00, 2, 0, 3, 0], [0xff, 0x00, 0x81, 0x42, 0x10, 0x1b]);

describe('ESC/POS decoder (EPSON)', () => {
  it.each<[string, Buffer, EscPosCommand[]]>([
    ['ESC @', bytes([0x1b, 0x40]), [{ kind: 'init' }]],
    ['ESC t 52', bytes([0x1b, 0x74, 52]), [{ kind: 'codePage', page: 52 }]],
    ['ESC a 1 / ESC a 50', bytes([0x1b, 0x61, 1, 0x1b, 0x61, 50]), [{ kind: 'align', align: 'center' }, { kind: 'align', align: 'right' }]],
    ['ESC E 1 / 0', bytes([0x1b, 0x45, 1, 0x1b, 0x45, 0]), [{ kind: 'bold', on: true }, { kind: 'bold', on: false }]],
    ['GS ! 0x33', bytes([0x1d, 0x21, 0x33]), [{ kind: 'size', width: 4, height: 4 }]],
    ['GS ! 0x10', bytes([0x1d, 0x21, 0x10]), [{ kind: 'size', width: 2, height: 1 }]],
    ['ESC ! 0x38', bytes([0x1b, 0x21, 0x38]), [{ kind: 'printMode', bold: true, width: 2, height: 2 }]],
    ['text and LF', bytes('Ab 1\n'), [{ kind: 'text', bytes: Buffer.from('Ab 1') }, { kind: 'lineFeed' }]],
    ['ESC d 4', bytes([0x1b, 0x64, 4]), [{ kind: 'feed', lines: 4 }]],
    ['GS V 0 / GS V 1', bytes([0x1d, 0x56, 0, 0x1d, 0x56, 1]), [{ kind: 'cut', partial: false }, { kind: 'cut', partial: true }]],
    ['GS V 65 n / GS V 66 n', bytes([0x1d, 0x56, 65, 3, 0x1d, 0x56, 66, 3]), [{ kind: 'cut', partial: false }, { kind: 'cut', partial: true }]],
    ['DLE EOT 1-4', bytes([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 3, 0x10, 0x04, 4]), [1, 2, 3, 4].map((n) => ({ kind: 'statusQuery', n }) as EscPosCommand)],
    ['GS r 1 / GS r 49', bytes([0x1d, 0x72, 1, 0x1d, 0x72, 49]), [{ kind: 'sensorQuery', n: 1 }, { kind: 'sensorQuery', n: 1 }]],
    [
      'GS ( k QR: model, size, correction, store, print',
      bytes([0x1d, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0], [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, 6], [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31], [0x1d, 0x28, 0x6b, QR.length + 3, 0, 0x31, 0x50, 0x30], QR, [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30]),
      [
        { kind: 'qrSetting', setting: 'model', value: 0x32 },
        { kind: 'qrSetting', setting: 'moduleSize', value: 6 },
        { kind: 'qrSetting', setting: 'correction', value: 0x31 },
        { kind: 'qrStore', data: Buffer.from(QR) },
        { kind: 'qrPrint' },
      ],
    ],
    ['GS v 0: a 16 x 3 raster image', RASTER, [{ kind: 'raster', width: 16, height: 3, bits: Buffer.from([0xff, 0x00, 0x81, 0x42, 0x10, 0x1b]), scaleX: 1, scaleY: 1, band: false }]],
    ['ESC 3 n, ESC - n, ESC M n (no effect on text)', bytes([0x1b, 0x33, 30, 0x1b, 0x2d, 1, 0x1b, 0x4d, 0]), [{ kind: 'ignored', name: 'line spacing' }, { kind: 'ignored', name: 'underline' }, { kind: 'ignored', name: 'font' }]],
  ])('%s', (_name, input, expected) => {
    expect(decodeAll(input)).toEqual(expected);
  });

  it('image data is taken by its length, never as commands (a DLE EOT inside it is not a query)', () => {
    const image = bytes([0x1d, 0x76, 0x30, 0x00, 3, 0, 1, 0], [0x10, 0x04, 0x01]);
    expect(decodeAll(image).map((command) => command.kind)).toEqual(['raster']);
  });

  it('an unknown command is reported by its first bytes and skipped; what follows still decodes', () => {
    expect(decodeAll(bytes([0x1b, 0x01], 'ok\n', [0x1d, 0x99], [0x07]))).toEqual([
      { kind: 'unknown', bytes: Buffer.from([0x1b, 0x01]) },
      { kind: 'text', bytes: Buffer.from('ok') },
      { kind: 'lineFeed' },
      { kind: 'unknown', bytes: Buffer.from([0x1d, 0x99]) },
      { kind: 'unknown', bytes: Buffer.from([0x07]) },
    ]);
  });

  it('a command split across chunks waits for its last byte', () => {
    const decoder = new EscPosDecoder();
    expect(decoder.feed(RASTER.subarray(0, 9))).toEqual([]);
    expect(decoder.pendingBytes).toBe(9);
    expect(decoder.feed(RASTER.subarray(9)).map((decoded) => decoded.command.kind)).toEqual(['raster']);
    expect(decoder.pendingBytes).toBe(0);
  });

  it.each(['wpc1258', 'tcvn3', 'raster'] as const)('a whole %s ticket decodes the same in chunks of 1, 7 and 4096 bytes', async (text) => {
    const ticket = await printJobBytes({ kind: 'ticket', slip: SLIP }, { type: 'epson', width: 48, text });
    const whole = inChunks(ticket, ticket.length);
    expect(whole.pending).toBe(0);
    expect(whole.commands.filter((command) => command.kind === 'unknown')).toEqual([]);
    for (const size of [1, 7, 4096]) expect(inChunks(ticket, size)).toEqual(whole);
  });

  it('declared data too long to be real is reported unknown instead of waited for', () => {
    const absurd = bytes([0x1d, 0x38, 0x4c, 0xff, 0xff, 0xff, 0x7f]);
    expect(decodeAll(absurd)).toEqual([{ kind: 'unknown', bytes: absurd }]);
  });

  it('random bytes never throw, and what it holds back stays small', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (const dialect of ['epson', 'star'] as const) {
      const decoder = new EscPosDecoder(dialect);
      for (let round = 0; round < 200; round += 1) {
        const chunk = Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
        expect(() => decoder.feed(chunk)).not.toThrow();
      }
    }
  });
});

describe('ESC/POS decoder (STAR line mode, as node-thermal-printer writes it)', () => {
  it.each<[string, Buffer, EscPosCommand[]]>([
    ['ESC E / ESC F bold', bytes([0x1b, 0x45, 0x1b, 0x46]), [{ kind: 'bold', on: true }, { kind: 'bold', on: false }]],
    ['ESC i 1 2 size', bytes([0x1b, 0x69, 1, 2]), [{ kind: 'size', width: 3, height: 2 }]],
    ['ESC GS a 1 align', bytes([0x1b, 0x1d, 0x61, 1]), [{ kind: 'align', align: 'center' }]],
    ['ESC GS t 32 code page', bytes([0x1b, 0x1d, 0x74, 32]), [{ kind: 'codePage', page: 32 }]],
    ['ESC d 2 / 3 cut', bytes([0x1b, 0x64, 2, 0x1b, 0x64, 3]), [{ kind: 'cut', partial: false }, { kind: 'cut', partial: true }]],
    ['VT feeds a line', bytes([0x0b]), [{ kind: 'feed', lines: 1 }]],
    ['ESC 0, ESC z 1 line spacing', bytes([0x1b, 0x30, 0x1b, 0x7a, 1]), [{ kind: 'ignored', name: 'line spacing 1/8 inch' }, { kind: 'ignored', name: 'line spacing' }]],
    ['ESC k: a 24-dot band', bytes([0x1b, 0x6b, 1, 0], Buffer.alloc(24, 0x80).toString('latin1')), [{ kind: 'raster', width: 8, height: 24, bits: Buffer.alloc(24, 0x80), scaleX: 1, scaleY: 1, band: true }]],
    [
      'ESC GS y QR: model, correction, size, data, print',
      bytes([0x1b, 0x1d, 0x79, 0x53, 0x30, 2], [0x1b, 0x1d, 0x79, 0x53, 0x31, 1], [0x1b, 0x1d, 0x79, 0x53, 0x32, 6], [0x1b, 0x1d, 0x79, 0x44, 0x31, 0x00, QR.length, 0], QR, [0x1b, 0x1d, 0x79, 0x50]),
      [
        { kind: 'qrSetting', setting: 'model', value: 2 },
        { kind: 'qrSetting', setting: 'correction', value: 1 },
        { kind: 'qrSetting', setting: 'moduleSize', value: 6 },
        { kind: 'qrStore', data: Buffer.from(QR) },
        { kind: 'qrPrint' },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(decodeAll(input, 'star')).toEqual(expected);
  });

  it('a whole STAR raster ticket decodes the same in chunks of 1 and 4096 bytes, nothing unknown', async () => {
    const ticket = await printJobBytes({ kind: 'ticket', slip: SLIP }, { type: 'star', width: 48, text: 'raster' });
    const whole = inChunks(ticket, ticket.length, 'star');
    expect(whole.commands.filter((command) => command.kind === 'unknown')).toEqual([]);
    expect(inChunks(ticket, 1, 'star')).toEqual(whole);
    expect(inChunks(ticket, 4096, 'star')).toEqual(whole);
  });
});

/** Every Vietnamese letter, small and capital, with every tone. */
const VIETNAMESE =
  'aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ ' +
  'AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ UÙỦŨÚỤ ƯỪỬỮỨỰ YỲỶỸÝỴ Đ';

describe('code pages', () => {
  it('WPC1258 (ESC t 52): the Vietnamese alphabet as the printer gets it decodes back exactly (NFC)', () => {
    const sent = iconv.encode(toCp1258Form(VIETNAMESE), 'win1258');
    expect(decodeCodePage(sent, 52, 'epson')).toBe(VIETNAMESE);
  });

  it('TCVN-3 (ESC t 30 and 31): the alphabet decodes back exactly across the page switches', () => {
    const { bytes: sent } = tcvn3Bytes(VIETNAMESE, 30);
    const decoded = inChunks(sent, 3).commands.reduce(
      (state, command) => {
        if (command.kind === 'codePage') return { ...state, page: command.page };
        if (command.kind === 'text') return { ...state, text: state.text + decodeCodePage(command.bytes, state.page, 'epson') };
        return state;
      },
      { page: 30, text: '' },
    );
    expect(decoded.text).toBe(VIETNAMESE);
  });

  it('bytes of a code page it does not know come out as U+FFFD, ASCII as itself', () => {
    expect(decodeCodePage(Buffer.from([0x41, 0xe9, 0x42]), 0, 'epson')).toBe('A\ufffdB');
    expect(decodeCodePage(Buffer.from([0x41, 0xe9]), 32, 'star')).toBe('Aé');
  });
});
