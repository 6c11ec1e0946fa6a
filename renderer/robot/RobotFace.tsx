import type { RobotView } from '../../bridge/contract.js';
import '../styles/robot.css';

interface RobotFaceProps {
  /** Where the presence sensor last saw someone (as a person facing the screen sees it): the pupils look there. */
  gaze: RobotView['gaze'];
  /** The kiosk's voice is saying something: the mouth moves. */
  speaking: boolean;
  className?: string;
}

/**
 * The robot's face, drawn (no image files): a calm face plate, eyes that look towards the citizen
 * and blink now and then, a mouth that moves while it speaks. Decorative: its words are in the
 * speech bubble beside it.
 */
export function RobotFace({ gaze, speaking, className }: RobotFaceProps) {
  return (
    <svg
      className={className === undefined ? 'robot-face' : `robot-face ${className}`}
      data-testid="robot-face"
      data-gaze={gaze}
      data-speaking={speaking}
      viewBox="0 0 240 200"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="robot-face__plate" x="10" y="10" width="220" height="180" rx="76" />
      <path className="robot-face__brow" d="M64 52q20-8 40 0" />
      <path className="robot-face__brow" d="M136 52q20-8 40 0" />
      {[84, 156].map((x) => (
        <g key={x} className="robot-face__eye">
          <ellipse className="robot-face__white" cx={x} cy="92" rx="24" ry="26" />
          <g className="robot-face__pupil">
            <circle className="robot-face__iris" cx={x} cy="95" r="13" />
            <circle className="robot-face__glint" cx={x + 4} cy="90" r="4" />
          </g>
          {/* A relaxed upper lid: a calm, kind look rather than a stare. */}
          <path className="robot-face__lid" d={`M${x - 28} 62H${x + 28}V73Q${x} 62 ${x - 28} 73Z`} />
          <path className="robot-face__lid-line" d={`M${x - 22} 72Q${x} 63 ${x + 22} 72`} />
        </g>
      ))}
      <ellipse className="robot-face__cheek" cx="54" cy="136" rx="15" ry="8" />
      <ellipse className="robot-face__cheek" cx="186" cy="136" rx="15" ry="8" />
      {speaking ? (
        <path className="robot-face__mouth robot-face__mouth--speaking" d="M100 138h40a20 15 0 0 1-40 0z" />
      ) : (
        <path className="robot-face__mouth robot-face__mouth--smile" d="M100 140q20 14 40 0" />
      )}
    </svg>
  );
}
