import type { PriorityId, PriorityView } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

interface PriorityRowProps {
  priority: PriorityView;
  /** The elderly group was chosen from the card's age: say so, since the citizen did not tap it. */
  chosenByAge: boolean;
  onChoose: (group: PriorityId | null) => void;
}

/** The priority groups, one tap each: tapping the chosen one again withdraws it. */
export function PriorityRow({ priority, chosenByAge, onChoose }: PriorityRowProps) {
  const t = useT();
  return (
    <section className="priority" aria-labelledby="priority-title">
      <div className="priority__head">
        <h2 className="priority__title" id="priority-title">
          <Icon name="star" className="priority__title-icon" />
          {t('priority.title')}
        </h2>
        <p className="priority__hint" data-testid="priority-hint">
          {t(chosenByAge ? 'priority.byAge' : 'priority.hint')}
        </p>
      </div>
      <div className="priority__options" role="group" aria-labelledby="priority-title">
        {priority.options.map((option) => {
          const chosen = option.id === priority.selected;
          return (
            <button
              key={option.id}
              type="button"
              className={chosen ? 'priority__option priority__option--chosen' : 'priority__option'}
              data-testid={`priority-${option.id}`}
              aria-pressed={chosen}
              onClick={() => onChoose(chosen ? null : option.id)}
            >
              <Icon name={chosen ? 'check' : 'star'} className="priority__icon" />
              <span>{option.label}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
