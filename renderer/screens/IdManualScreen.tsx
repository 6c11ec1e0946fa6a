import { useState } from 'react';
import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

const ID_LENGTH = 12;
const GROUP = 3;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** The typed digits as 3-3-3-3, each group a box of three cells; a space between groups with digits. */
function DigitDisplay({ digits, label }: { digits: string; label: string }) {
  const groups = [];
  for (let start = 0; start < ID_LENGTH; start += GROUP) {
    const cells = [];
    for (let index = start; index < start + GROUP; index += 1) {
      const digit = digits[index];
      cells.push(
        <span
          key={index}
          className={
            digit !== undefined ? 'digits__cell digits__cell--filled' : index === digits.length ? 'digits__cell digits__cell--next' : 'digits__cell'
          }
        >
          {digit}
        </span>,
      );
    }
    groups.push(
      <span key={start} className="digits__group">
        {start > 0 && start < digits.length ? ' ' : null}
        {cells}
      </span>,
    );
  }
  return (
    <p className="digits" data-testid="manual-display" role="status" aria-live="polite" aria-label={`${label}: ${digits.split('').join(' ')}`}>
      {groups}
    </p>
  );
}

/** Typing the 12-digit ID number on an on-screen keypad; the digits stay here until "Continue". */
export function IdManualScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const [digits, setDigits] = useState('');
  // The kiosk's verdict is about the number last submitted: it steps aside once the citizen edits.
  const [editedSinceSubmit, setEditedSinceSubmit] = useState(false);
  const manualError = editedSinceSubmit ? null : view.idRead.manualError;
  const complete = digits.length === ID_LENGTH;

  const edit = (next: string) => {
    setDigits(next);
    setEditedSinceSubmit(true);
  };
  const press = (digit: string) => {
    if (digits.length < ID_LENGTH) edit(digits + digit);
  };
  const submit = () => {
    if (!complete) return;
    setEditedSinceSubmit(false);
    send({ type: 'ui.submitId', idNumber: digits });
  };

  return (
    <SessionScreen
      screen="idManual"
      view={view}
      title={t('idManual.title')}
      canGoBack
      actions={
        <>
          <BigButton testId="skip-id" onPress={() => send({ type: 'ui.skipId' })}>
            {t('identify.skip')}
          </BigButton>
          <BigButton testId="submit-id" variant="primary" icon="next" iconAtEnd disabled={!complete} onPress={submit}>
            {t('idManual.submit')}
          </BigButton>
        </>
      }
    >
      <div className="manual-id">
        <p className="manual-id__hint">{t('idManual.hint')}</p>
        <div className="manual-id__entry">
          <DigitDisplay digits={digits} label={t('idManual.display')} />
          <p className="manual-id__count" data-testid="manual-count">
            {t('idManual.count', { count: digits.length })}
          </p>
        </div>
        {manualError !== null && (
          <div className="notice notice--problem manual-id__error" role="alert" data-testid="manual-error" data-error={manualError}>
            <Icon name="warning" className="notice__icon" />
            <div>
              <p className="notice__title">{t('idManual.errorTitle')}</p>
              <p className="notice__text">{t(manualError === 'format' ? 'idManual.formatError' : 'idManual.structureError')}</p>
            </div>
          </div>
        )}
        <div className="keypad" role="group" aria-label={t('idManual.keypad')}>
          {KEYS.map((key) => (
            <button key={key} type="button" className="keypad__key" data-testid={`key-${key}`} onClick={() => press(key)}>
              {key}
            </button>
          ))}
          <button
            type="button"
            className="keypad__key keypad__key--tool"
            data-testid="key-clear"
            disabled={digits.length === 0}
            onClick={() => edit('')}
          >
            {t('idManual.clear')}
          </button>
          <button type="button" className="keypad__key" data-testid="key-0" onClick={() => press('0')}>
            0
          </button>
          <button
            type="button"
            className="keypad__key keypad__key--tool"
            data-testid="key-back"
            disabled={digits.length === 0}
            onClick={() => edit(digits.slice(0, -1))}
          >
            <Icon name="backspace" className="keypad__icon" />
            <span>{t('idManual.delete')}</span>
          </button>
        </div>
      </div>
    </SessionScreen>
  );
}
