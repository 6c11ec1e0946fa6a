import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.js';
import { Spinner } from './Spinner.js';

interface StatusPanelProps {
  /** `busy` shows a spinner; otherwise an icon. */
  icon: IconName | 'busy';
  title: string;
  tone?: 'info' | 'problem';
  children?: ReactNode;
}

/** A state the citizen waits in or must know about, announced to screen readers. */
export function StatusPanel({ icon, title, tone = 'info', children }: StatusPanelProps) {
  return (
    <section
      className={`status status--${tone}`}
      role={tone === 'problem' ? 'alert' : 'status'}
      aria-live={tone === 'problem' ? 'assertive' : 'polite'}
    >
      {icon === 'busy' ? <Spinner /> : <Icon name={icon} className="status__icon" />}
      <h1 className="status__title">{title}</h1>
      {children}
    </section>
  );
}
