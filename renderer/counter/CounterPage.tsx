import { useEffect, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { CounterTextProvider, useCounterText } from './counter-text.js';
import { DeskScreen } from './DeskScreen.js';
import { SignInScreen } from './SignInScreen.js';
import { type Banner, type CounterPage as Page, useCounter } from './use-counter.js';

const LOCALE_KEY = 'motcua.counter.locale';

function savedLocale(): Locale {
  return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';
}

/** The counter page: sign in, then the desk; Vietnamese unless staff switch. */
export function CounterPage() {
  const [locale, setLocale] = useState<Locale>(savedLocale);
  const page = useCounter();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const switchLocale = () => {
    const next = locale === 'vi' ? 'en' : 'vi';
    localStorage.setItem(LOCALE_KEY, next);
    setLocale(next);
  };
  return (
    <CounterTextProvider locale={locale}>
      <div className="counter-page">
        <Header page={page} onSwitchLocale={switchLocale} />
        <Banners page={page} />
        {page.phase === 'signIn' && <SignInScreen onSignIn={page.signIn} disabled={!page.connected} />}
        {page.phase === 'desk' && page.state !== null && <DeskScreen state={page.state} act={page.act} frozen={!page.connected || page.busy} />}
      </div>
    </CounterTextProvider>
  );
}

function Header({ page, onSwitchLocale }: { page: Page; onSwitchLocale: () => void }) {
  const { t } = useCounterText();
  const counter = page.phase === 'desk' ? page.state?.counter : undefined;
  return (
    <header className="counter-header">
      <span className="counter-header__title" data-testid="header-title">
        {counter === undefined ? t('title') : t('counterN', { counter })}
      </span>
      <span className="counter-header__spacer" />
      <button type="button" className="counter-header__button" data-testid="language" onClick={onSwitchLocale}>
        {t('language')}
      </button>
      {page.phase === 'desk' && (
        <button type="button" className="counter-header__button" data-testid="sign-out" onClick={page.signOut}>
          {t('signOut')}
        </button>
      )}
    </header>
  );
}

function Banners({ page }: { page: Page }) {
  const { t } = useCounterText();
  return (
    <>
      {!page.connected && (
        <p className="banner banner--connection" role="status" data-testid="connection-banner">
          {page.phase === 'connecting' ? t('connecting') : t('connectionLost')}
        </p>
      )}
      {page.banner !== null && (
        <div className={`banner banner--${page.banner.kind}`} role="alert" data-testid="banner">
          <span className="banner__text">
            <BannerText banner={page.banner} />
          </span>
          <button type="button" className="banner__close" data-testid="banner-close" onClick={page.dismissBanner}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </>
  );
}

function BannerText({ banner }: { banner: Banner }) {
  const { t, locale } = useCounterText();
  return banner.kind === 'refusal' ? banner.message[locale] : t(banner.key);
}
