import type { ServiceOption } from '../../bridge/contract.js';
import { waitingCount } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';

/** How many wait in each group now, live: a citizen sees the queue before taking a ticket. */
export function WaitingStrip({ services }: { services: readonly ServiceOption[] }) {
  const t = useT();
  return (
    <section className="waiting-strip" aria-labelledby="waiting-strip-title">
      <h2 className="waiting-strip__title" id="waiting-strip-title">
        {t('menu.waitingNow')}
      </h2>
      <ul className="waiting-strip__groups">
        {services.map((service) => (
          <li key={service.id} className="waiting-strip__group" data-testid={`menu-waiting-${service.id}`}>
            <span className="waiting-strip__prefix" aria-hidden="true">
              {service.prefix}
            </span>
            <span className="waiting-strip__text">
              <span className="waiting-strip__name">{service.name}</span>
              <span className="waiting-strip__count">{waitingCount(t, service.waiting)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
