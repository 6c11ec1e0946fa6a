import type { Locale } from '../../bridge/contract.js';
import { CRITERIA, SCORES } from '../../bridge/satisfaction-poll.js';
import { type Criteria, toggleCriterion } from './poll-flow.js';
import type { RatingTranslate } from './rating-i18n.js';

interface CriteriaStepProps {
  t: RatingTranslate;
  locale: Locale;
  criteria: Criteria;
  onChange(criteria: Criteria): void;
}

/** The SIPAS criteria, each scored 1–5 or left alone. */
export function CriteriaStep({ t, locale, criteria, onChange }: CriteriaStepProps) {
  return (
    <section className="poll-step" data-step="criteria">
      <h1 className="poll-step__question">{t('criteriaQuestion')}</h1>
      <p className="poll-step__hint">{t('criteriaHint')}</p>
      <ul className="criteria">
        {CRITERIA.map((criterion) => (
          <li key={criterion.id} className="criterion">
            <span className="criterion__label" id={`criterion-${criterion.id}`}>
              {criterion.label[locale]}
            </span>
            <span className="criterion__scores" role="group" aria-labelledby={`criterion-${criterion.id}`}>
              {SCORES.map((score) => (
                <button
                  key={score}
                  type="button"
                  className={`criterion__score criterion__score--${score}`}
                  data-testid={`criterion-${criterion.id}-${score}`}
                  aria-pressed={criteria[criterion.id] === score}
                  onClick={() => onChange(toggleCriterion(criteria, criterion.id, score))}
                >
                  {score}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
