/**
 * The service day and the kiosk: open or close the day (closing asks first), end a citizen's
 * unfinished session, restart the app (asks first). Each outcome is said in words.
 */
import { useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { StaffReply } from '../../bridge/staff-protocol.js';
import { type StaffTranslate, staffTranslator } from './staff-i18n.js';
import type { StaffPanelProps } from './staff-panel.js';
import { useStaffQuery } from './use-staff-query.js';

type Action = 'openDay' | 'closeDay' | 'resetSession' | 'restartApp';
const ASKS_FIRST: Partial<Record<Action, 'closeDayConfirm' | 'restartConfirm'>> = { closeDay: 'closeDayConfirm', restartApp: 'restartConfirm' };

export function DayPanel({ call, locale, revision }: StaffPanelProps) {
  const t = staffTranslator(locale);
  const queue = useStaffQuery(call, { type: 'queueReport' }, revision);
  const [asking, setAsking] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const day = queue.reply?.ok ? queue.reply.result.day : null;

  const run = (action: Action) => {
    setAsking(null);
    call({ type: action }).then(
      (reply) => {
        setOutcome(said(reply, locale, t));
        queue.refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  };
  const press = (action: Action) => (ASKS_FIRST[action] === undefined ? run(action) : setAsking(action));

  return (
    <section className="staff-panel" data-testid="day-panel">
      {queue.reply?.ok === false && (
        <p className="staff-outcome" data-testid="day-elsewhere">
          {queue.reply.message[locale]}
        </p>
      )}
      {day !== null && (
        <div className="staff-card">
          <h2>{t('dayTitle', { day: day.day })}</h2>
          <p className={`staff-state staff-state--${day.open ? 'good' : 'off'}`} data-testid="day-state">
            <span className="staff-state__mark" aria-hidden="true">{day.open ? '●' : '○'}</span> {day.open ? t('dayOpen') : t('dayClosed')}
          </p>
          {day.closedMessage !== null && <p className="staff-note">{day.closedMessage[locale]}</p>}
          <div className="staff-actions">
            <button type="button" className="staff-button staff-button--go" data-testid="open-day" onClick={() => press('openDay')}>
              {t('openDay')}
            </button>
            <button type="button" className="staff-button" data-testid="close-day" onClick={() => press('closeDay')}>
              {t('closeDay')}
            </button>
          </div>
        </div>
      )}
      <div className="staff-card">
        <h2>{t('kioskTitle')}</h2>
        <p className="staff-note">{t('resetSessionHint')}</p>
        <div className="staff-actions">
          <button type="button" className="staff-button" data-testid="reset-session" onClick={() => press('resetSession')}>
            {t('resetSession')}
          </button>
          <button type="button" className="staff-button" data-testid="restart-app" onClick={() => press('restartApp')}>
            {t('restartApp')}
          </button>
        </div>
      </div>
      {asking !== null && (
        <div className="staff-confirm" role="alertdialog" aria-label={t('confirm')}>
          <p>{t(ASKS_FIRST[asking] ?? 'confirm')}</p>
          <div className="staff-actions">
            <button type="button" className="staff-button staff-button--go" data-testid="confirm" onClick={() => run(asking)}>
              {t('confirm')}
            </button>
            <button type="button" className="staff-button" onClick={() => setAsking(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {outcome !== null && (
        <p className="staff-outcome" role="status" data-testid="day-outcome">
          {outcome}
        </p>
      )}
    </section>
  );
}

/** What a reply says to staff: done, or the runtime's words. */
export function said(reply: StaffReply, locale: Locale, t: StaffTranslate): string {
  return reply.ok ? t('done') : reply.message[locale];
}
