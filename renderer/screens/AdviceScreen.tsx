import type { KioskView } from '../../bridge/contract.js';
import { FieldTile } from '../components/FieldTile.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import './AdviceScreens.css';

/** "Ask about a procedure": ask a question, find a procedure by name, or browse a field. */
export function AdviceScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen screen="advice" view={view} title={t('advice.title')} canGoBack>
      <div className="advice-home">
        <button type="button" className="search-entry advice-home__ask" data-testid="advice-ask-open" onClick={() => send({ type: 'ui.questionText', text: '' })}>
          <Icon name="advice" className="search-entry__icon" />
          <span className="search-entry__text">
            <span className="search-entry__label">{t('advice.ask')}</span>
            <span className="search-entry__example">{t('advice.askExample')}</span>
          </span>
        </button>
        <button type="button" className="search-entry" data-testid="search-open" onClick={() => send({ type: 'ui.search', query: '' })}>
          <Icon name="search" className="search-entry__icon" />
          <span className="search-entry__text">
            <span className="search-entry__label">{t('advice.search')}</span>
            <span className="search-entry__example">{t('chooseService.searchExample')}</span>
          </span>
        </button>
        {view.fields.length > 0 && (
          <section className="choose__section" aria-labelledby="advice-fields-title">
            <h2 className="choose__heading" id="advice-fields-title">
              {t('advice.byField')}
            </h2>
            <ul className="fields advice-home__fields">
              {view.fields.map((field) => (
                <li key={field.id} className="fields__item">
                  <FieldTile field={field} onPress={() => send({ type: 'ui.field', fieldId: field.id })} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </SessionScreen>
  );
}
