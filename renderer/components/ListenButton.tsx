import type { Locale } from '../../bridge/contract.js';
import { translator } from '../i18n/index.js';
import { Icon } from './Icon.js';

interface ListenButtonProps {
  reading: boolean;
  onPress: () => void;
  /** The languages it is named in: the session's, or every offered one before it is chosen. */
  locales: readonly Locale[];
}

/** "Nghe / Listen": reads the screen aloud; pressed while reading, it stops. Beside the display switches, shaped like them. */
export function ListenButton({ reading, onPress, locales }: ListenButtonProps) {
  const words = locales.map((locale) => ({ locale, t: translator(locale) }));
  return (
    <button
      type="button"
      className="display-switch listen-button"
      data-testid="listen"
      aria-pressed={reading}
      onClick={onPress}
    >
      <span className="display-switch__icons" aria-hidden="true">
        <Icon name="speaker" className="display-switch__icon" />
      </span>
      <span className="display-switch__words">
        {words.map(({ locale, t }) => (
          <span key={locale} lang={locale} className="display-switch__word">
            {t(reading ? 'readAloud.stop' : 'readAloud.listen')}
          </span>
        ))}
      </span>
    </button>
  );
}
