import type { KioskView } from '../../bridge/contract.js';
import { AttractTitle } from '../components/AttractTitle.js';
import { DisplaySwitches } from '../components/DisplaySwitches.js';
import { HearInstructionsButton } from '../components/HearInstructionsButton.js';
import { TouchInvitation } from '../components/TouchInvitation.js';
import { translator } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import { RateOffers } from './RateOffers.js';

// No language is chosen yet: the invitation is written in both.
const vi = translator('vi');
const en = translator('en');

/** Waiting for a citizen: the whole screen is one button, with "hear instructions" below it in each language. */
export function AttractScreen({ view }: { view: KioskView }) {
  const send = useSend();
  return (
    <div className="screen screen--attract" data-screen="attract">
      <button type="button" className="attract" data-testid="touch-start" onClick={() => send({ type: 'ui.touch' })}>
        <AttractTitle servicePointName={view.servicePointName} />
        <TouchInvitation />
        <span className="attract__services">
          <span lang="vi">{vi('attract.services')}</span>
          <span lang="en">{en('attract.services')}</span>
        </span>
      </button>
      {/* Beside the whole-screen button too: each starts the session in its language, read aloud. */}
      <div className="attract__guide">
        {view.locales.map((locale) => (
          <HearInstructionsButton key={locale} locale={locale} kioskLocales={view.voice.locales} />
        ))}
      </div>
      <RateOffers numbers={view.ratingOffers} onDark />
      {/* Beside the whole-screen button, not in it: a switch also starts the session, with it on. */}
      <div className="attract__switches">
        <DisplaySwitches display={view.display} locales={view.locales} onDark />
      </div>
    </div>
  );
}
