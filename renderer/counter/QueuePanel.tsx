import type { CounterState } from '../../bridge/queue-protocol.js';
import type { CounterTranslate } from './counter-i18n.js';
import { useCounterText } from './counter-text.js';

function estimate(t: CounterTranslate, minutes: number | null): string {
  if (minutes === null) return t('noEstimate');
  return minutes <= 0 ? t('noWait') : t('estimate', { minutes });
}

/** How many wait in this counter's groups and how long a new ticket would wait. */
export function QueuePanel({ state }: { state: CounterState }) {
  const { t, locale } = useCounterText();
  return (
    <section className="panel" data-testid="queue-panel">
      <h2 className="panel__title">{t('myGroups')}</h2>
      <ul className="groups">
        {state.groups.map((group) => (
          <li key={group.id} className="groups__row" data-testid={`group-${group.id}`}>
            <span className="groups__prefix">{group.prefix}</span>
            <span className="groups__name">{group.name[locale]}</span>
            <span className="groups__waiting">{t('waitingCount', { count: group.waiting })}</span>
            <span className="groups__estimate">
              {estimate(t, group.estimatedWaitMinutes)}
            </span>
          </li>
        ))}
      </ul>
      <p className="panel__note">{t('servedToday', { count: state.servedToday })}</p>
    </section>
  );
}
