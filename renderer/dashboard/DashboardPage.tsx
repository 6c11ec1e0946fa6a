/**
 * The satisfaction dashboard for staff (a host page, 1366×768 and larger): sign-in, the range, the
 * headline figures, charts, the breakdowns with the queue's times beside the scores, what citizens
 * said, and the exports. Every rating redraws it within a second; the socket comes back by itself.
 */
import { useMemo, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { DistributionChart, TrendChart } from './Charts.js';
import { dashboardTranslator } from './dashboard-i18n.js';
import { ExportButtons } from './ExportButtons.js';
import { CommentsPanel, CriteriaPanel, ReasonsPanel } from './Feedback.js';
import { FiguresTable } from './FiguresTable.js';
import { IndexCards } from './IndexCards.js';
import { RangeBar } from './RangeBar.js';
import { SignInForm } from './SignInForm.js';
import { useDashboard } from './use-dashboard.js';

export function DashboardPage() {
  const [locale, setLocale] = useState<Locale>('vi');
  const t = useMemo(() => dashboardTranslator(locale), [locale]);
  const model = useDashboard();
  const { report } = model;
  const updatedAt = report && new Date(report.madeAt).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour12: false });

  return (
    <div className="dash" lang={locale}>
      <header className="dash-header">
        <div>
          <h1>{t('title')}</h1>
          <div className="dash-header__sub">{t('subtitle')}</div>
        </div>
        <div className="dash-header__actions">
          {model.status === 'signedIn' && updatedAt && (
            <span className="dash-live" data-testid="updated-at">
              <span className="dash-live__dot" aria-hidden="true" /> {t('live')} · {t('updatedAt', { time: updatedAt })}
            </span>
          )}
          <button type="button" className="dash-button dash-button--quiet" onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}>
            {t('language')}
          </button>
          {(model.status === 'signedIn' || model.status === 'lost') && (
            <button type="button" className="dash-button dash-button--quiet" data-testid="sign-out" onClick={model.signOut}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      {model.status === 'lost' && (
        <div className="dash-banner" role="status" data-testid="connection-lost">
          {t('connectionLost')}
        </div>
      )}
      {model.status === 'connecting' && <p className="dash-center dash-muted">{t('connecting')}</p>}
      {model.status === 'signIn' && <SignInForm kind={model.signInKind} onSignIn={model.signIn} disabled={false} locale={locale} t={t} />}
      {(model.status === 'signedIn' || model.status === 'lost') && model.today !== null && model.range !== null && (
        <main className="dash-main" data-screen="dashboard">
          <div className="dash-toolbar">
            <RangeBar today={model.today} choice={model.choice} range={model.range} onChange={model.watch} t={t} />
            <ExportButtons range={model.range} requestToken={model.exportToken} t={t} />
          </div>
          {report !== null && (
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
          )}
        </main>
      )}
    </div>
  );
}
