/**
 * The staff sign-in over the kiosk: whose account (tiles with names), then the PIN. Wrong PINs
 * are counted and the lockout shown as the runtime reports them; cancel goes back to the citizen.
 */
import { useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { MAX_WRONG_PINS } from '../../bridge/staff-limits.js';
import type { StaffAccountView, StaffModeView } from '../../bridge/staff-protocol.js';
import { Emblem } from '../components/Emblem.js';
import { Icon } from '../components/Icon.js';
import { PinPad } from './PinPad.js';
import { type StaffTranslate, roleName } from './staff-i18n.js';
import type { StaffCall } from './staff-panel.js';

type SignInView = Extract<StaffModeView, { stage: 'signIn' }>;

interface Props {
  view: SignInView;
  call: StaffCall;
  locale: Locale;
  onLocale(): void;
  t: StaffTranslate;
}

export function StaffSignIn({ view, call, locale, onLocale, t }: Props) {
  const [account, setAccount] = useState<StaffAccountView | null>(null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const locked = view.lockedUntil !== null;

  const submit = () => {
    if (account === null) return;
    setBusy(true);
    call({ type: 'signIn', accountId: account.id, pin })
      .catch((error: unknown) => console.warn(`[staff] sign-in not sent: ${String(error)}`))
      .finally(() => {
        setBusy(false);
        setPin('');
      });
  };

  return (
    <div className="staff staff--sign-in" data-testid="staff-sign-in" lang={locale}>
      <header className="staff-header">
        <Emblem className="staff-header__emblem" />
        <h1>{t('signInTitle')}</h1>
        <button type="button" className="staff-button staff-button--quiet" onClick={onLocale}>
          {t('language')}
        </button>
        <button type="button" className="staff-button" data-testid="staff-cancel" onClick={() => void call({ type: 'cancelSignIn' })}>
          {t('cancel')}
        </button>
      </header>
      <main className="staff-sign-in">
        {view.accounts.length === 0 && <p className="staff-note">{t('noAccounts')}</p>}
        {view.accounts.length > 0 && account === null && (
          <>
            <h2>{t('chooseAccount')}</h2>
            <div className="staff-accounts">
              {view.accounts.map((candidate) => (
                <button key={candidate.id} type="button" className="staff-account" data-testid={`account-${candidate.id}`} onClick={() => setAccount(candidate)}>
                  <Icon name="shield" />
                  <span className="staff-account__name">{candidate.name}</span>
                  <span className="staff-account__role">{roleName(candidate.role, t)}</span>
                </button>
              ))}
            </div>
          </>
        )}
        {account !== null && (
          <div className="staff-sign-in__pin">
            <h2>{t('enterPin', { name: account.name })}</h2>
            <PinPad pin={pin} onChange={setPin} onSubmit={submit} disabled={busy || locked} t={t} />
            <p className="staff-sign-in__message" role="status" data-testid="sign-in-message">
              {busy
                ? t('checking')
                : locked
                  ? t('lockedUntil', { time: new Date(view.lockedUntil ?? 0).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }) })
                  : view.lastError === 'wrongPin'
                    ? t('wrongPin', { count: view.wrongPins, max: MAX_WRONG_PINS })
                    : ''}
            </p>
            <button type="button" className="staff-button staff-button--quiet" onClick={() => setAccount(null)}>
              <Icon name="back" /> {t('back')}
            </button>
          </div>
        )}
      </main>
    </div>
  );
}
