import type { TicketView } from '../../bridge/contract.js';
import { joinCounters, peopleAhead, waitEstimate } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';
import { QrCode } from './QrCode.js';

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
        {ticket.priority !== null && (
          <p className="ticket-card__priority" data-testid="ticket-priority">
            <Icon name="star" className="ticket-card__priority-icon" />
            <span className="ticket-card__priority-mark">{ticket.priority.mark}</span>
            <span>{ticket.priority.group}</span>
          </p>
        )}
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
        <li data-testid="ticket-wait">
          <Icon name="clock" className="ticket-card__icon" />
          <span>{waitEstimate(t, ticket.estimatedWaitMinutes)}</span>
        </li>
        <li className="ticket-card__follow">
          <QrCode className="ticket-card__qr" text={ticket.statusUrl} label={t('ticket.qrLabel')} />
          <span className="ticket-card__follow-text">
            <span>{t('ticket.qrCaption')}</span>
            <span className="ticket-card__time" data-testid="ticket-time">
              {t('ticket.issuedAt', { time: ticket.issuedAtLocal })}
            </span>
          </span>
        </li>
      </ul>
    </article>
  );
}
