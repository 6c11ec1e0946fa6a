/** The headline figures of the range: index, mean score, ratings, and the queue's mean times. */
import type { Locale } from '../../bridge/contract.js';
import type { SatisfactionReport } from '../../bridge/dashboard-protocol.js';
import { type DashboardTranslate, formatNumber, formatPercent } from './dashboard-i18n.js';

export function IndexCards({ report, locale, t }: { report: SatisfactionReport; locale: Locale; t: DashboardTranslate }) {
  const { overall } = report;
  const minutes = (value: number | null) => (value === null ? t('none') : t('minutes', { value: formatNumber(value, locale) }));
  return (
    <section className="dash-cards">
      <Card testId="card-index" title={t('indexCard')} value={overall.index === null ? t('none') : formatPercent(overall.index, locale)} hint={t('indexHint')} main />
      <Card testId="card-mean" title={t('meanCard')} value={overall.meanScore === null ? t('none') : `${formatNumber(overall.meanScore, locale, 2)} / 5`} />
      <Card testId="card-ratings" title={t('ratingsCard')} value={String(overall.ratings)} hint={t('servedHint', { served: overall.served })} />
      <Card testId="card-wait" title={t('waitCard')} value={minutes(overall.meanWaitMinutes)} />
      <Card testId="card-service" title={t('serviceCard')} value={minutes(overall.meanServiceMinutes)} />
    </section>
  );
}

function Card({ title, value, hint, main = false, testId }: { title: string; value: string; hint?: string; main?: boolean; testId: string }) {
  return (
    <div className={`dash-card${main ? ' dash-card--main' : ''}`}>
      <div className="dash-card__title">{title}</div>
      <div className="dash-card__value" data-testid={testId}>
        {value}
      </div>
      {hint !== undefined && <div className="dash-card__hint">{hint}</div>}
    </div>
  );
}
