/** Digits for a PIN on a touch screen: big keys, the digits typed shown as dots, never as numbers. */
import { Icon } from '../components/Icon.js';
import type { StaffTranslate } from './staff-i18n.js';

const MAX_PIN = 8;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface Props {
  pin: string;
  onChange(pin: string): void;
  onSubmit(): void;
  disabled: boolean;
  t: StaffTranslate;
}

export function PinPad({ pin, onChange, onSubmit, disabled, t }: Props) {
  const type = (digit: string) => {
    if (pin.length < MAX_PIN) onChange(pin + digit);
  };
  return (
    <div className="staff-pin">
      <div className="staff-pin__dots" data-testid="pin-dots" aria-live="polite" aria-label={`${pin.length}`}>
        {Array.from({ length: Math.max(4, pin.length) }, (_, index) => (
          <span key={index} className={`staff-pin__dot${index < pin.length ? ' staff-pin__dot--on' : ''}`} />
        ))}
      </div>
      <div className="staff-pin__keys">
        {DIGITS.map((digit) => (
          <button key={digit} type="button" className="staff-key" disabled={disabled} onClick={() => type(digit)} data-testid={`pin-${digit}`}>
            {digit}
          </button>
        ))}
        <button type="button" className="staff-key staff-key--quiet" disabled={disabled || pin.length === 0} onClick={() => onChange(pin.slice(0, -1))} aria-label={t('erase')}>
          <Icon name="backspace" />
        </button>
        <button type="button" className="staff-key" disabled={disabled} onClick={() => type('0')} data-testid="pin-0">
          0
        </button>
        <button type="button" className="staff-key staff-key--go" disabled={disabled || pin.length < 4} onClick={onSubmit} data-testid="pin-submit">
          {t('signIn')}
        </button>
      </div>
    </div>
  );
}
