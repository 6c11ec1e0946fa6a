import type { ReactNode } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { RatableTicket } from '../../bridge/rating-protocol.js';
import type { RatingTranslate } from './rating-i18n.js';

interface RatingFrameProps {
  t: RatingTranslate;
  locale: Locale;
  onLocale(locale: Locale): void;
  /** The ticket being rated, shown by its number and service (never anything about the citizen). */
  ticket: RatableTicket | null;
  connected: boolean;
  /** Before the first connection a page says it is connecting, not that it lost one. */
  everConnected: boolean;
  children: ReactNode;
}

/** Both rating pages: a header with the ticket and the language switch, the connection's state, the screen. */
export function RatingFrame({ t, locale, onLocale, ticket, connected, everConnected, children }: RatingFrameProps) {
  return (
    <div className="rating">
      <header className="rating__header">
        <div className="rating__heading">
          <p className="rating__title">{t('title')}</p>
          {ticket !== null && (
            <p className="rating__ticket" data-testid="ticket">
              <strong data-testid="ticket-number">{t('ticket', { number: ticket.number })}</strong>
              <span data-testid="ticket-service">{ticket.service[locale]}</span>
              {ticket.procedure !== null && <span className="rating__procedure">{ticket.procedure[locale]}</span>}
            </p>
          )}
        </div>
        <button type="button" className="rating__language" data-testid="language" lang={locale === 'vi' ? 'en' : 'vi'} onClick={() => onLocale(locale === 'vi' ? 'en' : 'vi')}>
          {t('switchLanguage')}
        </button>
      </header>
      {!connected && (
        <p className="rating__connection" data-testid="connection-banner" role="status">
          {everConnected ? t('disconnected') : t('connecting')}
        </p>
      )}
      <main className="rating__main">{children}</main>
    </div>
  );
}
