import type { RobotView, VoiceView } from '../../bridge/contract.js';
import { RobotFace } from './RobotFace.js';
import { SpeechBubble } from './SpeechBubble.js';
import '../styles/robot.css';

/** On the greeting, the robot's face looks at whoever walked up (the presence sensor's side) and says hello in its bubble. */
export function RobotGreeting({ robot, speaking }: { robot: RobotView; speaking: VoiceView['speaking'] }) {
  return (
    <div className="robot-greeting">
      <RobotFace gaze={robot.gaze} speaking={speaking !== null} className="robot-greeting__face" />
      <SpeechBubble speaking={speaking} className="robot-greeting__bubble" />
    </div>
  );
}
