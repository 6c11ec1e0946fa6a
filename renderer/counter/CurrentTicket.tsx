import type { CounterState, CounterTicket } from '../../bridge/queue-protocol.js';
import { clockTime } from './counter-i18n.js';
import { useCounterText } from './counter-text.js';

/** The ticket this counter called or is serving: what staff need to greet and serve the citizen. */
export function CurrentTicket({ ticket, groups, now }: { ticket: CounterTicket; groups: CounterState['allGroups']; now: number }) {
  const { t, locale } = useCounterText();
  const group = groups.find((candidate) => candidate.id === ticket.serviceId);
  const waitedMinutes = Math.max(0, Math.floor(((ticket.calledAt ?? now) - ticket.queuedAt) / 60_000));
  return (
    <section className={`ticket ticket--${ticket.state}`} data-testid="current-ticket">
      <div className="ticket__head">
        <span className="ticket__number" data-testid="current-number">
          {ticket.number}
        </span>
        <span className="ticket__state" data-testid="current-state">
          {ticket.state === 'serving' ? t('stateServing') : t('stateCalled')}
        </span>
      </div>
      {ticket.priority !== null && (
        <p className="ticket__priority" data-testid="current-priority">
          <strong>{t('priorityMark')}</strong> {t(`priority.${ticket.priority}`)}
        </p>
      )}
      <dl className="ticket__facts">
        <dt>{t('group')}</dt>
        <dd>{group === undefined ? ticket.serviceId : group.name[locale]}</dd>
      </dl>
      <p className="ticket__line">{t('waitingSince', { time: clockTime(ticket.queuedAt), minutes: waitedMinutes })}</p>
      {ticket.calledAt !== null && <p className="ticket__line">{t('calledAt', { time: clockTime(ticket.calledAt) })}</p>}
      {ticket.recallCount > 0 && (
        <p className="ticket__line ticket__line--recalls" data-testid="current-recalls">
          {t('recalls', { count: ticket.recallCount })}
        </p>
      )}
    </section>
  );
}
