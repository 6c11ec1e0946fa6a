import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/** Before any card is read: what the kiosk does with it, and the choice not to use it. */
export function IdConsentScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen
      screen="idConsent"
      view={view}
      title={t('idConsent.title')}
      canGoBack
      actions={
        <>
          <BigButton testId="skip-id" onPress={() => send({ type: 'ui.skipId' })}>
            {t('identify.skip')}
          </BigButton>
          <BigButton testId="read-card" variant="primary" icon="card" onPress={() => send({ type: 'ui.readCard' })}>
            {t('idConsent.read')}
          </BigButton>
        </>
      }
    >
      <div className="consent">
        <span className="consent__art" aria-hidden="true">
          <Icon name="card" className="consent__card" />
          <Icon name="shield" className="consent__shield" />
        </span>
        <p className="consent__message" data-testid="id-consent">
          {t('idConsent.message')}
        </p>
        <p className="consent__optional">{t('idConsent.optional')}</p>
      </div>
    </SessionScreen>
  );
}
