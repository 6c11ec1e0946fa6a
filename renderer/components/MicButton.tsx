import type { MessageKey } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import type { ListenFailure } from '../speech/recognition.js';
import { useListening } from '../speech/use-listening.js';
import { Icon } from './Icon.js';
import './MicButton.css';

interface MicButtonProps {
  testId: string;
  /** What tapping it does, for a screen reader; starts with the button's word ("Nói câu hỏi"). */
  label: string;
  /** Beside the button while it waits: what the citizen can say. */
  prompt: string;
  /** The words heard; false when they are no answer here, and the citizen is asked again with `unclear`. */
  onHeard: (transcript: string) => boolean;
  /** Said when the words were no answer here; the general "not clear" otherwise. */
  unclear?: string;
  className?: string;
}

const FAILURE_MESSAGE: Readonly<Record<ListenFailure, MessageKey>> = {
  noSpeech: 'mic.noSpeech',
  notUnderstood: 'mic.notUnderstood',
  cannotListen: 'mic.cannotListen',
};

/**
 * The microphone: tap, speak, and the words go where the screen sends them. While listening it
 * shows (and a screen reader hears) that it listens, and the words heard so far. Where the page
 * cannot listen there is no button: only, once, the sentence saying so.
 */
export function MicButton({ testId, label, prompt, onHeard, unclear, className }: MicButtonProps) {
  const t = useT();
  const { available, listening, interim, failure, toggle } = useListening();
  if (!available && failure !== 'cannotListen') return null;
  const status = listening
    ? t('mic.listening')
    : failure === null
      ? prompt
      : failure === 'notUnderstood' && unclear !== undefined
        ? unclear
        : t(FAILURE_MESSAGE[failure]);
  const classes = ['mic', listening && 'mic--listening', !available && 'mic--gone', className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={testId} data-state={listening ? 'listening' : (failure ?? 'ready')}>
      {available && (
        <button
          type="button"
          className="mic__button"
          data-testid={`${testId}-button`}
          aria-label={listening ? t('mic.stopLabel') : label}
          aria-pressed={listening}
          onClick={() => toggle(onHeard)}
        >
          <Icon name="mic" className="mic__icon" />
          <span className="mic__word">{listening ? t('mic.stop') : t('mic.speak')}</span>
        </button>
      )}
      <div className="mic__text">
        <p className="mic__status" data-testid={`${testId}-status`} role="status" aria-live="polite">
          {status}
        </p>
        {listening && (
          <p className="mic__heard" data-testid={`${testId}-heard`}>
            {interim === '' ? '…' : `“${interim}”`}
          </p>
        )}
      </div>
    </div>
  );
}
