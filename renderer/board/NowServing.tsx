import type { BoardCall, BoardState } from '../../bridge/queue-protocol.js';
import type { BoardTranslate } from './board-i18n.js';

type Row =
  | { counter: number; kind: 'serving'; number: string; priority: boolean; fresh: boolean }
  | { counter: number; kind: 'paused'; reason: string }
  | { counter: number; kind: 'idle' };

/** Every counter of the service point, each with its ticket, its pause, or nothing yet. */
export function counterRows(state: BoardState, fresh: readonly BoardCall[]): Row[] {
  const counters = new Set([
    ...state.groups.flatMap((group) => group.counters),
    ...state.nowServing.map((row) => row.counter),
    ...state.paused.map((pause) => pause.counter),
  ]);
  return [...counters]
    .sort((a, b) => a - b)
    .map((counter): Row => {
      const serving = state.nowServing.find((row) => row.counter === counter);
      if (serving !== undefined) {
        const isFresh = fresh.some((call) => call.counter === counter && call.number === serving.number);
        return { counter, kind: 'serving', number: serving.number, priority: serving.priority !== null, fresh: isFresh };
      }
      const pause = state.paused.find((candidate) => candidate.counter === counter);
      if (pause !== undefined) return { counter, kind: 'paused', reason: pause.reason };
      return { counter, kind: 'idle' };
    });
}

/** Rows per column before the table splits into two (then three) columns. */
const ROWS_PER_COLUMN = 6;

export function NowServing({ state, fresh, t }: { state: BoardState; fresh: readonly BoardCall[]; t: BoardTranslate }) {
  const rows = counterRows(state, fresh);
  const columns = Math.min(3, Math.max(1, Math.ceil(rows.length / ROWS_PER_COLUMN)));
  return (
    <section className="now-serving" aria-labelledby="now-serving-title">
      <h2 id="now-serving-title" className="board-section__title">
        {t('nowServing')}
      </h2>
      <ol className={`now-serving__rows now-serving__rows--columns-${columns}`} data-testid="now-serving">
        {rows.map((row) => (
          <li
            key={row.counter}
            className={`serving-row serving-row--${row.kind}${row.kind === 'serving' && row.fresh ? ' is-fresh' : ''}`}
            data-testid={`counter-${row.counter}`}
          >
            <span className="serving-row__counter">{t('counter', { counter: row.counter })}</span>
            {row.kind === 'serving' && (
              <span className="serving-row__ticket">
                <span className="serving-row__number">{row.number}</span>
                {row.priority && <span className="priority-mark">{t('priority')}</span>}
              </span>
            )}
            {row.kind === 'paused' && (
              <span className="serving-row__paused">
                <span className="serving-row__paused-label">{t('paused')}</span>
                <span className="serving-row__reason">{row.reason}</span>
              </span>
            )}
            {row.kind === 'idle' && <span className="serving-row__idle">{t('idle')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
