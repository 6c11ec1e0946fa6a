import { useEffect, useState } from 'react';
import type { CounterState } from '../../bridge/queue-protocol.js';
import type { CounterCommand } from './counter-connection.js';
import { clockTime } from './counter-i18n.js';
import { useCounterText } from './counter-text.js';
import { CurrentTicket } from './CurrentTicket.js';
import { Dialog } from './Dialog.js';
import { PauseDialog } from './PauseDialog.js';
import { QueuePanel } from './QueuePanel.js';
import { TransferDialog } from './TransferDialog.js';

type Open = 'pause' | 'transfer' | 'openDay' | 'closeDay' | null;

/** Minutes tick on the desk (how long the citizen waited) without a push from the host. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The desk: call, recall, start, finish, no-show, transfer, pause and the day. A button is off when
 * its action does not apply to what the page last heard; the host still decides, and a stale
 * page's refusal shows in the banner.
 */
export function DeskScreen({ state, act, frozen }: { state: CounterState; act: (command: CounterCommand) => Promise<boolean>; frozen: boolean }) {
  const { t, locale } = useCounterText();
  const [open, setOpen] = useState<Open>(null);
  const now = useNow(30_000);
  const { current, paused, day } = state;
  const called = current?.state === 'called';
  const serving = current?.state === 'serving';
  const run = (command: CounterCommand) => {
    setOpen(null);
    void act(command);
  };

  return (
    <main className="desk" data-screen="counter-desk">
      <div className="desk__main">
        {paused !== null ? (
          <section className="paused" data-testid="paused">
            <p className="paused__text">{t('pausedSince', { time: clockTime(paused.since), reason: paused.reason })}</p>
            <button type="button" className="counter-button counter-button--primary counter-button--huge" data-testid="resume" disabled={frozen} onClick={() => run({ type: 'resumeCounter' })}>
              {t('resume')}
            </button>
          </section>
        ) : (
          <button
            type="button"
            className="counter-button counter-button--primary counter-button--huge"
            data-testid="call-next"
            disabled={frozen || current !== null}
            onClick={() => run({ type: 'callNext' })}
          >
            {t('callNext')}
          </button>
        )}
        {current !== null && <CurrentTicket ticket={current} groups={state.allGroups} now={now} />}
        {current === null && paused === null && (
          <p className="desk__empty" data-testid="no-current">
            {t('noCurrent')}
          </p>
        )}
        <div className="actions">
          <button type="button" className="counter-button" data-testid="recall" disabled={frozen || !called} onClick={() => current && run({ type: 'recall', ticketId: current.id })}>
            {t('recall')}
          </button>
          <button type="button" className="counter-button counter-button--go" data-testid="start" disabled={frozen || !called} onClick={() => current && run({ type: 'start', ticketId: current.id })}>
            {t('start')}
          </button>
          <button type="button" className="counter-button counter-button--go" data-testid="finish" disabled={frozen || !serving} onClick={() => current && run({ type: 'finish', ticketId: current.id })}>
            {t('finish')}
          </button>
          <button type="button" className="counter-button counter-button--warn" data-testid="no-show" disabled={frozen || !called} onClick={() => current && run({ type: 'noShow', ticketId: current.id })}>
            {t('noShow')}
          </button>
          <button type="button" className="counter-button" data-testid="transfer" disabled={frozen || current === null} onClick={() => setOpen('transfer')}>
            {t('transfer')}
          </button>
        </div>
      </div>
      <aside className="desk__side">
        <QueuePanel state={state} />
        <section className="panel" data-testid="day-panel">
          <h2 className="panel__title">{t('day', { day: day.day })}</h2>
          <p className={`day-state day-state--${day.open ? 'open' : 'closed'}`} data-testid="day-state">
            {day.open ? t('dayOpen') : t('dayClosed')}
          </p>
          {day.closedMessage !== null && <p className="panel__note">{day.closedMessage[locale]}</p>}
          <div className="panel__buttons">
            <button type="button" className="counter-button" data-testid="pause" disabled={frozen || paused !== null || current !== null} onClick={() => setOpen('pause')}>
              {t('pause')}
            </button>
            {day.open ? (
              <button type="button" className="counter-button counter-button--warn" data-testid="close-day" disabled={frozen} onClick={() => setOpen('closeDay')}>
                {t('closeDay')}
              </button>
            ) : (
              <button type="button" className="counter-button" data-testid="open-day" disabled={frozen} onClick={() => setOpen('openDay')}>
                {t('openDay')}
              </button>
            )}
          </div>
        </section>
      </aside>
      {open === 'pause' && <PauseDialog onPause={(reason) => run({ type: 'pause', reason })} onCancel={() => setOpen(null)} />}
      {open === 'transfer' && current !== null && (
        <TransferDialog ticket={current} groups={state.allGroups} onTransfer={(toGroupId) => run({ type: 'transfer', ticketId: current.id, toGroupId })} onCancel={() => setOpen(null)} />
      )}
      {(open === 'openDay' || open === 'closeDay') && (
        <Dialog
          title={open === 'openDay' ? t('confirmOpenDay') : t('confirmCloseDay')}
          testId="day-dialog"
          confirmLabel={t('confirm')}
          onConfirm={() => run({ type: open })}
          onCancel={() => setOpen(null)}
        />
      )}
    </main>
  );
}
