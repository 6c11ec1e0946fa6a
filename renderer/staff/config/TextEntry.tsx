/**
 * Typing a value on a touch screen with no keyboard: a dialog with the value, the kiosk's letter
 * keys, a row of digits and signs, a shift for one capital, and Telex for Vietnamese names (off for
 * ids, paths and addresses). Nothing reaches the field until Done.
 */
import { useState } from 'react';
import { LetterKeyboard } from '../../components/LetterKeyboard.js';
import { typeTelex } from '../../rating/telex.js';
import type { ConfigTranslate } from './config-i18n.js';

const SIGNS = [...'0123456789', '-', '.', ',', ':', '/', '_', '(', ')'];

export interface TextEntryProps {
  label: string;
  value: string;
  /** Vietnamese words: Telex on. */
  words: boolean;
  maxLength?: number;
  t: ConfigTranslate;
  onDone(value: string): void;
  onCancel(): void;
}

export function TextEntry({ label, value, words, maxLength = 200, t, onDone, onCancel }: TextEntryProps) {
  const [text, setText] = useState(value);
  const [telex, setTelex] = useState(words);
  const [shift, setShift] = useState(false);
  const change = (next: string) => setText([...next].slice(0, maxLength).join(''));
  const letter = (key: string) => {
    const typed = shift ? key.toUpperCase() : key;
    change(telex ? typeTelex(text, typed) : text + typed);
    setShift(false);
  };
  return (
    <div className="cfg-entry" role="dialog" aria-modal="true" aria-label={t('keyboardTitle', { label })} data-testid="text-entry">
      <div className="cfg-entry__box">
        <p className="cfg-entry__label">{t('keyboardTitle', { label })}</p>
        <p className="cfg-entry__value" data-testid="text-entry-value" role="textbox" aria-readonly="true">
          {text}
          <span className="cfg-entry__caret" aria-hidden="true" />
        </p>
        <div className="cfg-entry__signs">
          <button type="button" className={`cfg-key${shift ? ' cfg-key--on' : ''}`} aria-pressed={shift} data-testid="key-shift" onClick={() => setShift(!shift)}>
            ⇧ {t('shift')}
          </button>
          <button type="button" className={`cfg-key${telex ? ' cfg-key--on' : ''}`} aria-pressed={telex} data-testid="key-telex" onClick={() => setTelex(!telex)}>
            {telex ? t('telexOn') : t('telexOff')}
          </button>
          {SIGNS.map((sign) => (
            <button key={sign} type="button" className="cfg-key cfg-key--sign" data-testid={`key-sign-${sign}`} onClick={() => change(text + sign)}>
              {sign}
            </button>
          ))}
        </div>
        <LetterKeyboard
          labels={{ keyboard: t('keyboard'), clear: t('clear'), space: t('space'), delete: t('delete') }}
          empty={text === ''}
          onLetter={letter}
          onSpace={() => change(`${text} `)}
          onBackspace={() => change([...text].slice(0, -1).join(''))}
          onClear={() => change('')}
        />
        <div className="staff-actions cfg-entry__actions">
          <button type="button" className="staff-button" data-testid="text-entry-cancel" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="button" className="staff-button staff-button--go" data-testid="text-entry-done" onClick={() => onDone(text)}>
            {t('ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
