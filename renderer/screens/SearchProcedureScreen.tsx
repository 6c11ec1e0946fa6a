import { useEffect, useState } from 'react';
import { type KioskView, MAX_SEARCH_LENGTH } from '../../bridge/contract.js';
import { ProcedureTile } from '../components/ProcedureTile.js';
import { LetterKeyboard } from '../components/LetterKeyboard.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

// What a physical keyboard may type into the search: letters, digits and spaces (no marks needed: Telex).
const TYPABLE = /^[a-z0-9 ]$/i;

/**
 * Search a procedure by typing a few words. The text lives here while it is typed (keys come
 * faster than views) and goes to the kiosk with every key; the results come back in the view.
 */
export function SearchProcedureScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const [query, setQuery] = useState(view.search?.query ?? '');

  const type = (next: string) => {
    const text = next.slice(0, MAX_SEARCH_LENGTH);
    setQuery(text);
    send({ type: 'ui.search', query: text });
  };

  // A physical keyboard, where the kiosk has one, types into the same box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'Backspace') type(query.slice(0, -1));
      else if (TYPABLE.test(event.key)) type(query + event.key.toLowerCase());
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const results = view.search?.results ?? [];
  return (
    <SessionScreen screen="searchProcedure" view={view} title={t('search.title')} canGoBack>
      <div className="search">
        <div className="search__entry">
          <p className="search__box" data-testid="search-query" role="textbox" aria-readonly="true" aria-label={t('search.boxLabel')}>
            {query === '' ? <span className="search__placeholder">{t('chooseService.searchExample')}</span> : query}
            <span className="search__caret" aria-hidden="true" />
          </p>
          <p className="search__hint">{t('search.hint')}</p>
          <LetterKeyboard
            labels={{ keyboard: t('search.keyboard'), clear: t('search.clear'), space: t('search.space'), delete: t('search.delete') }}
            empty={query === ''}
            onLetter={(letter) => type(query + letter)}
            onSpace={() => type(query === '' || query.endsWith(' ') ? query : `${query} `)}
            onBackspace={() => type(query.slice(0, -1))}
            onClear={() => type('')}
          />
        </div>
        <section className="search__results" aria-live="polite" aria-label={t('search.results')}>
          {results.length > 0 ? (
            <ul className="procedures procedures--results" data-testid="search-results">
              {results.map((procedure) => (
                <li key={procedure.id} className="procedures__item">
                  <ProcedureTile procedure={procedure} showField onPress={() => send({ type: 'ui.procedure', procedureId: procedure.id })} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="search__empty" data-testid="search-empty">
              {query.trim() === '' ? t('search.start') : t('search.none')}
            </p>
          )}
        </section>
      </div>
    </SessionScreen>
  );
}
