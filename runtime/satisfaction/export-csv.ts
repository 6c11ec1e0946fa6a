/**
 * The ratings of a range as CSV: UTF-8 with a byte-order mark (Excel then reads Vietnamese right),
 * CRLF line ends, and csv-stringify's quoting so a comment with commas, quotes or new lines stays
 * one cell.
 */
import { stringify } from 'csv-stringify/sync';
import { type Cell, EXPORT_COLUMNS } from './statistics-rows.js';

export function ratingsCsv(rows: readonly Cell[][]): Buffer {
  const text = stringify([EXPORT_COLUMNS.map((column) => column.header), ...rows], { bom: true, record_delimiter: 'windows' });
  return Buffer.from(text, 'utf8');
}
