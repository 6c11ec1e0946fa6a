/** The receipt roll: how much is used and left (a bar and the figures), and the reset when a new roll goes in (asks first, with the roll's length). */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import { DEFAULT_ROLL_LENGTH_M, ROLL_LENGTHS_M, type RollLengthM } from '../../../bridge/device-tool-constants.js';
import type { PaperCounterView } from '../../../bridge/staff-device-protocol.js';
import { said } from '../DayPanel.js';
import { staffTranslator } from '../staff-i18n.js';
import type { StaffCall } from '../staff-panel.js';
import { devicesTranslator } from './devices-i18n.js';

interface Props {
  call: StaffCall;
  locale: Locale;
  paper: PaperCounterView | null;
  onDone: () => void;
}

export function PaperCard({ call, locale, paper, onDone }: Props) {
  const t = devicesTranslator(locale);
  const staff = staffTranslator(locale);
  const [asking, setAsking] = useState(false);
  const [roll, setRoll] = useState<RollLengthM>(DEFAULT_ROLL_LENGTH_M);
  const [outcome, setOutcome] = useState<string | null>(null);
  const metres = (mm: number) => (mm / 1000).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });

  const reset = () => {
    setAsking(false);
    call({ type: 'resetPaperCounter', rollLengthM: roll }).then(
      (reply) => {
        setOutcome(reply.ok ? t('paperResetDone') : said(reply, locale, staff));
        onDone();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  };

  if (paper === null) return null;
  const usedShare = Math.min(100, Math.round((paper.usedMm / paper.rollLengthMm) * 100));
  return (
    <div className="staff-card" data-testid="paper-card">
      <div className="staff-card__head">
        <h2>{t('paperTitle')}</h2>
        <button type="button" className="staff-button" data-testid="paper-reset" onClick={() => setAsking(true)}>
          {t('paperReset')}
        </button>
      </div>
      <p className="staff-note">{t('paperSince', { since: new Date(paper.since).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
      <div className="dev-paper__bar" role="img" aria-label={t('paperUsed', { used: metres(paper.usedMm), roll: metres(paper.rollLengthMm) })}>
        <div className={`dev-paper__used${paper.nearEnd ? ' dev-paper__used--low' : ''}`} style={{ width: `${usedShare}%` }} />
      </div>
      <p data-testid="paper-figures">
        <strong>{t('paperUsed', { used: metres(paper.usedMm), roll: metres(paper.rollLengthMm) })}</strong> ·{' '}
        {t('paperLeft', { left: metres(paper.remainingMm), tickets: paper.ticketsLeft })} · {t('paperJobs', { tickets: paper.tickets, other: paper.otherJobs })}
      </p>
      {paper.nearEnd && (
        <p className="staff-state staff-state--bad">
          <span aria-hidden="true">▲</span> {t('paperNearEnd')}
        </p>
      )}
      {asking && (
        <div className="staff-confirm" role="alertdialog" aria-label={t('paperReset')}>
          <p>{t('paperResetAsk')}</p>
          <div className="staff-actions" role="radiogroup" aria-label={t('paperTitle')}>
            {ROLL_LENGTHS_M.map((length) => (
              <button
                key={length}
                type="button"
                role="radio"
                aria-checked={length === roll}
                className={`staff-button${length === roll ? ' staff-button--go' : ''}`}
                onClick={() => setRoll(length)}
              >
                {length === roll && <span aria-hidden="true">✓</span>}
                {t('rollLength', { metres: length })}
              </button>
            ))}
          </div>
          <div className="staff-actions">
            <button type="button" className="staff-button staff-button--go" data-testid="paper-reset-confirm" onClick={reset}>
              {staff('confirm')}
            </button>
            <button type="button" className="staff-button" onClick={() => setAsking(false)}>
              {staff('cancel')}
            </button>
          </div>
        </div>
      )}
      {outcome !== null && (
        <p className="staff-outcome" role="status">
          {outcome}
        </p>
      )}
    </div>
  );
}
