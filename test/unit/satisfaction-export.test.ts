/**
 * The exports, made from ratings of tickets served through the real queue and kept by the real
 * rating store, then opened again: the CSV parsed by csv-parse, the workbook read by exceljs.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ratingsCsv } from '../../runtime/satisfaction/export-csv.js';
import { RATINGS_SHEET, SUMMARY_SHEET, ratingsWorkbook } from '../../runtime/satisfaction/export-xlsx.js';
import { RatingStore } from '../../runtime/satisfaction/rating-store.js';
import { statisticsNames } from '../../runtime/satisfaction/statistics-names.js';
import { EXPORT_COLUMNS } from '../../runtime/satisfaction/statistics-rows.js';
import { type StatisticsSource, exportRowsOf, reportOf } from '../../runtime/satisfaction/statistics-source.js';
import { CATALOGUE, DAY, ServicePointRig } from '../helpers/service-point-rig.js';

const TRICKY = 'Chờ lâu, "rất" lâu;\nlần sau mong nhanh hơn';
const RANGE = { from: DAY, to: DAY };

let rig: ServicePointRig;
let source: StatisticsSource;

/** Issue at `minute`, call 12 minutes later, start a minute after, finish after 6 more: wait 12, service 6. */
function serve(counter: number, serviceId: string, minute: number, procedureId: string | null = null): number {
  rig.at(minute).ticket(serviceId, { procedureId });
  rig.at(minute + 12);
  const id = rig.call(counter);
  rig.at(minute + 13);
  expect(rig.act(counter, { type: 'start', ticketId: id })).toEqual({ ok: true });
  rig.at(minute + 19);
  expect(rig.act(counter, { type: 'finish', ticketId: id })).toEqual({ ok: true });
  return id;
}

beforeEach(() => {
  rig = new ServicePointRig();
  const ratings = new RatingStore(rig.store, () => new Date(rig.clock));
  source = { ratings, store: rig.store, names: () => statisticsNames(rig.config, CATALOGUE), now: () => rig.clock };
  const first = serve(1, 'civil-status', 0, 'certified-copy');
  rig.at(20);
  expect(ratings.record(first, 'kiosk', { overall: 5, criteria: { officer: 5, time: 4 } }).ok).toBe(true);
  const second = serve(4, 'land', 30, 'building-permit');
  rig.at(50);
  expect(ratings.record(second, 'phone', { overall: 2, reasons: ['longWait', 'extraDocuments'], comment: TRICKY }).ok).toBe(true);
  serve(3, 'residence', 60); // served, never rated: counted in the times, not a row
});
afterEach(() => rig.close());

describe('the CSV export', () => {
  it('starts with a byte-order mark and holds one row per rating that reads back cell for cell', () => {
    const bytes = ratingsCsv(exportRowsOf(source, RANGE));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true }) as string[][];
    expect(records[0]).toEqual(EXPORT_COLUMNS.map((column) => column.header));
    expect(records).toHaveLength(3);
    const header = records[0]!;
    const cell = (row: number, name: string) => records[row]![header.findIndex((h) => h.startsWith(name))];
    // 08:00 plus the minutes above, Hà Nội time.
    expect(records[1]!.slice(0, 8)).toEqual(['2026-11-23', '08:20', 'A001', '1', 'Hộ tịch, chứng thực', 'certified-copy', 'Ki-ốt', '5']);
    expect(cell(1, 'Thái độ')).toBe('5');
    expect(cell(1, 'Thời gian giải quyết')).toBe('4');
    expect(cell(1, 'Tiếp cận')).toBe('');
    expect(cell(2, 'Số thứ tự')).toBe('C001');
    expect(cell(2, 'Kênh')).toBe('Điện thoại');
    expect(cell(2, 'Lý do')).toBe('Phải chờ đợi lâu; Bị yêu cầu bổ sung giấy tờ ngoài quy định');
    expect(cell(2, 'Góp ý')).toBe(TRICKY);
    expect(cell(2, 'Thời gian chờ')).toBe('12');
    expect(cell(2, 'Thời gian phục vụ')).toBe('6');
  });

  it('quotes the comment so its comma, quotes and new line stay inside one cell', () => {
    const text = ratingsCsv(exportRowsOf(source, RANGE)).toString('utf8');
    expect(text).toContain('"Chờ lâu, ""rất"" lâu;\nlần sau mong nhanh hơn"');
    expect(text.split('\r\n')).toHaveLength(4); // header, two rows, the final line end
  });
});

describe('the XLSX export', () => {
  async function open(): Promise<ExcelJS.Workbook> {
    const bytes = await ratingsWorkbook(reportOf(source, RANGE), exportRowsOf(source, RANGE));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  }

  it('has the ratings sheet with the same header and one row per rating, numbers as numbers', async () => {
    const sheet = (await open()).getWorksheet(RATINGS_SHEET)!;
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_COLUMNS.map((column) => column.header));
    const row = sheet.getRow(3);
    expect(row.getCell(3).value).toBe('C001');
    expect(row.getCell(4).value).toBe(4);
    expect(row.getCell(6).value).toBe('building-permit');
    expect(row.getCell(8).value).toBe(2);
    expect(row.getCell(EXPORT_COLUMNS.findIndex((c) => c.header.startsWith('Góp ý')) + 1).value).toBe(TRICKY);
    expect(row.getCell(EXPORT_COLUMNS.length - 1).value).toBe(12);
    expect(row.getCell(EXPORT_COLUMNS.length).value).toBe(6);
  });

  it('has a summary sheet with the index, the times of every served ticket and each group', async () => {
    const sheet = (await open()).getWorksheet(SUMMARY_SHEET)!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const after = (title: string) => rows[rows.findIndex((row) => row[0] === title) + 2];
    // One of two at 4 or 5: 50 %; mean 3.5; three served tickets, each waited 12 and was served 6 minutes.
    expect(after('Toàn bộ (All)')).toEqual(['Bộ phận một cửa (Service point)', 2, 50, 3.5, 3, 12, 6]);
    expect(after('Theo nhóm dịch vụ (Per group)')).toEqual(['Hộ tịch, chứng thực', 1, 100, 5, 1, 12, 6]);
    expect(rows.find((row) => row[0] === 'Phải chờ đợi lâu')).toEqual(['Phải chờ đợi lâu', 1]);
  });
});
