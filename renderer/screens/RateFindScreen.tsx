import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { Spinner } from '../components/Spinner.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { ratingOf } from './RatePollFrame.js';
import './RateScreens.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
/** Ticket numbers are a letter and up to five digits (A023). */
const MAX_DIGITS = 5;

/**
 * Which ticket to rate: its QR at the reader, or its number on a keypad (the service groups'
 * letters, then digits). The chart keeps what is typed; the runtime answers with the ticket or why not.
 */
export function RateFindScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const rating = ratingOf(view);
  const { typed } = rating;
  const letters = [...new Set(view.services.map((service) => service.prefix))];
  const type = (text: string) => send({ type: 'ui.rateNumber', text });
  const digits = typed.slice(1);
  const complete = typed.length >= 2;
  const thanked = rating.refusal?.reason === 'alreadyRated';

  return (
    <SessionScreen
      screen="rate"
      view={view}
      title={t('rate.title')}
      canGoBack
      actions={
        <BigButton testId="find-ticket" variant="primary" icon="next" iconAtEnd disabled={!complete || rating.busy} onPress={() => send({ type: 'ui.confirm' })}>
          {t('rate.find')}
        </BigButton>
      }
    >
      <div className="rate-find">
        {rating.refusal !== null && (
          <div
            className={thanked ? 'notice rate-find__notice' : 'notice notice--problem rate-find__notice'}
            role="alert"
            data-testid="rate-refusal"
            data-reason={rating.refusal.reason}
          >
            <Icon name={thanked ? 'check' : 'warning'} className="notice__icon" />
            <div>
              <p className="notice__title">{thanked ? t('rate.thanks') : t('rate.sorry')}</p>
              <p className="notice__text">{rating.refusal.message}</p>
            </div>
          </div>
        )}
        {rating.busy ? (
          <div className="rate-find__busy" role="status" data-testid="rate-finding">
            <Spinner />
            <p>{t('rate.finding')}</p>
          </div>
        ) : (
          <>
            <section className="rate-find__scan" data-testid="rate-scan" data-scanning={rating.scanning}>
              <Icon name="ticket" className="rate-find__scan-icon" />
              <div>
                <h2 className="rate-find__heading">{t('rate.scanTitle')}</h2>
                <p className="rate-find__hint">{rating.scanning ? t('rate.scanHint') : t('rate.readerDown')}</p>
                {rating.scanning && <p className="rate-find__waiting">{t('rate.scanning')}</p>}
              </div>
            </section>
            <section className="rate-find__type">
              <h2 className="rate-find__heading">{t('rate.typeTitle')}</h2>
              <p className="rate-find__hint">{t('rate.typeHint')}</p>
              <p className="rate-find__typed" data-testid="rate-typed" role="status" aria-label={t('rate.typedLabel')}>
                {typed === '' ? <span className="rate-find__placeholder">A023</span> : typed}
              </p>
              <div className="rate-find__letters" role="group" aria-label={t('rate.keypad')}>
                {letters.map((letter) => (
                  <button
                    key={letter}
                    type="button"
                    className="keypad__key rate-find__letter"
                    data-testid={`key-${letter}`}
                    aria-pressed={typed.startsWith(letter)}
                    onClick={() => type(letter + digits)}
                  >
                    {letter}
                  </button>
                ))}
              </div>
              <div className="keypad rate-find__digits" role="group" aria-label={t('rate.keypad')}>
                {[...DIGITS, 'clear', '0', 'back'].map((key) => {
                  if (key === 'clear')
                    return (
                      <button key={key} type="button" className="keypad__key keypad__key--tool" data-testid="key-clear" disabled={typed === ''} onClick={() => type('')}>
                        {t('idManual.clear')}
                      </button>
                    );
                  if (key === 'back')
                    return (
                      <button key={key} type="button" className="keypad__key keypad__key--tool" data-testid="key-back" disabled={typed === ''} onClick={() => type(typed.slice(0, -1))}>
                        <Icon name="backspace" className="keypad__icon" />
                        <span>{t('idManual.delete')}</span>
                      </button>
                    );
                  return (
                    <button
                      key={key}
                      type="button"
                      className="keypad__key"
                      data-testid={`key-${key}`}
                      // Digits follow the letter: none before it, at most five.
                      disabled={typed === '' || digits.length >= MAX_DIGITS}
                      onClick={() => type(typed + key)}
                    >
                      {key}
                    </button>
                  );
                })}
              </div>
            </section>
          </>
        )}
      </div>
    </SessionScreen>
  );
}
