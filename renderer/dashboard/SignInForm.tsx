/** Sign in with the dashboard's PIN, or a counter's number and PIN where no dashboard PIN is set. */
import { type FormEvent, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { DashboardSignInKind } from '../../bridge/dashboard-protocol.js';
import type { DashboardAnswer } from './dashboard-connection.js';
import type { DashboardTranslate } from './dashboard-i18n.js';

interface Props {
  kind: DashboardSignInKind;
  onSignIn: (pin: string, counter: number | undefined) => Promise<DashboardAnswer>;
  disabled: boolean;
  locale: Locale;
  t: DashboardTranslate;
}

export function SignInForm({ kind, onSignIn, disabled, locale, t }: Props) {
  const [counter, setCounter] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const needsCounter = kind === 'counterPin';
  const ready = !checking && !disabled && /^\d{4,8}$/.test(pin) && (!needsCounter || /^\d{1,3}$/.test(counter));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setChecking(true);
    const reply = await onSignIn(pin, needsCounter ? Number(counter) : undefined);
    setChecking(false);
    setPin('');
    if (!reply.ok) setError(reply.reason === 'lost' ? t('connectionLost') : reply.message[locale]);
  };

  return (
    <main className="dash-sign-in" data-screen="dashboard-sign-in">
      <form className="dash-sign-in__card" onSubmit={(event) => void submit(event)}>
        <h1>{t('signInTitle')}</h1>
        <p className="dash-muted">{needsCounter ? t('signInCounterHint') : t('signInDashboardHint')}</p>
        {needsCounter && (
          <label className="dash-field">
            <span>{t('counterField')}</span>
            <input data-testid="counter-field" inputMode="numeric" autoComplete="off" value={counter} onChange={(event) => setCounter(event.target.value.replace(/\D/g, '').slice(0, 3))} />
          </label>
        )}
        <label className="dash-field">
          <span>{t('pinField')}</span>
          <input
            data-testid="pin-field"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => {
              setError(null);
              setPin(event.target.value.replace(/\D/g, '').slice(0, 8));
            }}
          />
        </label>
        {error !== null && (
          <p className="dash-error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <button type="submit" className="dash-button dash-button--primary" disabled={!ready} data-testid="sign-in">
          {checking ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
