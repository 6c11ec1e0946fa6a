import { useT } from '../i18n/I18nProvider.js';
import { BigButton } from './BigButton.js';
import { YesNoMic } from './YesNoMic.js';

interface IdleWarningProps {
  secondsLeft: number;
  onStillHere: () => void;
}

/** "Are you still there?" over the current screen, with the seconds left before it starts over. */
export function IdleWarning({ secondsLeft, onStillHere }: IdleWarningProps) {
  const t = useT();
  return (
    <div className="idle" data-testid="idle-warning">
      {/* A tap anywhere on the dimmed screen also counts: the citizen is plainly still here. */}
      <div className="idle__backdrop" onClick={onStillHere} aria-hidden="true" />
      <section className="idle__dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-message">
        <h2 id="idle-title" className="idle__title">
          {t('idle.title')}
        </h2>
        <p id="idle-message" className="idle__message">
          {t('idle.message')}
        </p>
        <p className="idle__countdown" aria-live="polite" aria-atomic="true">
          <span className="idle__seconds" data-testid="idle-countdown">
            {secondsLeft}
          </span>
          <span className="idle__unit">{t(secondsLeft === 1 ? 'idle.secondsOne' : 'idle.secondsMany')}</span>
        </p>
        <BigButton testId="still-here" variant="primary" icon="check" onPress={onStillHere} autoFocus className="idle__button">
          {t('idle.stillHere')}
        </BigButton>
        {/* "Không" changes nothing: the countdown runs out as it would. */}
        <YesNoMic testId="idle-mic" onYes={onStillHere} onNo={() => undefined} />
      </section>
    </div>
  );
}
