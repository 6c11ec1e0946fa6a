import { describe, expect, it } from 'vitest';
import { type EscPosOptions, printJobBytes } from '../../devices/printer/escpos-job.js';
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';
import { SLIP } from './printer/printer-fixtures.js';
import { commandBytes, describeRaster, hex, qrPayloads, rasterImages, tcvn3Text, wpc1258Text } from './escpos-bytes.js';

const REPRINT: TicketSlip = { ...SLIP, reprint: 'BẢN IN LẠI - REPRINT' };
const PRIORITY: TicketSlip = { ...SLIP, priority: 'ƯU TIÊN' };
const PRINTED_LINES = Object.values(SLIP).filter((value): value is string => typeof value === 'string' && value !== SLIP.statusUrl);

const ticket = (slip: TicketSlip, options: EscPosOptions) => printJobBytes({ kind: 'ticket', slip }, options);

describe('ticket bytes in a code page (EPSON)', () => {
  const decoders = { wpc1258: wpc1258Text, tcvn3: tcvn3Text };

  it.each(['wpc1258', 'tcvn3'] as const)('in %s: every line decodes back to the exact Vietnamese', async (text) => {
    const bytes = await ticket(REPRINT, { type: 'epson', width: 48, text });
    const decoded = decoders[text](bytes);
    for (const line of [...PRINTED_LINES, REPRINT.reprint]) expect(decoded).toContain(`${line}\n`);
    // No "?" for a letter the code page lacks (the QR's link has one of its own, before its token).
    expect(decoded.replace(REPRINT.statusUrl, '')).not.toContain('?');
  });

  it('selects the code page before any text: ESC t 52 for WPC1258, ESC t 30 for TCVN-3', async () => {
    expect(hex((await ticket(SLIP, { type: 'epson', width: 48, text: 'wpc1258' })).subarray(0, 3))).toBe('1b 74 34');
    expect(hex((await ticket(SLIP, { type: 'epson', width: 48, text: 'tcvn3' })).subarray(0, 3))).toBe('1b 74 1e');
  });

  it('prints the number four times as tall and wide (GS ! 0x33), then back to normal', async () => {
    const bytes = await ticket(SLIP, { type: 'epson', width: 48, text: 'wpc1258' });
    const number = bytes.indexOf(Buffer.from('A001\n'));
    expect(hex(bytes.subarray(number - 3, number))).toBe('1d 21 33');
    expect(hex(bytes.subarray(number + 5, number + 8))).toBe('1d 21 00');
  });

  it('marks a reprint at the top, large, and only a reprint', async () => {
    const reprint = wpc1258Text(await ticket(REPRINT, { type: 'epson', width: 48, text: 'wpc1258' }));
    const first = wpc1258Text(await ticket(SLIP, { type: 'epson', width: 48, text: 'wpc1258' }));
    expect(reprint.indexOf('BẢN IN LẠI - REPRINT')).toBeLessThan(reprint.indexOf('SỐ THỨ TỰ'));
    expect(reprint).toContain('\x1d\x21\x11BẢN IN LẠI - REPRINT');
    expect(first).not.toContain('REPRINT');
  });

  it('marks a priority ticket large right under its number, and only a priority ticket', async () => {
    const priority = wpc1258Text(await ticket(PRIORITY, { type: 'epson', width: 48, text: 'wpc1258' }));
    // The number (GS ! 0x33), then at once the mark, bold and twice as tall and wide (GS ! 0x11).
    expect(priority).toContain('A001\n\x1d\x21\x00\x1bE\x00\x1ba\x01\x1bE\x01\x1d\x21\x11ƯU TIÊN\n');
    expect(wpc1258Text(await ticket(SLIP, { type: 'epson', width: 48, text: 'wpc1258' }))).not.toContain('ƯU TIÊN');
  });

  it('refuses a STAR printer: STAR line mode has no Vietnamese code page', async () => {
    await expect(ticket(SLIP, { type: 'star', width: 48, text: 'wpc1258' })).rejects.toThrow(/raster/);
    await expect(ticket(SLIP, { type: 'star', width: 48, text: 'tcvn3' })).rejects.toThrow(/raster/);
  });
});

describe('ticket bytes in raster mode', () => {
  it.each(['epson', 'star'] as const)('on %s, sends no text as characters, only images of the paper width', async (type) => {
    const bytes = await ticket(REPRINT, { type, width: 48, text: 'raster' });
    const commands = commandBytes(bytes, type).toString('latin1');
    expect(commands).not.toMatch(/[A-Za-z\u00c0-\u1ef9]{3,}/);
    const images = rasterImages(bytes, type);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image.widthDots).toBe(576);
  });

  it('draws images 384 dots wide for 58 mm paper (32 columns)', async () => {
    for (const image of rasterImages(await ticket(SLIP, { type: 'epson', width: 32, text: 'raster' }), 'epson')) expect(image.widthDots).toBe(384);
  });

  it('draws the priority mark as an extra large line (68 dots)', async () => {
    const [first] = rasterImages(await ticket(SLIP, { type: 'epson', width: 48, text: 'raster' }), 'epson');
    const [priority] = rasterImages(await ticket(PRIORITY, { type: 'epson', width: 48, text: 'raster' }), 'epson');
    expect(priority!.heightDots - first!.heightDots).toBe(68);
  });

  it('draws the reprint mark as an extra line at the top (large: 68 dots)', async () => {
    const [first] = rasterImages(await ticket(SLIP, { type: 'epson', width: 48, text: 'raster' }), 'epson');
    const [reprint] = rasterImages(await ticket(REPRINT, { type: 'epson', width: 48, text: 'raster' }), 'epson');
    expect(reprint!.heightDots - first!.heightDots).toBe(68);
  });
});

describe('ticket bytes in every mode', () => {
  const modes: EscPosOptions[] = [
    { type: 'epson', width: 48, text: 'raster' },
    { type: 'star', width: 48, text: 'raster' },
    { type: 'epson', width: 48, text: 'wpc1258' },
    { type: 'epson', width: 48, text: 'tcvn3' },
  ];

  it.each(modes)('$type $text: the QR code carries the status URL, and the bytes end with a cut and a reset', async (options) => {
    const bytes = await ticket(SLIP, options);
    expect(qrPayloads(bytes, options.type).map((qr) => qr.text)).toEqual([SLIP.statusUrl]);
    // EPSON: GS V 0 (full cut) then ESC @; STAR: ESC d 2 (full cut) then ESC @.
    expect(hex(bytes.subarray(bytes.length - 5))).toBe(options.type === 'epson' ? '1d 56 00 1b 40' : '1b 64 02 1b 40');
  });

  it('refuses a status URL the QR command cannot carry (not ASCII)', async () => {
    await expect(ticket({ ...SLIP, statusUrl: 'https://motcua.example/t/Số-1' }, { type: 'epson', width: 48, text: 'raster' })).rejects.toThrow(/ASCII/);
  });

  it.each(modes)('$type $text: the same bytes every time (golden)', async (options) => {
    const bytes = await ticket(REPRINT, options);
    expect(await ticket(REPRINT, options)).toEqual(bytes);
    expect(options.text === 'raster' ? describeRaster(bytes, options.type) : hex(bytes)).toMatchSnapshot();
  });
});
