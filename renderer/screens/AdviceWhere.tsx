import type { ServiceOption } from '../../bridge/contract.js';
import { Icon } from '../components/Icon.js';
import { joinCounters, waitingCount } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';

/** Where a procedure is handed in: its service group's counters, and how many wait there now. */
export function AdviceWhere({ service }: { service: ServiceOption }) {
  const t = useT();
  return (
    <section className="advice-where" data-testid="advice-where">
      <Icon name="counter" className="advice-where__icon" />
      <div>
        <p className="advice-where__title">{t('advice.whereTitle')}</p>
        <p className="advice-where__counters">{t('advice.counters', { counters: joinCounters(t, service.counters) })}</p>
        <p className="advice-where__group">
          <span className="summary__prefix" aria-hidden="true">
            {service.prefix}
          </span>
          <span>{service.name}</span>
        </p>
        <p className="advice-where__waiting">{waitingCount(t, service.waiting)}</p>
      </div>
    </section>
  );
}
