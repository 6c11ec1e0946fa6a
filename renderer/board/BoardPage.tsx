import type { Locale } from '../../bridge/contract.js';
import { BoardHeader } from './BoardHeader.js';
import { boardTranslator } from './board-i18n.js';
import { LastCalls } from './LastCalls.js';
import { NowServing } from './NowServing.js';
import { useBoard } from './use-board.js';
import { WaitingGroups } from './WaitingGroups.js';

/** The display board: a landscape TV read from across the hall. */
export function BoardPage({ locale }: { locale: Locale }) {
  const t = boardTranslator(locale);
  const { state, connected, announcement, fresh, soundBlocked, enableSound } = useBoard(locale);
  if (state === null) {
    return (
      <main className="board board--connecting">
        <p className="board-connecting">{t('connecting')}</p>
      </main>
    );
  }
  const closedMessage = state.day.open ? null : (state.day.closedMessage?.[locale] ?? t('dayClosed'));
  return (
    <main className="board">
      <BoardHeader name={state.servicePointName[locale]} locale={locale}>
        {soundBlocked && (
          <button type="button" className="sound-button" data-testid="enable-sound" onClick={enableSound}>
            {t('enableSound')}
          </button>
        )}
      </BoardHeader>
      {!connected && (
        <p className="board-banner board-banner--problem" role="alert" data-testid="disconnected">
          {t('disconnected')}
        </p>
      )}
      {closedMessage !== null && (
        <p className="board-banner board-banner--closed" data-testid="day-closed">
          {closedMessage}
        </p>
      )}
      {/* While disconnected the numbers may be stale: dimmed, so nobody trusts them as live. */}
      <div className={connected ? 'board__body' : 'board__body board__body--stale'}>
        <NowServing state={state} fresh={fresh} t={t} />
        <div className="board__side">
          <LastCalls calls={state.lastCalls} fresh={fresh} t={t} locale={locale} />
          {/* A closed day takes no tickets: its banner says so instead of counts and estimates. */}
          {state.day.open && <WaitingGroups groups={state.groups} t={t} locale={locale} />}
        </div>
      </div>
      {announcement !== null && (
        <div className="announcing" role="status" aria-live="assertive" data-testid="announcing">
          <span className="announcing__label">{t('announcing')}</span>
          <span className="announcing__text">{announcement.text}</span>
        </div>
      )}
    </main>
  );
}
