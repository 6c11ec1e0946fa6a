import { type FormEvent, useState } from 'react';
import type { CounterReply } from './counter-connection.js';
import { useCounterText } from './counter-text.js';
import { Keypad } from './Keypad.js';

const LAST_COUNTER_KEY = 'motcua.counter.last';
const MAX_COUNTER_DIGITS = 3;
const MAX_PIN_DIGITS = 8;

/** The counter this desk used last, or the one its bookmark names (`?counter=3`). */
function initialCounter(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('counter');
  const remembered = fromUrl ?? localStorage.getItem(LAST_COUNTER_KEY) ?? '';
  return /^\d{1,3}$/.test(remembered) ? remembered : '';
}

type Field = 'counter' | 'pin';

export function SignInScreen({ onSignIn, disabled }: { onSignIn: (counter: number, pin: string) => Promise<CounterReply>; disabled: boolean }) {
  const { t, locale } = useCounterText();
  const [counter, setCounter] = useState(initialCounter);
  const [pin, setPin] = useState('');
  const [active, setActive] = useState<Field>(counter === '' ? 'counter' : 'pin');
  const [error, setError] = useState<CounterReply | null>(null);
  const [checking, setChecking] = useState(false);

  const edit = (field: Field, change: (value: string) => string) => {
    setError(null);
    if (field === 'counter') setCounter((value) => change(value).slice(0, MAX_COUNTER_DIGITS));
    else setPin((value) => change(value).slice(0, MAX_PIN_DIGITS));
  };
  const digitsOnly = (text: string) => text.replace(/\D/g, '');
  const ready = Number(counter) >= 1 && pin.length >= 4 && !checking && !disabled;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready) return;
    setChecking(true);
    const reply = await onSignIn(Number(counter), pin);
    setChecking(false);
    setPin('');
    if (reply.ok) localStorage.setItem(LAST_COUNTER_KEY, counter);
    else {
      setError(reply);
      setActive('pin');
    }
  };

  return (
    <main className="sign-in" data-screen="counter-sign-in">
      <form className="sign-in__card" onSubmit={(event) => void submit(event)}>
        <h1 className="sign-in__title">{t('signInTitle')}</h1>
        <div className="sign-in__fields">
          <label className={`sign-in__field${active === 'counter' ? ' sign-in__field--active' : ''}`}>
            <span>{t('counterField')}</span>
            <input
              data-testid="counter-field"
              inputMode="numeric"
              autoComplete="off"
              value={counter}
              onFocus={() => setActive('counter')}
              onChange={(event) => edit('counter', () => digitsOnly(event.target.value))}
            />
          </label>
          <label className={`sign-in__field${active === 'pin' ? ' sign-in__field--active' : ''}`}>
            <span>{t('pinField')}</span>
            <input
              data-testid="pin-field"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onFocus={() => setActive('pin')}
              onChange={(event) => edit('pin', () => digitsOnly(event.target.value))}
            />
          </label>
        </div>
        <p className="sign-in__error" data-testid="sign-in-error" role="alert">
          {error === null || error.ok ? '' : error.reason === 'lost' ? t('notSent') : error.message[locale]}
        </p>
        <Keypad
          onDigit={(digit) => edit(active, (value) => value + digit)}
          onBackspace={() => edit(active, (value) => value.slice(0, -1))}
          onClear={() => edit(active, () => '')}
        />
        <button type="submit" className="counter-button counter-button--primary sign-in__submit" data-testid="sign-in" disabled={!ready}>
          {checking ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
