import { mkdir, writeFile } from 'node:fs/promises';
import { Duplex } from 'node:stream';
import { loadImage } from '@napi-rs/canvas';
import { afterEach, describe, expect, it } from 'vitest';
import { printJobBytes } from '../../../devices/printer/escpos-job.js';
import { STATUS_QUERIES, notReadyReason, parseStatusReplies } from '../../../devices/printer/escpos-status.js';
import { documentText } from '../../../hil/virtual-printer/printed-document.js';
import { renderDocumentPng } from '../../../hil/virtual-printer/render-png.js';
import { VirtualEscPosPrinter } from '../../../hil/virtual-printer/virtual-printer.js';
import { SLIP } from './printer-fixtures.js';

/** An in-memory cable to the virtual printer: bytes pushed in, replies collected. */
function cable(printer: VirtualEscPosPrinter) {
  const replies: number[] = [];
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      replies.push(...chunk);
      done();
    },
  });
  const detach = printer.attach(stream);
  return {
    replies,
    send: (...parts: Array<number[] | string | Uint8Array>) => {
      for (const part of parts) stream.push(typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part));
      // Data events are delivered asynchronously: let them through.
      return new Promise((resolve) => setImmediate(resolve));
    },
    unplug: () => {
      stream.destroy();
      return new Promise((resolve) => setImmediate(resolve));
    },
    detach,
  };
}

const STATUS = [...STATUS_QUERIES.printer, ...STATUS_QUERIES.offline, ...STATUS_QUERIES.error, ...STATUS_QUERIES.paper];
const PAPER_SENSOR = [0x1d, 0x72, 1];
const CUT = [0x1d, 0x56, 0];

async function statusOf(printer: VirtualEscPosPrinter) {
  const line = cable(printer);
  await line.send(STATUS);
  const [printerByte = 0, offline = 0, error = 0, paper = 0] = line.replies;
  const parsed = parseStatusReplies({ printer: printerByte, offline, error, paper });
  line.detach();
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.status;
}

let printer: VirtualEscPosPrinter;
afterEach(() => printer.stop());

describe('virtual printer: status replies', () => {
  it('answers DLE EOT 1-4 with valid status bytes the adapter reads as its state', async () => {
    printer = new VirtualEscPosPrinter();
    expect(notReadyReason(await statusOf(printer))).toBeNull();
    expect(await statusOf(printer)).toMatchObject({ online: true, paperNearEnd: false });

    printer.paperNearEnd();
    expect(notReadyReason(await statusOf(printer))).toBeNull();
    expect((await statusOf(printer)).paperNearEnd).toBe(true);

    printer.paperOut();
    expect(await statusOf(printer)).toMatchObject({ online: false, paperOut: true });
    expect(notReadyReason(await statusOf(printer))).toBe('paperOut');

    printer.refill();
    printer.openCover();
    expect(await statusOf(printer)).toMatchObject({ online: false, coverOpen: true, paperOut: false });
    expect(notReadyReason(await statusOf(printer))).toBe('coverOpen');
    printer.closeCover();
    expect(notReadyReason(await statusOf(printer))).toBeNull();
  });

  it('answers GS r 1 after the data before it (paper sensor bits), and not at all while stopped', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    await line.send('text\n', PAPER_SENSOR);
    expect(line.replies).toEqual([0x00]);
    printer.paperNearEnd();
    await line.send(PAPER_SENSOR);
    expect(line.replies).toEqual([0x00, 0x03]);
    printer.paperOut();
    await line.send(PAPER_SENSOR, STATUS_QUERIES.paper);
    expect(line.replies).toEqual([0x00, 0x03, 0x7e]);
  });

  it('a stalled printer takes bytes and answers nothing; unstalled, it catches up on them in order', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    printer.stall();
    await line.send(STATUS, 'held\n', CUT);
    expect(line.replies).toEqual([]);
    expect(printer.documents).toEqual([]);
    printer.unstall();
    expect(line.replies).toHaveLength(4);
    expect(printer.documents.map(documentText)).toEqual(['held']);
    await line.send(STATUS_QUERIES.printer);
    expect(line.replies).toHaveLength(5);
  });
});

