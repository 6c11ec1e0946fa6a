/**
 * The satisfaction dashboard for staff (a host page, 1366×768 and larger): sign-in, the range, the
 * headline figures, charts, the breakdowns with the queue's times beside the scores, what citizens
 * said, and the exports. Every rating redraws it within a second; the socket comes back by itself.
 */
import { useMemo, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { dashboardTranslator } from './dashboard-i18n.js';
import { ExportButtons } from './ExportButtons.js';
import { RangeBar } from './RangeBar.js';
import { ReportView } from './ReportView.js';
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
          {report !== null && <ReportView report={report} locale={locale} t={t} />}
        </main>
      )}
    </div>
  );
}
