import type { RobotView, VoiceView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { YesNoMic } from '../components/YesNoMic.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { RobotFace } from './RobotFace.js';
import '../styles/robot.css';

interface GuideOfferProps {
  counter: number;
  robot: RobotView;
  speaking: VoiceView['speaking'];
}

/** After the ticket: "Shall I show you the way to counter 3?", answered with a big Yes or No, or by voice. */
export function GuideOffer({ counter, robot, speaking }: GuideOfferProps) {
  const t = useT();
  const send = useSend();
  const answer = (accept: boolean) => send({ type: 'ui.guide', accept });
  return (
    <section className="guide-offer" data-testid="guide-offer" aria-labelledby="guide-offer-question">
      <RobotFace gaze={robot.gaze} speaking={speaking !== null} className="guide-offer__face" />
      <p id="guide-offer-question" className="guide-offer__question">
        {t('robot.guide.question', { counter })}
      </p>
      <div className="guide-offer__answers">
        <BigButton testId="guide-yes" variant="primary" icon="check" onPress={() => answer(true)}>
          {t('robot.guide.yes')}
        </BigButton>
        <BigButton testId="guide-no" onPress={() => answer(false)}>
          {t('robot.guide.no')}
        </BigButton>
        <YesNoMic testId="guide-mic" onYes={() => answer(true)} onNo={() => answer(false)} className="guide-offer__mic" />
      </div>
    </section>
  );
}
