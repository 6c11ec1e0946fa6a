/**
 * The tablet facing the citizen at a counter (`rate-counter.html?counter=N`): idle until its
 * counter finishes a ticket, then the poll for that ticket, then idle again after the thanks or
 * after 30 s without a touch. The next citizen always starts in Vietnamese.
 */
import { useRef, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { RatableTicket, RatingRefusal } from '../../bridge/rating-protocol.js';
import { OVERALL_LEVELS } from '../../bridge/satisfaction-poll.js';
import { Face } from './Face.js';
import { Notice, RefusalNotice } from './Notice.js';
import { Poll } from './Poll.js';
import { RatingFrame } from './RatingFrame.js';
import { ratingTranslator } from './rating-i18n.js';
import { useRatingConnection } from './use-rating-connection.js';

interface TabletPageProps {
  counter: number | null;
  idleMs: number;
}

export function TabletPage({ counter, idleMs }: TabletPageProps) {
  const [locale, setLocale] = useState<Locale>('vi');
  const [ticket, setTicket] = useState<RatableTicket | null>(null);
  const [refusal, setRefusal] = useState<RatingRefusal | null>(null);
  const [servicePoint, setServicePoint] = useState<Record<Locale, string> | null>(null);
  /** Tickets whose poll ended (answered or walked away from): a repeated push does not bring them back. */
  const ended = useRef(new Set<number>());
  /** The ticket this tablet rated: the host's null push ("rated elsewhere") does not cut its poll short. */
  const ratedHere = useRef<number | null>(null);
  const t = ratingTranslator(locale);

  function offer(next: RatableTicket | null): void {
    if (next === null) {
      if (ticket === null || ratedHere.current !== ticket.ticketId) toIdle();
      return;
    }
    if (next.ticketId === ticket?.ticketId) return;
    if (next.rated || ended.current.has(next.ticketId)) return;
    setLocale('vi');
    setTicket(next);
  }

  function toIdle(): void {
    if (ticket !== null) ended.current.add(ticket.ticketId);
    setTicket(null);
    setLocale('vi');
  }

  const link = useRatingConnection((request) => {
    if (counter === null) return;
    void request({ type: 'watchCounter', counter }).then((reply) => {
      if (!reply.ok && reply.reason !== 'lost') setRefusal(reply);
      else if (reply.ok) {
        if (reply.servicePointName !== undefined) setServicePoint(reply.servicePointName);
        if (reply.ticket !== undefined) offer(reply.ticket);
      }
    });
  }, offer);

  return (
    <RatingFrame t={t} locale={locale} onLocale={setLocale} ticket={ticket} connected={link.connected} everConnected={link.everConnected}>
      {counter === null ? (
        <Notice screen="rating-no-counter" title={t('sorry')} detail={t('noCounter')} />
      ) : refusal !== null ? (
        <RefusalNotice refusal={refusal} locale={locale} t={t} />
      ) : ticket === null ? (
        <section className="idle" data-screen="rating-idle">
          {servicePoint !== null && (
            <p className="idle__place" data-testid="idle-place">
              {servicePoint[locale]}
            </p>
          )}
          <p className="idle__counter" data-testid="idle-counter">
            {t('counter', { counter })}
          </p>
          <p className="idle__faces" aria-hidden="true">
            {OVERALL_LEVELS.map((level) => (
              <Face key={level.score} face={level.face} />
            ))}
          </p>
          <h1 className="idle__invite">{t('idleInvite')}</h1>
          <p className="idle__hint">{t('idleHint', { counter })}</p>
        </section>
      ) : (
        <Poll key={ticket.ticketId} ticket={ticket} grant={{ kind: 'counter', counter }} locale={locale} t={t} typing="onScreen" request={link.request} idleMs={idleMs} onIdle={toIdle} onRated={() => {
            ratedHere.current = ticket.ticketId;
          }}
        />
      )}
    </RatingFrame>
  );
}