describe('virtual printer: documents', () => {
  it('keeps each line with its alignment, weight and size; ESC @ resets them; a cut ends the document', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    await line.send([0x1b, 0x61, 1, 0x1b, 0x45, 1], 'Title\n', [0x1d, 0x21, 0x11], 'Big\n', [0x1b, 0x40], 'plain\n', CUT);
    const [document] = printer.documents;
    expect(document).toMatchObject({ cut: true, complete: true });
    expect(document!.lines.map(({ text, align, bold, width, height }) => ({ text, align, bold, width, height }))).toEqual([
      { text: 'Title', align: 'center', bold: true, width: 1, height: 1 },
      { text: 'Big', align: 'center', bold: true, width: 2, height: 2 },
      { text: 'plain', align: 'left', bold: false, width: 1, height: 1 },
    ]);
    expect(documentText(document!)).toBe('Title\nBig\nplain');
  });

  it('paper out mid-job: that document ends incomplete, the rest of the job never prints, the next job does', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    printer.paperOutAfterBytes(12);
    await line.send('first line\n', 'second line\n', 'third line\n');
    printer.refill(); // too late for this job: its remainder is dropped up to its cut
    await line.send('fourth line\n', CUT, 'next job\n', CUT);
    expect(printer.documents.map((document) => ({ text: documentText(document), complete: document.complete, cut: document.cut }))).toEqual([
      { text: 'first line', complete: false, cut: false },
      { text: 'next job', complete: true, cut: true },
    ]);
  });

  it('a job sent to a printer out of paper is dropped whole; its bytes are counted', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    printer.paperOut();
    await line.send('never\n', CUT);
    expect(printer.documents).toEqual([]);
    expect(printer.jobBytesReceived).toBe('never\n'.length + CUT.length);
  });

  it('a connection lost mid-document leaves it incomplete', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    await line.send('half a ticket\n');
    await line.unplug();
    expect(printer.documents).toMatchObject([{ complete: false, cut: false, lines: [{ text: 'half a ticket' }] }]);
  });

  it('keeps the QR payload and the raster image dots', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    const url = 'https://motcua.example/t/A001';
    await line.send(
      [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, 5],
      [0x1d, 0x28, 0x6b, url.length + 3, 0, 0x31, 0x50, 0x30],
      url,
      [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30],
      [0x1d, 0x76, 0x30, 0x00, 1, 0, 2, 0, 0xf0, 0x0f],
      CUT,
    );
    const [document] = printer.documents;
    expect(document!.qrCodes).toEqual([{ data: url, model: 2, moduleSize: 5, correction: 'L' }]);
    expect(document!.images).toEqual([{ width: 8, height: 2, bits: Buffer.from([0xf0, 0x0f]), scaleX: 1, scaleY: 1 }]);
  });

  it('STAR: a raster ticket comes out as whole images (bands joined), its QR, cut', async () => {
    printer = new VirtualEscPosPrinter({ type: 'star' });
    const line = cable(printer);
    await line.send(await printJobBytes({ kind: 'ticket', slip: SLIP }, { type: 'star', width: 48, text: 'raster' }));
    const [document] = printer.documents;
    expect(document).toMatchObject({ cut: true, complete: true, unknown: [], qrCodes: [{ data: SLIP.statusUrl }] });
    expect(document!.images.length).toBe(2);
    for (const image of document!.images) {
      expect(image.width).toBe(576);
      expect(image.height % 24).toBe(0);
    }
    // No blank lines between the bands: only the two line feeds of the cut's feed (VT VT) follow.
    expect(document!.lines).toHaveLength(2);
  });

  it('waitForDocument: a document already printed, one still to come, and a clear timeout', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    await line.send('one\n', CUT);
    expect(documentText(await printer.waitForDocument())).toBe('one');
    const two = printer.waitForDocument((document) => documentText(document) === 'two', 1_000);
    await line.send('two\n', CUT);
    expect(documentText(await two)).toBe('two');
    await expect(printer.waitForDocument((document) => documentText(document) === 'three', 50)).rejects.toThrow(/no matching document within 50 ms \(2 printed\)/);
  });
});

describe('virtual printer: picture of the paper', () => {
  it('renders a decoded ticket as a PNG one dot per pixel, 80 mm wide (written to test-artifacts/printer/)', async () => {
    printer = new VirtualEscPosPrinter();
    const line = cable(printer);
    await line.send(await printJobBytes({ kind: 'ticket', slip: SLIP }, { type: 'epson', width: 48, text: 'wpc1258' }));
    const png = await renderDocumentPng(printer.documents[0]!);
    await mkdir('test-artifacts/printer', { recursive: true });
    await writeFile('test-artifacts/printer/ticket-wpc1258.png', png);
    const image = await loadImage(png);
    expect(image.width).toBe(576 + 32);
    expect(image.height).toBeGreaterThan(600);
  });
});
