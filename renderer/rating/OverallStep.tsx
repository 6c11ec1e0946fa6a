import type { Locale } from '../../bridge/contract.js';
import { OVERALL_LEVELS, type Score } from '../../bridge/satisfaction-poll.js';
import { Face } from './Face.js';
import type { RatingTranslate } from './rating-i18n.js';

interface OverallStepProps {
  t: RatingTranslate;
  locale: Locale;
  busy: boolean;
  onChoose(score: Score): void;
}

/** The overall score: five faces with their words, worst on the left (top on a phone). */
export function OverallStep({ t, locale, busy, onChoose }: OverallStepProps) {
  return (
    <section className="poll-step poll-step--overall" data-step="overall">
      <h1 className="poll-step__question">{t('overallQuestion')}</h1>
      <p className="poll-step__hint">{t('overallHint')}</p>
      <div className="levels" role="group" aria-label={t('overallQuestion')}>
        {OVERALL_LEVELS.map((level) => (
          <button
            key={level.score}
            type="button"
            className={`level level--${level.face}`}
            data-testid={`overall-${level.score}`}
            disabled={busy}
            onClick={() => onChoose(level.score)}
          >
            <Face face={level.face} />
            <span className="level__words">{level.words[locale]}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
