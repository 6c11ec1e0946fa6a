/** Index, mean score and (where the queue knows them) times per counter, group or procedure. */
import type { Locale } from '../../bridge/contract.js';
import type { IndexFigures, ServiceTimes } from '../../bridge/dashboard-protocol.js';
import { type DashboardTranslate, formatNumber, formatPercent } from './dashboard-i18n.js';

export interface FiguresRow {
  key: string;
  name: string;
  figures: IndexFigures & Partial<ServiceTimes>;
}

interface Props {
  title: string;
  rows: FiguresRow[];
  withTimes: boolean;
  testId: string;
  locale: Locale;
  t: DashboardTranslate;
}

export function FiguresTable({ title, rows, withTimes, testId, locale, t }: Props) {
  const or = (value: number | null | undefined, show: (value: number) => string) => (value === null || value === undefined ? t('none') : show(value));
  const minutes = (value: number) => t('minutes', { value: formatNumber(value, locale) });
  return (
    <section className="dash-panel">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="dash-muted">{t('noRows')}</p>
      ) : (
        <table className="dash-table" data-testid={testId}>
          <thead>
            <tr>
              <th>{t('colName')}</th>
              <th>{t('colRatings')}</th>
              <th>{t('colIndex')}</th>
              <th>{t('colMean')}</th>
              {withTimes && (
                <>
                  <th>{t('colServed')}</th>
                  <th>{t('colWait')}</th>
                  <th>{t('colService')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, name, figures }) => (
              <tr key={key} data-row={key}>
                <th scope="row">{name}</th>
                <td>{figures.ratings}</td>
                <td className={indexClass(figures.index)}>{or(figures.index, (value) => formatPercent(value, locale))}</td>
                <td>{or(figures.meanScore, (value) => formatNumber(value, locale, 2))}</td>
                {withTimes && (
                  <>
                    <td>{figures.served ?? 0}</td>
                    <td>{or(figures.meanWaitMinutes, minutes)}</td>
                    <td>{or(figures.meanServiceMinutes, minutes)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A low index stands out: what staff should look at first. */
function indexClass(index: number | null): string {
  if (index === null) return '';
  return index < 0.6 ? 'dash-low' : index >= 0.9 ? 'dash-high' : '';
}
