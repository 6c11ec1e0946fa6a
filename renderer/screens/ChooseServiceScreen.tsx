import type { KioskView } from '../../bridge/contract.js';
import { ServiceTile } from '../components/ServiceTile.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

export function ChooseServiceScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen screen="chooseService" view={view} title={t('chooseService.title')} canGoBack>
      <ul className="services">
        {view.services.map((service) => (
          <li key={service.id} className="services__item">
            <ServiceTile service={service} onPress={() => send({ type: 'ui.service', serviceId: service.id })} />
          </li>
        ))}
      </ul>
    </SessionScreen>
  );
}
