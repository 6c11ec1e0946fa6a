import type { Locale } from '../../bridge/contract.js';
import { LOW_SCORE_REASONS, type ReasonId } from '../../bridge/satisfaction-poll.js';
import { Icon } from '../components/Icon.js';
import { toggleReason } from './poll-flow.js';
import type { RatingTranslate } from './rating-i18n.js';

interface ReasonsStepProps {
  t: RatingTranslate;
  locale: Locale;
  reasons: readonly ReasonId[];
  onChange(reasons: ReasonId[]): void;
}

/** After a low score: what went wrong, as many as apply. */
export function ReasonsStep({ t, locale, reasons, onChange }: ReasonsStepProps) {
  return (
    <section className="poll-step" data-step="reasons">
      <h1 className="poll-step__question">{t('reasonsQuestion')}</h1>
      <p className="poll-step__hint">{t('reasonsHint')}</p>
      <div className="reasons" role="group" aria-label={t('reasonsQuestion')}>
        {LOW_SCORE_REASONS.map((reason) => {
          const chosen = reasons.includes(reason.id);
          return (
            <button
              key={reason.id}
              type="button"
              className="reason"
              data-testid={`reason-${reason.id}`}
              aria-pressed={chosen}
              onClick={() => onChange(toggleReason(reasons, reason.id))}
            >
              <span className="reason__box" aria-hidden="true">
                {chosen && <Icon name="check" />}
              </span>
              {reason.label[locale]}
            </button>
          );
        })}
      </div>
    </section>
  );
}
