import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { CardReaderIllustration } from '../components/CardReaderIllustration.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { Spinner } from '../components/Spinner.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

export function IdentifyScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const failed = view.idReadFailed;
  return (
    <SessionScreen
      screen="identify"
      view={view}
      title={t('identify.title')}
      canGoBack
      actions={
        <>
          {failed && (
            <BigButton testId="retry" variant="primary" icon="restart" onPress={() => send({ type: 'ui.retry' })}>
              {t('common.tryAgain')}
            </BigButton>
          )}
          <BigButton testId="skip-id" icon="next" iconAtEnd onPress={() => send({ type: 'ui.skipId' })}>
            {t('identify.skip')}
          </BigButton>
        </>
      }
    >
      <div className="identify">
        <CardReaderIllustration label={t('identify.illustration')} />
        <div className="identify__text">
          <p className="identify__hint">{t('identify.hint')}</p>
          {failed ? (
            <div className="notice notice--problem" role="alert" data-testid="id-read-error">
              <Icon name="warning" className="notice__icon" />
              <div>
                <p className="notice__title">{t('identify.failedTitle')}</p>
                <p className="notice__text">{t('identify.failedMessage')}</p>
              </div>
            </div>
          ) : (
            <p className="identify__waiting" role="status" aria-live="polite">
              <Spinner />
              <span>{t('identify.waiting')}</span>
            </p>
          )}
          <p className="identify__privacy">{t('identify.privacy')}</p>
        </div>
      </div>
    </SessionScreen>
  );
}
