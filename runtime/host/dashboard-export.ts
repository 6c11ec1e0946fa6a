/**
 * The satisfaction exports over plain GET (`/satisfaction/export.csv` and `.xlsx`, with `from`,
 * `to` and a one-minute `token` the dashboard's socket gave), so the browser downloads them as
 * files with a name that says what they hold.
 */
import type { ServerResponse } from 'node:http';
import { EXPORT_CSV_PATH, EXPORT_XLSX_PATH, dayRangeSchema } from '../../bridge/dashboard-protocol.js';
import { ratingsCsv } from '../satisfaction/export-csv.js';
import { ratingsWorkbook } from '../satisfaction/export-xlsx.js';
import { type StatisticsSource, exportRowsOf, reportOf } from '../satisfaction/statistics-source.js';
import type { Logger } from '../log.js';
import type { DashboardAccess } from './dashboard-access.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface DashboardExportOptions {
  access: Pick<DashboardAccess, 'canExport'>;
  source: StatisticsSource;
  logger: Logger;
}

/** Answers the request when it is for an export and returns true; false leaves it to the next handler. */
export function serveDashboardExport(url: URL, res: ServerResponse, options: DashboardExportOptions): boolean {
  const kind = url.pathname === EXPORT_CSV_PATH ? 'csv' : url.pathname === EXPORT_XLSX_PATH ? 'xlsx' : null;
  if (kind === null) return false;
  if (!options.access.canExport(url.searchParams.get('token') ?? '')) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Phiên tải xuống đã hết hạn. / The download link has expired.');
    return true;
  }
  const range = dayRangeSchema.safeParse({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  if (!range.success) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Khoảng ngày không hợp lệ. / The date range is not valid.');
    return true;
  }
  const { from, to } = range.data;
  const filename = `danh-gia-hai-long_${from}_${to}.${kind}`;
  const headers = { 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' };
  const rows = exportRowsOf(options.source, range.data);
  if (kind === 'csv') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8' }).end(ratingsCsv(rows));
    return true;
  }
  ratingsWorkbook(reportOf(options.source, range.data), rows).then(
    (bytes) => res.writeHead(200, { ...headers, 'Content-Type': XLSX_TYPE }).end(bytes),
    (error: unknown) => {
      options.logger.error(`dashboard export: ${error instanceof Error ? error.message : String(error)}`);
      res.writeHead(500).end();
    },
  );
  return true;
}
