/**
 * CSV and XLSX downloads of the range shown. A plain link cannot carry the socket's sign-in, so
 * each click asks the host for a one-minute token first and then follows the link.
 */
import { useState } from 'react';
import { type DayRange, EXPORT_CSV_PATH, EXPORT_XLSX_PATH } from '../../bridge/dashboard-protocol.js';
import type { DashboardAnswer } from './dashboard-connection.js';
import type { DashboardTranslate } from './dashboard-i18n.js';

interface Props {
  range: DayRange;
  requestToken: () => Promise<DashboardAnswer>;
  t: DashboardTranslate;
}

export function ExportButtons({ range, requestToken, t }: Props) {
  const [failed, setFailed] = useState(false);
  const download = async (path: string) => {
    const reply = await requestToken();
    if (!reply.ok || !('exportToken' in reply)) {
      setFailed(true);
      return;
    }
    setFailed(false);
    const query = new URLSearchParams({ from: range.from, to: range.to, token: reply.exportToken.token });
    const link = document.createElement('a');
    link.href = `${path}?${query.toString()}`;
    link.download = '';
    link.click();
  };
  return (
    <div className="dash-export">
      <span className="dash-muted">{t('export')}:</span>
      <button type="button" className="dash-button" data-testid="export-csv" onClick={() => void download(EXPORT_CSV_PATH)}>
        {t('exportCsv')}
      </button>
      <button type="button" className="dash-button" data-testid="export-xlsx" onClick={() => void download(EXPORT_XLSX_PATH)}>
        {t('exportXlsx')}
      </button>
      {failed && <span className="dash-error">{t('exportFailed')}</span>}
    </div>
  );
}
