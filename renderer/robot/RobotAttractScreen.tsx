import type { KioskView, RobotView } from '../../bridge/contract.js';
import { AttractTitle } from '../components/AttractTitle.js';
import { DisplaySwitches } from '../components/DisplaySwitches.js';
import { HearInstructionsButton } from '../components/HearInstructionsButton.js';
import { TouchInvitation } from '../components/TouchInvitation.js';
import { RateOffers } from '../screens/RateOffers.js';
import { useSend } from '../send-context.js';
import { DispenseButtons } from './DispenseButtons.js';
import { RobotFace } from './RobotFace.js';
import { SpeechBubble } from './SpeechBubble.js';
import '../styles/robot.css';

/**
 * The robot waiting for a citizen: its face looking towards whoever walks up, what it says in a
 * bubble, and the welcome screen's invitation. Face and invitation are one big start button; the
 * bubble is laid over it (a live region is no button's label), taps passing through to the button.
 */
export function RobotAttractScreen({ view, robot }: { view: KioskView; robot: RobotView }) {
  const send = useSend();
  return (
    <div className="screen screen--attract robot-attract" data-screen="attract" data-robot-screen="attract">
      <button type="button" className="attract robot-attract__touch" data-testid="touch-start" onClick={() => send({ type: 'ui.touch' })}>
        <AttractTitle servicePointName={view.servicePointName} />
        <RobotFace gaze={robot.gaze} speaking={view.voice.speaking !== null} className="robot-attract__face" />
        <TouchInvitation />
      </button>
      <SpeechBubble speaking={view.voice.speaking} className="robot-attract__bubble" />
      <RateOffers numbers={view.ratingOffers} onDark />
      <div className="robot-attract__actions">
        {/* Each starts the session in its language, read aloud, as on the plain welcome screen. */}
        <div className="attract__guide">
          {view.locales.map((locale) => (
            <HearInstructionsButton key={locale} locale={locale} kioskLocales={view.voice.locales} />
          ))}
        </div>
        <DispenseButtons items={robot.dispensable} locales={view.locales} onDark />
      </div>
      <div className="attract__switches">
        <DisplaySwitches display={view.display} locales={view.locales} onDark />
      </div>
    </div>
  );
}
