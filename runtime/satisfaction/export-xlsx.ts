/**
 * The ratings of a range as an Excel workbook (exceljs): a summary sheet with the report's figures
 * and a sheet with one row per rating, in the same columns as the CSV.
 */
import ExcelJS from 'exceljs';
import type { IndexFigures, SatisfactionReport, ServiceTimes } from '../../bridge/dashboard-protocol.js';
import { type Cell, EXPORT_COLUMNS } from './statistics-rows.js';

export const SUMMARY_SHEET = 'Tổng hợp';
export const RATINGS_SHEET = 'Đánh giá';

const FIGURE_HEADERS = ['Số đánh giá (Ratings)', 'Chỉ số hài lòng, % (Index, %)', 'Điểm trung bình (Mean score)'];
const TIME_HEADERS = ['Lượt phục vụ (Served)', 'Chờ TB, phút (Mean wait)', 'Phục vụ TB, phút (Mean service)'];

export async function ratingsWorkbook(report: SatisfactionReport, rows: readonly Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  workbook.created = new Date(report.madeAt);
  addSummary(workbook.addWorksheet(SUMMARY_SHEET), report);
  const sheet = workbook.addWorksheet(RATINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRows(rows.map((row) => [...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSummary(sheet: ExcelJS.Worksheet, report: SatisfactionReport): void {
  sheet.columns = [{ width: 40 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const title = sheet.addRow([`Mức độ hài lòng từ ${report.range.from} đến ${report.range.to} (Satisfaction, ${report.range.from} to ${report.range.to})`]);
  title.font = { bold: true, size: 14 };
  sheet.addRow(['Chỉ số hài lòng: tỉ lệ đánh giá 4 hoặc 5 điểm (Index: share of ratings at 4 or 5)']);
  section(sheet, 'Toàn bộ (All)', ['', ...FIGURE_HEADERS, ...TIME_HEADERS], [['Bộ phận một cửa (Service point)', ...figures(report.overall), ...times(report.overall)]]);
  section(sheet, 'Phân bố điểm (Scores)', ['Điểm (Score)', 'Số đánh giá (Ratings)'], report.distribution.map((entry) => [entry.score, entry.count]));
  section(sheet, 'Theo ngày (Per day)', ['Ngày (Day)', ...FIGURE_HEADERS], report.daily.map((day) => [day.day, ...figures(day)]));
  section(sheet, 'Theo nhóm dịch vụ (Per group)', ['Nhóm (Group)', ...FIGURE_HEADERS, ...TIME_HEADERS], report.byGroup.map((group) => [group.name.vi, ...figures(group), ...times(group)]));
  section(sheet, 'Theo quầy (Per counter)', ['Quầy (Counter)', ...FIGURE_HEADERS, ...TIME_HEADERS], report.byCounter.map((counter) => [counter.counter, ...figures(counter), ...times(counter)]));
  section(sheet, 'Theo thủ tục (Per procedure)', ['Thủ tục (Procedure)', ...FIGURE_HEADERS], report.byProcedure.map((procedure) => [procedure.name.vi, ...figures(procedure)]));
  section(sheet, 'Tiêu chí (Criteria)', ['Tiêu chí (Criterion)', 'Số trả lời (Answered)', 'Điểm TB (Mean)'], report.criteria.map((criterion) => [criterion.label.vi, criterion.answered, round(criterion.mean, 2)]));
  section(sheet, 'Lý do chưa hài lòng (Reasons)', ['Lý do (Reason)', 'Số lần (Count)'], report.reasons.map((reason) => [reason.label.vi, reason.count]));
}

function section(sheet: ExcelJS.Worksheet, title: string, headers: Cell[], rows: Cell[][]): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true, size: 12 };
  sheet.addRow(headers).font = { bold: true };
  sheet.addRows(rows);
}

/** The index as a percentage number: it reads the same in every spreadsheet program. */
function figures(figures: IndexFigures): Cell[] {
  return [figures.ratings, figures.index === null ? null : round(figures.index * 100, 1), round(figures.meanScore, 2)];
}

function times(times: ServiceTimes): Cell[] {
  return [times.served, round(times.meanWaitMinutes, 1), round(times.meanServiceMinutes, 1)];
}

function round(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
