/**
 * Staff mode over the kiosk's screen: the sign-in, then the staff screens by tab, those of an
 * admin's only for admins. Every touch keeps staff mode open (the runtime closes it after 2
 * minutes without one); signing out, or the timeout, gives the screen back to citizens.
 */
import { type ReactNode, useRef, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { StaffModeView, StaffRole } from '../../bridge/staff-protocol.js';
import { Emblem } from '../components/Emblem.js';
import { AuditPanel } from './AuditPanel.js';
import { AccountsPanel } from './config/AccountsPanel.js';
import { ConfigPanel } from './config/ConfigPanel.js';
import { DayPanel } from './DayPanel.js';
import { DevicesPanel } from './devices/DevicesPanel.js';
import { QuestionsPanel } from './questions/QuestionsPanel.js';
import { StaffSignIn } from './StaffSignIn.js';
import { StatisticsPanel } from './StatisticsPanel.js';
import { roleName, staffTranslator } from './staff-i18n.js';
import type { StaffCall, StaffPanelProps } from './staff-panel.js';
import './staff.css';

/** A touch is reported at most this often: enough for a 2-minute timeout, quiet on the bridge. */
const TOUCH_EVERY_MS = 10_000;

interface Tab {
  id: string;
  label: 'tabDay' | 'tabDevices' | 'tabStatistics' | 'tabQuestions' | 'tabConfig' | 'tabAccounts' | 'tabAudit';
  role: StaffRole;
  panel: (props: StaffPanelProps) => ReactNode;
}

const TABS: Tab[] = [
  { id: 'day', label: 'tabDay', role: 'operator', panel: (props) => <DayPanel {...props} /> },
  { id: 'devices', label: 'tabDevices', role: 'operator', panel: (props) => <DevicesPanel {...props} /> },
  { id: 'statistics', label: 'tabStatistics', role: 'operator', panel: (props) => <StatisticsPanel {...props} /> },
  { id: 'questions', label: 'tabQuestions', role: 'operator', panel: (props) => <QuestionsPanel {...props} /> },
  { id: 'config', label: 'tabConfig', role: 'admin', panel: (props) => <ConfigPanel {...props} /> },
  { id: 'accounts', label: 'tabAccounts', role: 'admin', panel: (props) => <AccountsPanel {...props} /> },
  { id: 'audit', label: 'tabAudit', role: 'admin', panel: (props) => <AuditPanel {...props} /> },
];

export function StaffApp({ view, call }: { view: StaffModeView; call: StaffCall }) {
  const [locale, setLocale] = useState<Locale>('vi');
  const [tabId, setTabId] = useState('day');
  const lastTouch = useRef(0);
  const t = staffTranslator(locale);
  const toggleLocale = () => setLocale(locale === 'vi' ? 'en' : 'vi');

  if (view.stage === 'signIn') return <StaffSignIn view={view} call={call} locale={locale} onLocale={toggleLocale} t={t} />;

  const { account } = view;
  const tabs = TABS.filter((tab) => tab.role === 'operator' || account.role === 'admin');
  const tab = tabs.find((candidate) => candidate.id === tabId) ?? tabs[0];
  const touched = () => {
    const now = Date.now();
    if (now - lastTouch.current < TOUCH_EVERY_MS) return;
    lastTouch.current = now;
    call({ type: 'touch' }).catch((error: unknown) => console.warn(`[staff] touch not sent: ${String(error)}`));
  };

  return (
    <div className="staff" lang={locale} data-testid="staff-mode" onPointerDownCapture={touched}>
      <header className="staff-header">
        <Emblem className="staff-header__emblem" />
        <div className="staff-header__title">
          <h1>{t('title')}</h1>
          <span className="staff-header__who" data-testid="staff-who">
            {account.name} · {roleName(account.role, t)}
          </span>
        </div>
        <span className="staff-note staff-header__idle">{t('idleNote')}</span>
        <button type="button" className="staff-button staff-button--quiet" onClick={toggleLocale}>
          {t('language')}
        </button>
        <button type="button" className="staff-button" data-testid="staff-sign-out" onClick={() => void call({ type: 'signOut' })}>
          {t('signOut')}
        </button>
      </header>
      <nav className="staff-tabs" aria-label={t('title')}>
        {tabs.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            className={`staff-tab${candidate === tab ? ' staff-tab--on' : ''}`}
            aria-current={candidate === tab ? 'page' : undefined}
            data-testid={`tab-${candidate.id}`}
            onClick={() => setTabId(candidate.id)}
          >
            {t(candidate.label)}
          </button>
        ))}
      </nav>
      <main className="staff-main">{tab?.panel({ call, locale, revision: view.revision, account })}</main>
    </div>
  );
}
