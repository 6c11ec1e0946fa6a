/**
 * The citizen's phone (`/rate#<token>`, from the QR on the ticket): the poll for the ticket the
 * signed token names, or, in plain words, why it cannot be rated (a wrong link, rated already, not
 * served yet). The token stays in the fragment: never in a request line or a Referer.
 */
import { useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { RatableTicket, RatingRefusal } from '../../bridge/rating-protocol.js';
import { Notice, RefusalNotice } from './Notice.js';
import { Poll } from './Poll.js';
import { RatingFrame } from './RatingFrame.js';
import { ratingTranslator } from './rating-i18n.js';
import { useRatingConnection } from './use-rating-connection.js';

interface PhonePageProps {
  token: string | null;
  /** After this long without a touch, what was answered is kept and the thanks shown. */
  idleMs: number;
}

type Opened = { kind: 'waiting' } | { kind: 'poll'; ticket: RatableTicket } | { kind: 'refused'; refusal: RatingRefusal } | { kind: 'rated' };

export function PhonePage({ token, idleMs }: PhonePageProps) {
  const [locale, setLocale] = useState<Locale>('vi');
  const [opened, setOpened] = useState<Opened>({ kind: 'waiting' });
  const t = ratingTranslator(locale);

  const link = useRatingConnection((request) => {
    // After a reconnect a poll in progress goes on: the token is asked about only until it is answered.
    if (token === null || opened.kind !== 'waiting') return;
    void request({ type: 'openToken', token }).then((reply) => {
      if (reply.ok && reply.ticket !== undefined) setOpened(reply.ticket.rated ? { kind: 'rated' } : { kind: 'poll', ticket: reply.ticket });
      else if (!reply.ok && reply.reason !== 'lost') setOpened({ kind: 'refused', refusal: reply });
    });
  });

  const ticket = opened.kind === 'poll' ? opened.ticket : null;
  return (
    <RatingFrame t={t} locale={locale} onLocale={setLocale} ticket={ticket} connected={link.connected || token === null} everConnected={link.everConnected}>
      {token === null ? (
        <Notice screen="rating-refused" title={t('sorry')} detail={t('noLink')} />
      ) : opened.kind === 'refused' ? (
        <RefusalNotice refusal={opened.refusal} locale={locale} t={t} />
      ) : opened.kind === 'rated' ? (
        <Notice screen="rating-refused" title={t('thanks')} detail={t('alreadyRated')} happy />
      ) : opened.kind === 'poll' ? (
        <Poll ticket={opened.ticket} grant={{ kind: 'token', token }} locale={locale} t={t} typing="device" request={link.request} idleMs={idleMs} />
      ) : (
        <section className="idle" data-screen="rating-opening">
          <p className="idle__hint">{t('connecting')}</p>
        </section>
      )}
    </RatingFrame>
  );
}
