import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { joinCounters } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

export function ConfirmScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const service = view.selectedService;
  return (
    <SessionScreen
      screen="confirm"
      view={view}
      title={t('confirm.title')}
      canGoBack
      actions={
        <BigButton testId="confirm" variant="primary" icon="ticket" onPress={() => send({ type: 'ui.confirm' })}>
          {t('confirm.getTicket')}
        </BigButton>
      }
    >
      <dl className="summary">
        {service !== null && (
          <>
            <div className="summary__row">
              <dt className="summary__label">{t('confirm.service')}</dt>
              <dd className="summary__value summary__value--service" data-testid="confirm-service">
                <span className="summary__prefix" aria-hidden="true">
                  {service.prefix}
                </span>
                <span>{service.name}</span>
              </dd>
            </div>
            <div className="summary__row">
              <dt className="summary__label">{t('confirm.counters')}</dt>
              <dd className="summary__value">{joinCounters(t, service.counters)}</dd>
            </div>
          </>
        )}
        <div className="summary__row">
          <dt className="summary__label">{t('confirm.citizen')}</dt>
          <dd className="summary__value" data-testid="confirm-identity">
            {view.identity === null ? (
              <span className="summary__muted">{t('confirm.noCard')}</span>
            ) : (
              <span className="summary__identity">
                <Icon name="card" className="summary__icon" />
                <span>
                  <span className="summary__name">{view.identity.fullName}</span>
                  <span className="summary__id">
                    {t('confirm.idNumber')}: {view.identity.maskedId}
                  </span>
                </span>
              </span>
            )}
          </dd>
        </div>
      </dl>
    </SessionScreen>
  );
}
