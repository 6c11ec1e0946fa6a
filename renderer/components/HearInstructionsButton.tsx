import type { Locale } from '../../bridge/contract.js';
import { translator } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import { useReadingVoice } from '../speech/use-page-synthesis.js';
import { Icon } from './Icon.js';

interface HearInstructionsButtonProps {
  locale: Locale;
  /** The languages the kiosk's own voice speaks (`view.voice.locales`). */
  kioskLocales: readonly Locale[];
}

/**
 * "Nghe hướng dẫn" / "Hear instructions" on a welcome screen: starts the session in its language in
 * audio-guided mode (every screen read aloud, bigger targets, the three-choice menu). One per
 * language, each in its own words; not there when no voice speaks the language.
 */
export function HearInstructionsButton({ locale, kioskLocales }: HearInstructionsButtonProps) {
  const send = useSend();
  const voice = useReadingVoice(kioskLocales, locale);
  if (voice === 'none') return null;
  return (
    <button
      type="button"
      className="hear-instructions"
      data-testid={`hear-instructions-${locale}`}
      lang={locale}
      onClick={() => send({ type: 'ui.audioGuide', on: true, locale })}
    >
      <Icon name="speaker" className="hear-instructions__icon" />
      <span className="hear-instructions__label">{translator(locale)('guide.hear')}</span>
    </button>
  );
}
