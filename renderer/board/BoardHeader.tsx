import type { ReactNode } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { Emblem } from '../components/Emblem.js';
import { dateLocale } from './board-i18n.js';
import { useClock } from './use-clock.js';

/** The service point's name, and the time and date big enough to read across the hall; `children` sit between. */
export function BoardHeader({ name, locale, children }: { name: string; locale: Locale; children?: ReactNode }) {
  const now = useClock();
  const tag = dateLocale(locale);
  return (
    <header className="board-header">
      <div className="board-header__brand">
        <Emblem className="board-header__emblem" />
        <h1 className="board-header__name">{name}</h1>
      </div>
      {children}
      <div className="board-header__clock">
        <time className="board-header__time" data-testid="clock">
          {now.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit', hour12: false })}
        </time>
        <span className="board-header__date">{now.toLocaleDateString(tag, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' })}</span>
      </div>
    </header>
  );
}
