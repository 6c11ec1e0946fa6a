import type { KioskView, RobotView } from '../../bridge/contract.js';
import { DisplaySwitches } from '../components/DisplaySwitches.js';
import { Emblem } from '../components/Emblem.js';
import { Icon } from '../components/Icon.js';
import { TouchInvitation } from '../components/TouchInvitation.js';
import { translator } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import { RobotFace } from './RobotFace.js';
import { robotCanStop, robotStatusLine } from './robot-screen.js';
import { SpeechBubble } from './SpeechBubble.js';
import '../styles/robot.css';

// Nobody's session is on: the robot says what it does in both languages.
const vi = translator('vi');
const en = translator('en');

/**
 * The robot on its way (guiding, going back, to its charger), charging, or stopped: its face, what
 * it says, what it is doing, a big Stop while it moves. The kiosk part keeps working: a touch still
 * starts a session.
 */
export function RobotStatusScreen({ view, robot }: { view: KioskView; robot: RobotView }) {
  const send = useSend();
  const line = robotStatusLine(robot);
  const stopped = robot.activity === 'stopped';
  return (
    <div className="screen screen--attract robot-status" data-screen="attract" data-robot-screen="status" data-activity={robot.activity}>
      <div className="robot-status__top">
        <Emblem className="robot-status__emblem" />
        <span className="robot-status__name">{view.servicePointName}</span>
        <DisplaySwitches display={view.display} locales={view.locales} onDark />
      </div>
      <div className="robot-status__stage">
        <RobotFace gaze={robot.gaze} speaking={view.voice.speaking !== null} className="robot-status__face" />
        <SpeechBubble speaking={view.voice.speaking} className="robot-status__bubble" />
      </div>
      {/* A stop is told by a warning sign and its words, not by colour. */}
      <p className={stopped ? 'robot-status__line robot-status__line--stopped' : 'robot-status__line'} role="status" data-testid="robot-status">
        {stopped && <Icon name="warning" className="robot-status__icon" />}
        <span className="robot-status__words">
          <span lang="vi" className="robot-status__vi">
            {vi(line.key, line.params)}
          </span>
          <span lang="en" className="robot-status__en">
            {en(line.key, line.params)}
          </span>
        </span>
      </p>
      {robotCanStop(robot) && (
        <button type="button" className="robot-stop" data-testid="robot-stop" onClick={() => send({ type: 'ui.robotStop' })}>
          <Icon name="stop" className="robot-stop__icon" />
          <span lang="vi" className="robot-stop__vi">
            {vi('robot.stop')}
          </span>
          <span lang="en" className="robot-stop__en">
            {en('robot.stop')}
          </span>
        </button>
      )}
      <button type="button" className="robot-status__touch" data-testid="touch-start" onClick={() => send({ type: 'ui.touch' })}>
        <TouchInvitation />
      </button>
    </div>
  );
}
