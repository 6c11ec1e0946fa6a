import type { ServiceOption } from '../../bridge/contract.js';
import { joinCounters, waitEstimate, waitingCount } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/** One service group to choose: its ticket letter, its name, its counters, how many wait there now and for how long. */
export function ServiceTile({ service, onPress }: { service: ServiceOption; onPress: () => void }) {
  const t = useT();
  return (
    <button type="button" className="tile service-tile" data-testid={`service-${service.id}`} onClick={onPress}>
      <span className="service-tile__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="service-tile__text">
        <span className="service-tile__name">{service.name}</span>
        <span className="service-tile__counters">
          {t('chooseService.counters', { counters: joinCounters(t, service.counters) })}
        </span>
        <span className="service-tile__waiting" data-testid={`waiting-${service.id}`}>
          {waitingCount(t, service.waiting)}
        </span>
        <span className="service-tile__estimate" data-testid={`estimate-${service.id}`}>
          {waitEstimate(t, service.estimatedWaitMinutes)}
        </span>
      </span>
      <Icon name="next" className="tile__arrow" />
    </button>
  );
}
