import type { KioskView } from '../../bridge/contract.js';
import { DisplaySwitches } from '../components/DisplaySwitches.js';
import { Emblem } from '../components/Emblem.js';
import { Icon } from '../components/Icon.js';
import { translator } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import { RateOffers } from './RateOffers.js';

// No language is chosen yet: the invitation is written in both.
const vi = translator('vi');
const en = translator('en');

/** Waiting for a citizen: the whole screen is one button. */
export function AttractScreen({ view }: { view: KioskView }) {
  const send = useSend();
  return (
    <div className="screen screen--attract" data-screen="attract">
      <button type="button" className="attract" data-testid="touch-start" onClick={() => send({ type: 'ui.touch' })}>
        <span className="attract__top">
          <Emblem className="attract__emblem" />
          <span className="attract__name">{view.servicePointName}</span>
          <span className="attract__welcome">
            <span lang="vi">{vi('attract.welcome')}</span>
            <span className="attract__divider" aria-hidden="true">
              ·
            </span>
            <span lang="en">{en('attract.welcome')}</span>
          </span>
        </span>
        <span className="attract__touch">
          <span className="attract__pulse" aria-hidden="true">
            <Icon name="hand" className="attract__hand" />
          </span>
          <span className="attract__cta" lang="vi">
            {vi('attract.touch')}
          </span>
          <span className="attract__cta-second" lang="en">
            {en('attract.touch')}
          </span>
        </span>
        <span className="attract__services">
          <span lang="vi">{vi('attract.services')}</span>
          <span lang="en">{en('attract.services')}</span>
        </span>
      </button>
      <RateOffers numbers={view.ratingOffers} onDark />
      {/* Beside the whole-screen button, not in it: a switch also starts the session, with it on. */}
      <div className="attract__switches">
        <DisplaySwitches display={view.display} locales={view.locales} onDark />
      </div>
    </div>
  );
}
