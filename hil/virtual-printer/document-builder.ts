/**
 * Decoded commands to printed documents, the way a printer's state machine would: a style (code
 * page, alignment, bold, size) that commands change and ESC @ resets, a line buffer printed at
 * each line feed, QR data stored then printed, and a document per cut.
 *
 * A printer that stops (paper out, cover open) ends the document it was printing, incomplete,
 * and the rest of that job, up to its cut, never reaches paper, even if the printer is fixed
 * before the job's last byte arrives. A job that reaches a stopped printer is dropped the same way.
 */
import { decodeCodePage } from './code-pages.js';
import type { Align, Dialect, EscPosCommand } from './escpos-decoder.js';
import type { DocumentPart, PrintedDocument, PrintedImage, PrintedLine, PrintedQr } from './printed-document.js';

interface Style {
  page: number;
  align: Align;
  bold: boolean;
  width: number;
  height: number;
}

const DEFAULT_STYLE: Style = { page: 0, align: 'left', bold: false, width: 1, height: 1 };
const CORRECTIONS = ['L', 'M', 'Q', 'H'] as const;
/** Shown per document at most: enough to see what the decoder missed. */
const MAX_UNKNOWN = 32;

interface OpenDocument {
  parts: DocumentPart[];
  unknown: string[];
}

export class DocumentBuilder {
  private style: Style = { ...DEFAULT_STYLE };
  private qr: { model: number; moduleSize: number; correction: number; data: Buffer } = { model: 2, moduleSize: 3, correction: 0, data: Buffer.alloc(0) };
  private document: OpenDocument | null = null;
  /** The line being filled: its text in code-page runs, and its style at its first letter. */
  private segments: { page: number; bytes: Buffer }[] = [];
  private lineStyle: Style | null = null;
  /** The last STAR band printed, which the next band continues... */
  private lastBand: PrintedImage | null = null;
  /** ...and the line feed after a band, which only moves the paper past it. */
  private bandFeedDue = false;
  /** Skipping the rest of a job the printer stopped in (or that came while stopped), up to its cut. */
  private discarding = false;
  private stopped = false;
  /** Unknown commands outside any document (e.g. between jobs). */
  readonly strayUnknown: string[] = [];

  constructor(
    private readonly dialect: Dialect,
    private readonly onDocument: (document: PrintedDocument) => void,
  ) {}

  apply(command: EscPosCommand): void {
    switch (command.kind) {
      case 'init':
        this.style = { ...DEFAULT_STYLE };
        this.clearLine();
        return;
      case 'codePage':
        this.style.page = command.page;
        return;
      case 'align':
        this.style.align = command.align;
        return;
      case 'bold':
        this.style.bold = command.on;
        return;
      case 'size':
        this.style.width = command.width;
        this.style.height = command.height;
        return;
      case 'printMode':
        this.style = { ...this.style, bold: command.bold, width: command.width, height: command.height };
        return;
      case 'text':
        if (!this.printing()) return;
        this.lastBand = null;
        this.bandFeedDue = false;
        this.lineStyle ??= { ...this.style };
        this.segments.push({ page: this.style.page, bytes: command.bytes });
        return;
      case 'lineFeed':
        if (this.bandFeedDue) {
          this.bandFeedDue = false;
          return;
        }
        if (!this.printing()) return;
        this.lastBand = null;
        this.commitLine();
        return;
      case 'feed':
        if (!this.printing()) return;
        this.lastBand = null;
        if (this.segments.length > 0) this.commitLine();
        for (let line = 0; line < command.lines; line += 1) this.commitLine();
        return;
      case 'cut':
        return this.cut();
      case 'qrSetting':
        if (command.setting === 'correction') this.qr.correction = command.value % 48;
        else this.qr[command.setting] = command.setting === 'model' ? command.value % 48 : command.value;
        return;
      case 'qrStore':
        this.qr.data = command.data;
        return;
      case 'qrPrint':
        return this.printQr();
      case 'raster':
        return this.printImage(command);
      case 'unknown':
        this.noteUnknown(command.bytes);
        return;
      case 'ignored':
      case 'statusQuery':
      case 'sensorQuery':
        return;
    }
  }

