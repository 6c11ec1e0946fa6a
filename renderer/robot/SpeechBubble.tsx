import type { VoiceView } from '../../bridge/contract.js';
import { useLastWords } from './last-words.js';
import '../styles/robot.css';

/**
 * What the robot says, written beside its face (and announced politely to a screen reader), in the
 * language it is said in. The region is always there, empty while it is silent, so its words are announced.
 */
export function SpeechBubble({ speaking, className }: { speaking: VoiceView['speaking']; className?: string }) {
  const words = useLastWords(speaking);
  const classes = ['speech-bubble', words === null ? 'speech-bubble--silent' : null, className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid="speech-bubble" aria-live="polite">
      {words !== null && (
        <p className="speech-bubble__text" lang={words.locale}>
          {words.text}
        </p>
      )}
    </div>
  );
}
