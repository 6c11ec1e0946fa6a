import type { KioskView } from '../../bridge/contract.js';
import { ClosedNotice } from '../components/ClosedNotice.js';
import { FieldTile } from '../components/FieldTile.js';
import { Icon } from '../components/Icon.js';
import { ServiceTile } from '../components/ServiceTile.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/** The start of the ticket: search a procedure, browse a field, or take the group the citizen knows. */
export function ChooseServiceScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen screen="chooseService" view={view} title={t('chooseService.title')} canGoBack>
      {view.closedMessage !== null && <ClosedNotice message={view.closedMessage} />}
      <div className="choose">
        <div className="choose__main">
          <button type="button" className="search-entry" data-testid="search-open" onClick={() => send({ type: 'ui.search', query: '' })}>
            <Icon name="search" className="search-entry__icon" />
            <span className="search-entry__text">
              <span className="search-entry__label">{t('chooseService.search')}</span>
              <span className="search-entry__example">{t('chooseService.searchExample')}</span>
            </span>
          </button>
          {view.fields.length > 0 && (
            <section className="choose__section" aria-labelledby="fields-title">
              <h2 className="choose__heading" id="fields-title">
                {t('chooseService.byField')}
              </h2>
              <ul className="fields">
                {view.fields.map((field) => (
                  <li key={field.id} className="fields__item">
                    <FieldTile field={field} onPress={() => send({ type: 'ui.field', fieldId: field.id })} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <section className="choose__section choose__groups" aria-labelledby="groups-title">
          <h2 className="choose__heading" id="groups-title">
            {t('chooseService.byGroup')}
          </h2>
          <ul className="services">
            {view.services.map((service) => (
              <li key={service.id} className="services__item">
                <ServiceTile service={service} onPress={() => send({ type: 'ui.service', serviceId: service.id })} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </SessionScreen>
  );
}
