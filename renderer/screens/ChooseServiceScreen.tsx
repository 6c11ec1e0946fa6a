import type { KioskView } from '../../bridge/contract.js';
import { ClosedNotice } from '../components/ClosedNotice.js';
import { FieldList } from '../components/FieldList.js';
import { SearchEntry } from '../components/SearchEntry.js';
import { ServiceTile } from '../components/ServiceTile.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/**
 * The start of the ticket: search a procedure, browse a field, or take the group the citizen knows.
 * In audio-guided mode only the groups, as big tiles: the shortest path, and one the voice can read.
 */
export function ChooseServiceScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const guided = view.display.audioGuide;
  const groups = (
    <ul className="services">
      {view.services.map((service) => (
        <li key={service.id} className="services__item">
          <ServiceTile service={service} onPress={() => send({ type: 'ui.service', serviceId: service.id })} />
        </li>
      ))}
    </ul>
  );
  return (
    <SessionScreen screen="chooseService" view={view} title={t(guided ? 'chooseService.byGroup' : 'chooseService.title')} canGoBack>
      {view.closedMessage !== null && <ClosedNotice message={view.closedMessage} />}
      {guided ? (
        <div className="choose choose--guided">{groups}</div>
      ) : (
        <div className="choose">
          <div className="choose__main">
            <SearchEntry
              icon="search"
              label={t('chooseService.search')}
              example={t('chooseService.searchExample')}
              testId="search-open"
              onPress={() => send({ type: 'ui.search', query: '' })}
            />
            <FieldList fields={view.fields} title={t('chooseService.byField')} headingId="fields-title" />
          </div>
          <section className="choose__section choose__groups" aria-labelledby="groups-title">
            <h2 className="choose__heading" id="groups-title">
              {t('chooseService.byGroup')}
            </h2>
            {groups}
          </section>
        </div>
      )}
    </SessionScreen>
  );
}