  /** The printer stopped (paper out, cover open): what it was printing ends here, incomplete. */
  stop(): void {
    this.stopped = true;
    if (this.document === null) return;
    this.clearLine();
    this.finish(false, false);
    this.discarding = true;
  }

  /** The printer can print again (the stopped job stays dropped up to its cut). */
  resume(): void {
    this.stopped = false;
  }

  /** The connection ended: a document still open never got its end. */
  end(): void {
    this.clearLine();
    if (this.document !== null) this.finish(false, false);
    this.discarding = false;
  }

  /** Whether content now reaches paper; opens a document for it if so. */
  private printing(): boolean {
    if (this.discarding) return false;
    if (this.stopped) {
      this.discarding = true;
      return false;
    }
    this.document ??= { parts: [], unknown: [] };
    return true;
  }

  private cut(): void {
    if (this.discarding) {
      this.discarding = false;
      this.clearLine();
      return;
    }
    if (this.document === null) return;
    if (this.segments.length > 0) this.commitLine();
    this.finish(true, true);
  }

  private commitLine(): void {
    const style = this.lineStyle ?? this.style;
    const raw = Buffer.concat(this.segments.map((segment) => segment.bytes));
    const text = this.segments.map((segment) => decodeCodePage(segment.bytes, segment.page, this.dialect)).join('').normalize('NFC');
    const line: PrintedLine = { text, raw, align: style.align, bold: style.bold, width: style.width, height: style.height };
    this.document?.parts.push({ kind: 'line', line });
    this.clearLine();
  }

  private printQr(): void {
    if (!this.printing()) return;
    if (this.segments.length > 0) this.commitLine();
    this.lastBand = null;
    this.bandFeedDue = false;
    const qr: PrintedQr = {
      data: this.qr.data.toString('utf8'),
      model: this.qr.model,
      moduleSize: this.qr.moduleSize,
      correction: CORRECTIONS[this.qr.correction] ?? 'L',
    };
    this.document?.parts.push({ kind: 'qr', qr, align: this.style.align });
  }

  private printImage(command: Extract<EscPosCommand, { kind: 'raster' }>): void {
    if (!this.printing()) return;
    if (this.segments.length > 0) this.commitLine();
    const { width, height, bits, scaleX, scaleY } = command;
    const previous = this.lastBand;
    this.bandFeedDue = command.band;
    if (command.band && previous !== null && previous.width === width) {
      // STAR sends a tall image as 24-dot bands: one image again on paper.
      previous.bits = Buffer.concat([previous.bits, bits]);
      previous.height += height;
      return;
    }
    const image: PrintedImage = { width, height, bits, scaleX, scaleY };
    this.document?.parts.push({ kind: 'image', image, align: this.style.align });
    this.lastBand = command.band ? image : null;
  }

  private noteUnknown(bytes: Buffer): void {
    const list = this.document?.unknown ?? this.strayUnknown;
    if (list.length < MAX_UNKNOWN) list.push(bytes.toString('hex'));
  }

  private clearLine(): void {
    this.segments = [];
    this.lineStyle = null;
  }

  private finish(cut: boolean, complete: boolean): void {
    const open = this.document;
    if (open === null) return;
    this.document = null;
    this.lastBand = null;
    this.bandFeedDue = false;
    const pick = <K extends DocumentPart['kind']>(kind: K) => open.parts.filter((part): part is Extract<DocumentPart, { kind: K }> => part.kind === kind);
    this.onDocument({
      parts: open.parts,
      lines: pick('line').map((part) => part.line),
      qrCodes: pick('qr').map((part) => part.qr),
      images: pick('image').map((part) => part.image),
      cut,
      complete,
      unknown: open.unknown,
      endedAt: new Date(),
    });
  }
}
