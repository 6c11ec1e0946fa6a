/**
 * The editor's fields for fingers: text opens the on-screen keyboard, numbers step with − and +,
 * choices are big toggle buttons. Each shows its problem (from the refusal of a save) under it.
 */
import { type ReactNode, useState } from 'react';
import type { ConfigTranslate } from './config-i18n.js';
import { TextEntry } from './TextEntry.js';

interface FieldFrameProps {
  label: string;
  problem: string | undefined;
  testId: string;
  /** Across the whole row of the section's grid. */
  wide?: boolean;
  children: ReactNode;
}

export function FieldFrame({ label, problem, testId, wide = false, children }: FieldFrameProps) {
  return (
    <div className={`cfg-field${wide ? ' cfg-field--wide' : ''}${problem === undefined ? '' : ' cfg-field--wrong'}`} data-testid={`field-${testId}`}>
      <span className="cfg-field__label">{label}</span>
      {children}
      {problem !== undefined && (
        <span className="cfg-field__problem" role="alert" data-testid={`problem-${testId}`}>
          {problem}
        </span>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  problem: string | undefined;
  testId: string;
  /** Vietnamese words (Telex, capitals); false for ids, paths and addresses. */
  words?: boolean;
  t: ConfigTranslate;
  onChange(value: string): void;
}

export function TextField({ label, value, problem, testId, words = false, t, onChange }: TextFieldProps) {
  const [typing, setTyping] = useState(false);
  return (
    <FieldFrame label={label} problem={problem} testId={testId}>
      <button type="button" className="cfg-text" data-testid={`edit-${testId}`} onClick={() => setTyping(true)}>
        <span className={value === '' ? 'cfg-text__empty' : ''}>{value === '' ? t('empty') : value}</span>
        <span className="cfg-text__edit">{t('edit')}</span>
      </button>
      {typing && (
        <TextEntry
          label={label}
          value={value}
          words={words}
          t={t}
          onCancel={() => setTyping(false)}
          onDone={(next) => {
            setTyping(false);
            onChange(next);
          }}
        />
      )}
    </FieldFrame>
  );
}

interface StepperProps {
  label: string;
  value: number;
  step: number;
  min: number;
  max: number;
  /** How the value reads ("45 giây"). */
  format(value: number): string;
  problem: string | undefined;
  testId: string;
  onChange(value: number): void;
}

export function Stepper({ label, value, step, min, max, format, problem, testId, onChange }: StepperProps) {
  const to = (next: number) => onChange(Math.min(max, Math.max(min, next)));
  return (
    <FieldFrame label={label} problem={problem} testId={testId}>
      <span className="cfg-stepper">
        <button type="button" className="cfg-step" aria-label="−" data-testid={`less-${testId}`} disabled={value <= min} onClick={() => to(value - step)}>
          −
        </button>
        <span className="cfg-stepper__value" data-testid={`value-${testId}`}>
          {format(value)}
        </span>
        <button type="button" className="cfg-step" aria-label="+" data-testid={`more-${testId}`} disabled={value >= max} onClick={() => to(value + step)}>
          +
        </button>
      </span>
    </FieldFrame>
  );
}

interface ChoiceProps<T extends string | number> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  problem: string | undefined;
  testId: string;
  onChange(value: T): void;
}

export function Choice<T extends string | number>({ label, value, options, problem, testId, onChange }: ChoiceProps<T>) {
  return (
    <FieldFrame label={label} problem={problem} testId={testId}>
      <span className="cfg-choice" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <button
            key={String(option.value)}
            type="button"
            role="radio"
            aria-checked={option.value === value}
            className={`cfg-toggle${option.value === value ? ' cfg-toggle--on' : ''}`}
            data-testid={`choose-${testId}-${option.value}`}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </span>
    </FieldFrame>
  );
}

interface DigitPadProps {
  value: string;
  maxLength: number;
  eraseLabel: string;
  testId: string;
  onChange(value: string): void;
}

/** Digits for a PIN: shown as dots, never as numbers. */
export function DigitPad({ value, maxLength, eraseLabel, testId, onChange }: DigitPadProps) {
  return (
    <span className="cfg-digits">
      <span className="cfg-digits__dots" data-testid={`${testId}-dots`} aria-label={`${value.length}`}>
        {'●'.repeat(value.length) || '—'}
      </span>
      <span className="cfg-digits__keys">
        {[...'1234567890'].map((digit) => (
          <button key={digit} type="button" className="cfg-key" data-testid={`${testId}-${digit}`} disabled={value.length >= maxLength} onClick={() => onChange(value + digit)}>
            {digit}
          </button>
        ))}
        <button type="button" className="cfg-key" aria-label={eraseLabel} disabled={value === ''} onClick={() => onChange(value.slice(0, -1))}>
          ⌫
        </button>
      </span>
    </span>
  );
}
