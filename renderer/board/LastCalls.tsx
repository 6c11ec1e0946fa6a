import type { Locale } from '../../bridge/contract.js';
import type { BoardCall } from '../../bridge/queue-protocol.js';
import { type BoardTranslate, dateLocale } from './board-i18n.js';

/** How many of the day's calls fit beside the table at a readable size. */
const SHOWN_CALLS = 5;

export function LastCalls({ calls, fresh, t, locale }: { calls: readonly BoardCall[]; fresh: readonly BoardCall[]; t: BoardTranslate; locale: Locale }) {
  const shown = calls.slice(0, SHOWN_CALLS);
  return (
    <section className="last-calls" aria-labelledby="last-calls-title">
      <h2 id="last-calls-title" className="board-section__title">
        {t('lastCalls')}
      </h2>
      {shown.length === 0 ? (
        <p className="board-empty">{t('noCalls')}</p>
      ) : (
        <ol className="last-calls__list" data-testid="last-calls">
          {shown.map((call) => (
            <li key={call.callId} className={`last-call${fresh.some((other) => other.callId === call.callId) ? ' is-fresh' : ''}`}>
              <span className="last-call__number">{call.number}</span>
              <span className="last-call__counter">→ {t('toCounter', { counter: call.counter })}</span>
              {call.priority !== null && <span className="priority-mark priority-mark--small">{t('priority')}</span>}
              {call.kind === 'recall' && <span className="last-call__recall">{t('recall')}</span>}
              <time className="last-call__time">
                {new Date(call.at).toLocaleTimeString(dateLocale(locale), { hour: '2-digit', minute: '2-digit', hour12: false })}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
