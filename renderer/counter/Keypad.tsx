import { useCounterText } from './counter-text.js';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Big digit keys for a touch screen; a keyboard types into the fields as well. */
export function Keypad({ onDigit, onBackspace, onClear }: { onDigit: (digit: string) => void; onBackspace: () => void; onClear: () => void }) {
  const { t } = useCounterText();
  return (
    <div className="keypad">
      {DIGITS.map((digit) => (
        <button key={digit} type="button" className="keypad__key" data-testid={`key-${digit}`} onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button type="button" className="keypad__key keypad__key--small" data-testid="key-clear" onClick={onClear}>
        {t('clear')}
      </button>
      <button type="button" className="keypad__key" data-testid="key-0" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="keypad__key keypad__key--small" data-testid="key-back" aria-label={t('backspace')} onClick={onBackspace}>
        ⌫
      </button>
    </div>
  );
}
