import type { DisplayView, Locale } from '../../bridge/contract.js';
import { translator, type MessageKey } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import { Icon, type IconName } from './Icon.js';

interface DisplaySwitchesProps {
  display: DisplayView;
  /** The languages each switch is named in: the session's, or every offered one before it is chosen. */
  locales: readonly Locale[];
  onDark?: boolean;
  /**
   * The audio-guided mode's switch too, to leave it (it is turned on by the welcome screen's "hear
   * instructions"; a plain header has no room to spare for it).
   */
  withAudioGuide?: boolean;
}

const SWITCHES: ReadonlyArray<{ key: keyof DisplayView; event: 'ui.largeText' | 'ui.highContrast' | 'ui.audioGuide'; icon: IconName; label: MessageKey }> = [
  { key: 'largeText', event: 'ui.largeText', icon: 'textSize', label: 'display.largeText' },
  { key: 'highContrast', event: 'ui.highContrast', icon: 'contrast', label: 'display.highContrast' },
  { key: 'audioGuide', event: 'ui.audioGuide', icon: 'speaker', label: 'display.audioGuide' },
];

/**
 * Large text and high contrast on every citizen screen (and audio-guided mode while it is on), each
 * an icon and a word, a tick when on.
 */
export function DisplaySwitches({ display, locales, onDark = false, withAudioGuide = false }: DisplaySwitchesProps) {
  const send = useSend();
  const words = locales.map((locale) => ({ locale, t: translator(locale) }));
  const switches = withAudioGuide ? SWITCHES : SWITCHES.filter(({ key }) => key !== 'audioGuide');
  return (
    <div className={onDark ? 'display-switches display-switches--dark' : 'display-switches'} role="group" aria-label={words.map(({ t }) => t('display.label')).join(' / ')}>
      {switches.map(({ key, event, icon, label }) => {
        const on = display[key];
        return (
          <button
            key={key}
            type="button"
            className="display-switch"
            data-testid={`display-${key}`}
            aria-pressed={on}
            onClick={() => send({ type: event, on: !on })}
          >
            <span className="display-switch__icons" aria-hidden="true">
              <Icon name={icon} className="display-switch__icon" />
              {on && <Icon name="check" className="display-switch__tick" />}
            </span>
            <span className="display-switch__words">
              {words.map(({ locale, t }) => (
                <span key={locale} lang={locale} className="display-switch__word">
                  {t(label)}
                </span>
              ))}
            </span>
          </button>
        );
      })}
    </div>
  );
}
