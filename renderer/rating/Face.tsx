import type { OverallLevel } from '../../bridge/satisfaction-poll.js';
import './faces.css';

/** The mouth of each face, from a deep frown to a wide open smile (viewBox 0 0 100 100). */
const MOUTHS: Readonly<Record<OverallLevel['face'], string>> = {
  'very-sad': 'M30 74 Q50 52 70 74',
  sad: 'M32 72 Q50 60 68 72',
  neutral: 'M32 68 H68',
  happy: 'M32 64 Q50 78 68 64',
  'very-happy': 'M28 60 Q50 90 72 60 Z',
};

/** A face drawn inline for a level of the overall score; its colour comes from the stylesheet. */
export function Face({ face }: { face: OverallLevel['face'] }) {
  const brows = face === 'very-sad' ? 'M28 30 L42 36 M72 30 L58 36' : null;
  return (
    <svg className={`face face--${face}`} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle className="face__head" cx="50" cy="50" r="45" />
      {brows !== null && <path className="face__line" d={brows} />}
      <circle className="face__eye" cx="36" cy="42" r="6" />
      <circle className="face__eye" cx="64" cy="42" r="6" />
      <path className={face === 'very-happy' ? 'face__line face__line--open' : 'face__line'} d={MOUTHS[face]} />
    </svg>
  );
}
