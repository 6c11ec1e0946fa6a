/**
 * The audit log (admins): who did what when, newest first, a page at a time, and a check of the
 * hash chain that names the first entry found edited, missing or inserted.
 */
import { useEffect, useState } from 'react';
import type { AuditEntryView, AuditVerification } from '../../bridge/staff-protocol.js';
import { auditActionName } from './audit-action-names.js';
import { staffTranslator } from './staff-i18n.js';
import type { StaffPanelProps } from './staff-panel.js';

const PAGE = 50;

export function AuditPanel({ call, locale, revision }: StaffPanelProps) {
  const t = staffTranslator(locale);
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [more, setMore] = useState(false);
  const [verdict, setVerdict] = useState<AuditVerification | null>(null);

  const load = (beforeId: number | undefined) =>
    call({ type: 'auditPage', limit: PAGE, ...(beforeId === undefined ? {} : { beforeId }) }).then(
      (reply) => {
        if (!reply.ok) return;
        setEntries((shown) => (beforeId === undefined ? reply.result.entries : [...shown, ...reply.result.entries]));
        setMore(reply.result.more);
      },
      (error: unknown) => console.warn(`[staff] audit page not loaded: ${String(error)}`),
    );

  useEffect(() => {
    void load(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the newest page again whenever something happened
  }, [revision]);

  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

  return (
    <section className="staff-panel staff-panel--wide" data-testid="audit-panel">
      <div className="staff-card">
        <div className="staff-card__head">
          <h2>{t('auditTitle')}</h2>
          <button
            type="button"
            className="staff-button"
            data-testid="audit-verify"
            onClick={() =>
              call({ type: 'verifyAudit' }).then(
                (reply) => setVerdict(reply.ok ? reply.result : null),
                (error: unknown) => console.warn(`[staff] audit check not run: ${String(error)}`),
              )
            }
          >
            {t('auditVerify')}
          </button>
        </div>
        {verdict !== null && (
          <p className={`staff-state staff-state--${verdict.ok ? 'good' : 'bad'}`} role="status" data-testid="audit-verdict">
            <span className="staff-state__mark" aria-hidden="true">{verdict.ok ? '✓' : '✗'}</span>{' '}
            {verdict.ok ? t('auditIntact', { entries: verdict.entries }) : t('auditBroken', { id: verdict.entryId, message: verdict.message[locale] })}
          </p>
        )}
        <table className="staff-table staff-table--audit" data-testid="audit-entries">
          <thead>
            <tr>
              <th>{t('auditWhen')}</th>
              <th>{t('auditWho')}</th>
              <th>{t('auditWhat')}</th>
              <th>{t('auditDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="staff-nowrap">{time(entry.at)}</td>
                <td>{entry.actor}</td>
                <td>{auditActionName(entry.action, locale)}</td>
                <td>{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more && (
          <button type="button" className="staff-button staff-button--quiet" onClick={() => void load(entries.at(-1)?.id)}>
            {t('auditMore')}
          </button>
        )}
      </div>
    </section>
  );
}
