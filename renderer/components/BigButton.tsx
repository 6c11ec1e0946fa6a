import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.js';

export type ButtonVariant = 'primary' | 'secondary' | 'onDark';

interface BigButtonProps {
  testId: string;
  onPress: () => void;
  children: ReactNode;
  variant?: ButtonVariant;
  icon?: IconName;
  /** Arrows that point onward sit after the label. */
  iconAtEnd?: boolean;
  autoFocus?: boolean;
  /** Greyed out and ignores taps (e.g. "Continue" before all 12 digits are typed). */
  disabled?: boolean;
  className?: string;
}

/** A large, real button: the only way a citizen acts on the kiosk. */
export function BigButton({ testId, onPress, children, variant = 'secondary', icon, iconAtEnd = false, autoFocus, disabled = false, className }: BigButtonProps) {
  const classes = ['big-button', `big-button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type="button" className={classes} data-testid={testId} onClick={onPress} autoFocus={autoFocus} disabled={disabled}>
      {icon !== undefined && !iconAtEnd && <Icon name={icon} className="big-button__icon" />}
      <span className="big-button__label">{children}</span>
      {icon !== undefined && iconAtEnd && <Icon name={icon} className="big-button__icon" />}
    </button>
  );
}
