/** The date range: today, the last 7 or 30 days, or two dates of the staff's choosing. */
import { useState } from 'react';
import type { DayRange } from '../../bridge/dashboard-protocol.js';
import { type RangeChoice, isValidRange, presetRange } from './day-range.js';
import type { DashboardTranslate } from './dashboard-i18n.js';

const PRESETS = ['today', 'last7', 'last30'] as const;

interface Props {
  today: string;
  choice: RangeChoice;
  range: DayRange;
  onChange: (choice: RangeChoice, range: DayRange) => void;
  t: DashboardTranslate;
}

export function RangeBar({ today, choice, range, onChange, t }: Props) {
  const [custom, setCustom] = useState(range);
  const [showCustom, setShowCustom] = useState(choice === 'custom');
  const valid = isValidRange(custom);
  return (
    <div className="dash-range" role="group" aria-label={t('custom')}>
      {PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          className={`dash-chip${choice === preset ? ' dash-chip--on' : ''}`}
          aria-pressed={choice === preset}
          data-testid={`range-${preset}`}
          onClick={() => {
            setShowCustom(false);
            onChange(preset, presetRange(preset, today));
          }}
        >
          {t(preset)}
        </button>
      ))}
      <button
        type="button"
        className={`dash-chip${choice === 'custom' || showCustom ? ' dash-chip--on' : ''}`}
        aria-pressed={choice === 'custom'}
        data-testid="range-custom"
        onClick={() => {
          setCustom(range);
          setShowCustom(true);
        }}
      >
        {t('custom')}
      </button>
      {showCustom && (
        <form
          className="dash-range__custom"
          onSubmit={(event) => {
            event.preventDefault();
            if (valid) onChange('custom', custom);
          }}
        >
          <label>
            {t('from')} <input type="date" data-testid="range-from" value={custom.from} max={today} onChange={(event) => setCustom({ ...custom, from: event.target.value })} />
          </label>
          <label>
            {t('to')} <input type="date" data-testid="range-to" value={custom.to} max={today} onChange={(event) => setCustom({ ...custom, to: event.target.value })} />
          </label>
          <button type="submit" className="dash-button" disabled={!valid} data-testid="range-show">
            {t('show')}
          </button>
          {!valid && <span className="dash-error">{t('rangeInvalid')}</span>}
        </form>
      )}
    </div>
  );
}
