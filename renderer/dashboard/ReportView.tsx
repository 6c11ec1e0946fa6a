/**
 * One satisfaction report laid out: the headline figures, the distribution and the trend, the
 * breakdowns per group, counter and procedure with the queue's times beside the scores, the SIPAS
 * criteria, the reasons ranked and the comments. The host's dashboard page and staff mode on the
 * kiosk both show it.
 */
import type { Locale } from '../../bridge/contract.js';
import type { SatisfactionReport } from '../../bridge/dashboard-protocol.js';
import { DistributionChart, TrendChart } from './Charts.js';
import type { DashboardTranslate } from './dashboard-i18n.js';
import { CommentsPanel, CriteriaPanel, ReasonsPanel } from './Feedback.js';
import { FiguresTable } from './FiguresTable.js';
import { IndexCards } from './IndexCards.js';

export function ReportView({ report, locale, t }: { report: SatisfactionReport; locale: Locale; t: DashboardTranslate }) {
  return (
    <>
      <div className="dash-range-label" data-testid="range-label">
        {report.range.from === report.range.to ? report.range.from : `${report.range.from} → ${report.range.to}`}
      </div>
      <IndexCards report={report} locale={locale} t={t} />
      <div className="dash-grid dash-grid--charts">
        <section className="dash-panel">
          <h2>{t('distribution')}</h2>
          <DistributionChart report={report} locale={locale} t={t} />
        </section>
        <section className="dash-panel">
          <h2>{t('trend')}</h2>
          <TrendChart report={report} t={t} />
        </section>
      </div>
      <div className="dash-grid">
        <FiguresTable
          title={t('byGroup')}
          testId="by-group"
          withTimes
          rows={report.byGroup.map((group) => ({ key: group.groupId, name: group.name[locale], figures: group }))}
          locale={locale}
          t={t}
        />
        <FiguresTable
          title={t('byCounter')}
          testId="by-counter"
          withTimes
          rows={report.byCounter.map((counter) => ({ key: String(counter.counter), name: t('counterN', { counter: counter.counter }), figures: counter }))}
          locale={locale}
          t={t}
        />
      </div>
      <div className="dash-grid">
        <FiguresTable
          title={t('byProcedure')}
          testId="by-procedure"
          withTimes={false}
          rows={report.byProcedure.map((procedure) => ({ key: procedure.procedureId ?? '-', name: procedure.name[locale], figures: procedure }))}
          locale={locale}
          t={t}
        />
        <CriteriaPanel report={report} locale={locale} t={t} />
      </div>
      <div className="dash-grid">
        <ReasonsPanel report={report} locale={locale} t={t} />
        <CommentsPanel report={report} locale={locale} t={t} />
      </div>
    </>
  );
}
