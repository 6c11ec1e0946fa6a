import type { KioskView, Locale } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { translator, type MessageKey } from '../i18n/index.js';
import { RobotGreeting } from '../robot/RobotGreeting.js';
import { useSend } from '../send-context.js';
import { RateOffers } from './RateOffers.js';

/** Every offered locale speaks for itself here, since none is chosen yet. */
function inEveryLocale(locales: readonly Locale[], key: MessageKey) {
  return locales.map((locale) => ({ locale, text: translator(locale)(key) }));
}

export function GreetingScreen({ view }: { view: KioskView }) {
  const send = useSend();
  const titles = inEveryLocale(view.locales, 'greeting.title');
  const prompts = inEveryLocale(view.locales, 'greeting.prompt');
  const cancelLabel = inEveryLocale(view.locales, 'common.startOver')
    .map(({ text }) => text)
    .join(' / ');
  return (
    <SessionScreen screen="greeting" view={view} cancelLabel={cancelLabel} switchLocales={view.locales}>
      <div className="greeting">
        {view.robot !== null && <RobotGreeting robot={view.robot} speaking={view.voice.speaking} />}
        <h1 className="greeting__title">
          {titles.map(({ locale, text }) => (
            <span key={locale} lang={locale} className="greeting__line">
              {text}
            </span>
          ))}
        </h1>
        <p className="greeting__prompt">
          {prompts.map(({ locale, text }) => (
            <span key={locale} lang={locale} className="greeting__line">
              {text}
            </span>
          ))}
        </p>
        <div className="greeting__languages">
          {view.locales.map((locale) => (
            <BigButton
              key={locale}
              testId={`lang-${locale}`}
              variant="primary"
              icon="next"
              iconAtEnd
              className="greeting__language"
              onPress={() => send({ type: 'ui.language', locale })}
            >
              <span lang={locale}>{translator(locale)('language.name')}</span>
            </BigButton>
          ))}
        </div>
      </div>
      <RateOffers numbers={view.ratingOffers} />
    </SessionScreen>
  );
}
