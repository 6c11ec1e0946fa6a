import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { PriorityRow } from '../components/PriorityRow.js';
import { ProcedureCard } from '../components/ProcedureCard.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { joinCounters, waitEstimate, waitingCount } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

export function ConfirmScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const service = view.selectedService;
  const identity = view.identity;
  const procedure = view.selectedProcedure;
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
      <div className={procedure === null ? 'confirm' : 'confirm confirm--procedure'}>
        {procedure !== null && <ProcedureCard procedure={procedure} />}
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
                <dd className="summary__value">
                  {joinCounters(t, service.counters)}
                  <span className="summary__wait" data-testid="confirm-wait">
                    <span>{waitingCount(t, service.waiting)}</span>
                    <span>{waitEstimate(t, service.estimatedWaitMinutes)}</span>
                  </span>
                </dd>
              </div>
            </>
          )}
          <div className="summary__row">
            <dt className="summary__label">{t('confirm.citizen')}</dt>
            <dd className="summary__value" data-testid="confirm-identity">
              {identity === null ? (
                <span className="summary__muted">{t('confirm.noCard')}</span>
              ) : (
                <span className="summary__identity">
                  <Icon name="card" className="summary__icon" />
                  <span className="summary__person">
                    {identity.fullName !== null && (
                      <span className="summary__name" data-testid="confirm-name">
                        {identity.fullName}
                      </span>
                    )}
                    {/* Without a name, the number is the line that says who this is. */}
                    <span className={identity.fullName === null ? 'summary__id summary__id--main' : 'summary__id'} data-testid="confirm-id">
                      {t('confirm.idNumber')}: {identity.maskedId}
                    </span>
                    {identity.source === 'manual' && (
                      <span className="summary__note" data-testid="confirm-manual">
                        {t('confirm.manualSource')}
                      </span>
                    )}
                    {identity.age !== null && (
                      <span className="summary__age" data-testid="confirm-age">
                        {t('confirm.age', { age: identity.age })}
                      </span>
                    )}
                  </span>
                </span>
              )}
            </dd>
          </div>
        </dl>
      </div>
      <PriorityRow
        priority={view.priority}
        chosenByAge={identity?.priorityByAge === true && view.priority.selected === 'elderly'}
        onChoose={(group) => send({ type: 'ui.priority', group })}
      />
      {view.printerProblem !== null && (
        <div className="notice notice--problem" role="status" data-testid="confirm-printer-problem">
          <Icon name="printer" className="notice__icon" />
          <div>
            <p className="notice__title">{t('confirm.printerProblem')}</p>
            <p className="notice__text">{t('confirm.printerProblemMessage')}</p>
          </div>
        </div>
      )}
      {identity?.expired === true && (
        <div className="notice confirm__expired" role="status" data-testid="id-expired">
          <Icon name="clock" className="notice__icon" />
          <div>
            <p className="notice__title">{t('confirm.expiredTitle')}</p>
            <p className="notice__text">{t('confirm.expiredMessage')}</p>
          </div>
        </div>
      )}
    </SessionScreen>
  );
}
