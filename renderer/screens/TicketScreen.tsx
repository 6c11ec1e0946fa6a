import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { TicketCard } from '../components/TicketCard.js';
import { useT } from '../i18n/I18nProvider.js';
import { RobotTicketOffers } from '../robot/RobotTicketOffers.js';
import { useSend } from '../send-context.js';

export function TicketScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen
      screen="ticket"
      view={view}
      actions={
        <BigButton testId="finish" variant="primary" icon="check" onPress={() => send({ type: 'ui.finish' })}>
          {t('common.done')}
        </BigButton>
      }
    >
      <div className="ticket-screen" role="status" aria-live="polite">
        {view.ticket !== null && <TicketCard ticket={view.ticket} />}
        <p className="notice notice--info">
          <Icon name="printer" className="notice__icon" />
          <span className="notice__text">{t('ticket.takeSlip')}</span>
        </p>
      </div>
      {view.robot !== null && <RobotTicketOffers view={view} robot={view.robot} />}
    </SessionScreen>
  );
}
