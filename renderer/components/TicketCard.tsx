import type { TicketView } from '../../bridge/contract.js';
import { joinCounters, peopleAhead } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/** The issued ticket as the citizen needs it: the number, where to go, how long to wait. */
export function TicketCard({ ticket, problem = false }: { ticket: TicketView; problem?: boolean }) {
  const t = useT();
  return (
    <article className={problem ? 'ticket-card ticket-card--problem' : 'ticket-card'}>
      <div className="ticket-card__number-block">
        <p className="ticket-card__label">{t('ticket.label')}</p>
        <p className="ticket-card__number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <p className="ticket-card__service" data-testid="ticket-service">
          {ticket.serviceName}
        </p>
      </div>
      <ul className="ticket-card__details">
        <li className="ticket-card__counter" data-testid="ticket-counters">
          <Icon name="counter" className="ticket-card__icon" />
          <span>{t('ticket.goToCounter', { counters: joinCounters(t, ticket.counters) })}</span>
        </li>
        <li data-testid="ticket-ahead">
          <Icon name="people" className="ticket-card__icon" />
          <span>{peopleAhead(t, ticket.peopleAhead)}</span>
        </li>
        <li data-testid="ticket-time">
          <Icon name="clock" className="ticket-card__icon" />
          <span>{t('ticket.issuedAt', { time: ticket.issuedAtLocal })}</span>
        </li>
      </ul>
    </article>
  );
}
