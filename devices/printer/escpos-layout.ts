/**
 * What a printed job is made of, in terms every text mode can print: the ticket, the test page
 * and the checklist are laid out once in these blocks, and a writer per text mode turns them into
 * printer commands (characters in a code page, or images of the text).
 */
export type TextSize = 'normal' | 'large' | 'huge';

/** How many times wider and taller than normal text each size prints. */
export const SIZE_SCALE: Record<TextSize, number> = { normal: 1, large: 2, huge: 4 };

export interface TextBlock {
  kind: 'text';
  text: string;
  size: TextSize;
  bold: boolean;
  align: 'left' | 'center';
  /** Leads the first line (a list number, "1. "); the wrapped lines after it hang under the text. */
  marker: string;
}

export type Block =
  | TextBlock
  /** A line across the paper between sections. */
  | { kind: 'rule' }
  /** An empty line. */
  | { kind: 'feed' }
  /** Marks along the whole printable width, to check the paper width setting (test page). */
  | { kind: 'ruler' }
  /** A QR code, centred; the data is a URL (printable ASCII). */
  | { kind: 'qr'; data: string };

export function text(content: string, style: Partial<Omit<TextBlock, 'kind' | 'text'>> = {}): TextBlock {
  return { kind: 'text', text: content, size: 'normal', bold: false, align: 'left', marker: '', ...style };
}

export const RULE: Block = { kind: 'rule' };
export const FEED: Block = { kind: 'feed' };
