import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

// Latin QWERTY is enough: Vietnamese marks are typed the Telex way ("aa" â, "s" sắc), which the search reads.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

interface SearchKeyboardProps {
  onLetter(letter: string): void;
  onSpace(): void;
  onBackspace(): void;
  onClear(): void;
  empty: boolean;
}

/** The on-screen keyboard of the procedure search: big keys, letters, space, delete. */
export function SearchKeyboard({ onLetter, onSpace, onBackspace, onClear, empty }: SearchKeyboardProps) {
  const t = useT();
  return (
    <div className="search-keyboard" role="group" aria-label={t('search.keyboard')}>
      {ROWS.map((row) => (
        <div key={row} className="search-keyboard__row">
          {[...row].map((letter) => (
            <button key={letter} type="button" className="search-keyboard__key" data-testid={`key-${letter}`} onClick={() => onLetter(letter)}>
              {letter}
            </button>
          ))}
        </div>
      ))}
      <div className="search-keyboard__row">
        <button type="button" className="search-keyboard__key search-keyboard__key--tool" data-testid="key-clear" disabled={empty} onClick={onClear}>
          {t('search.clear')}
        </button>
        <button
          type="button"
          className="search-keyboard__key search-keyboard__key--space"
          data-testid="key-space"
          aria-label={t('search.space')}
          onClick={onSpace}
        >
          <Icon name="space" className="search-keyboard__icon" />
        </button>
        <button
          type="button"
          className="search-keyboard__key search-keyboard__key--tool"
          data-testid="key-backspace"
          aria-label={t('search.delete')}
          disabled={empty}
          onClick={onBackspace}
        >
          <Icon name="backspace" className="search-keyboard__icon" />
        </button>
      </div>
    </div>
  );
}
