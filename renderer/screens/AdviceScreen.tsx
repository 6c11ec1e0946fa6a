import type { KioskView } from '../../bridge/contract.js';
import { AskMic } from '../components/AskMic.js';
import { FieldList } from '../components/FieldList.js';
import { SearchEntry } from '../components/SearchEntry.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import './AdviceScreens.css';

/** "Ask about a procedure": ask a question (typed or spoken), find a procedure by name, or browse a field. */
export function AdviceScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen screen="advice" view={view} title={t('advice.title')} canGoBack>
      <div className="advice-home">
        <SearchEntry
          icon="advice"
          label={t('advice.ask')}
          example={t('advice.askExample')}
          testId="advice-ask-open"
          className="advice-home__ask"
          onPress={() => send({ type: 'ui.questionText', text: '' })}
        />
        <AskMic />
        <SearchEntry
          icon="search"
          label={t('advice.search')}
          example={t('chooseService.searchExample')}
          testId="search-open"
          onPress={() => send({ type: 'ui.search', query: '' })}
        />
        <FieldList fields={view.fields} title={t('advice.byField')} headingId="advice-fields-title" listClassName="advice-home__fields" />
      </div>
    </SessionScreen>
  );
}
