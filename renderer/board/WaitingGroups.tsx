import type { Locale } from '../../bridge/contract.js';
import type { GroupSummary } from '../../bridge/queue-protocol.js';
import type { BoardTranslate } from './board-i18n.js';

function estimate(minutes: number | null, t: BoardTranslate): string {
  if (minutes === null) return t('noEstimate');
  return minutes === 0 ? t('noWait') : t('estimate', { minutes });
}

/** Groups that fit under the last calls in one column. */
const GROUPS_PER_COLUMN = 4;

/** Per service group: how many wait, and about how long a ticket taken now will wait. */
export function WaitingGroups({ groups, t, locale }: { groups: readonly GroupSummary[]; t: BoardTranslate; locale: Locale }) {
  return (
    <section className="waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="board-section__title">
        {t('waiting')}
      </h2>
      <ul className={`waiting__list${groups.length > GROUPS_PER_COLUMN ? ' waiting__list--columns-2' : ''}`} data-testid="waiting">
        {groups.map((group) => (
          <li key={group.id} className="waiting-group" data-testid={`waiting-${group.id}`}>
            <span className="waiting-group__prefix">{group.prefix}</span>
            <span className="waiting-group__name">{group.name[locale]}</span>
            <span className="waiting-group__count">{t('people', { count: group.waiting })}</span>
            <span className="waiting-group__estimate">{estimate(group.estimatedWaitMinutes, t)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
