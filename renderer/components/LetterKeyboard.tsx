import '../styles/letter-keyboard.css';
import { Icon } from './Icon.js';

// Latin QWERTY is enough: Vietnamese marks are typed the Telex way ("aa" â, "s" sắc).
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/** The keyboard's words in the page's language (each page has its own catalogue). */
export interface LetterKeyboardLabels {
  keyboard: string;
  clear: string;
  space: string;
  delete: string;
}

interface LetterKeyboardProps {
  labels: LetterKeyboardLabels;
  onLetter(letter: string): void;
  onSpace(): void;
  onBackspace(): void;
  onClear(): void;
  empty: boolean;
}

/** An on-screen keyboard for touch screens (the kiosk's search, the rating comment): big keys, letters, space, delete. */
export function LetterKeyboard({ labels, onLetter, onSpace, onBackspace, onClear, empty }: LetterKeyboardProps) {
  return (
    <div className="letter-keyboard" role="group" aria-label={labels.keyboard}>
      {ROWS.map((row) => (
        <div key={row} className="letter-keyboard__row">
          {[...row].map((letter) => (
            <button key={letter} type="button" className="letter-keyboard__key" data-testid={`key-${letter}`} onClick={() => onLetter(letter)}>
              {letter}
            </button>
          ))}
        </div>
      ))}
      <div className="letter-keyboard__row">
        <button type="button" className="letter-keyboard__key letter-keyboard__key--tool" data-testid="key-clear" disabled={empty} onClick={onClear}>
          {labels.clear}
        </button>
        <button
          type="button"
          className="letter-keyboard__key letter-keyboard__key--space"
          data-testid="key-space"
          aria-label={labels.space}
          onClick={onSpace}
        >
          <Icon name="space" className="letter-keyboard__icon" />
        </button>
        <button
          type="button"
          className="letter-keyboard__key letter-keyboard__key--tool"
          data-testid="key-backspace"
          aria-label={labels.delete}
          disabled={empty}
          onClick={onBackspace}
        >
          <Icon name="backspace" className="letter-keyboard__icon" />
        </button>
      </div>
    </div>
  );
}
