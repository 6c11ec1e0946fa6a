import type { PriorityId, PriorityView } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/** The priority groups, one tap each: tapping the chosen one again withdraws it. */
export function PriorityRow({ priority, onChoose }: { priority: PriorityView; onChoose: (group: PriorityId | null) => void }) {
  const t = useT();
  return (
    <section className="priority" aria-labelledby="priority-title">
      <div className="priority__head">
        <h2 className="priority__title" id="priority-title">
          <Icon name="star" className="priority__title-icon" />
          {t('priority.title')}
        </h2>
        <p className="priority__hint">{t('priority.hint')}</p>
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
