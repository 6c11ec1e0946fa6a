import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { TicketCard } from '../components/TicketCard.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/** The ticket is in the store; the printer failed, so the screen is the ticket. */
export function PrintFailedScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen
      screen="printFailed"
      view={view}
      actions={
        <>
          <BigButton testId="retry" icon="printer" onPress={() => send({ type: 'ui.retry' })}>
            {t('printFailed.retry')}
          </BigButton>
          <BigButton testId="finish" variant="primary" icon="check" onPress={() => send({ type: 'ui.finish' })}>
            {t('common.done')}
          </BigButton>
        </>
      }
    >
      <div className="ticket-screen">
        <div className="notice notice--problem" role="alert">
          <Icon name="warning" className="notice__icon" />
          <div>
            <p className="notice__title" data-testid="printer-problem">
              {t(`printFailed.${view.printerProblem ?? 'failed'}`)}
            </p>
            <p className="notice__text">{t('printFailed.message')}</p>
            {/* Only a problem the printer reports ends by itself; otherwise the citizen taps "print again". */}
            {view.printerProblem !== null && <p className="notice__text">{t('printFailed.willReprint')}</p>}
          </div>
        </div>
        {view.ticket !== null && <TicketCard ticket={view.ticket} problem />}
      </div>
    </SessionScreen>
  );
}
