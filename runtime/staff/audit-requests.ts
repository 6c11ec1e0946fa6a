/** The audit log viewer in staff mode (admins): pages of who did what when, and the chain's check. */
import type { AuditTrail } from '../store/audit-trail.js';
import type { StaffHandlers } from './staff-requests.js';

export function auditHandlers(trail: AuditTrail): StaffHandlers<'auditPage' | 'verifyAudit'> {
  return {
    auditPage: ({ beforeId, limit }) => {
      const page = trail.page({ limit, ...(beforeId === undefined ? {} : { beforeId }) });
      return {
        ok: true,
        result: { entries: page.entries.map((entry) => ({ ...entry, at: new Date(entry.at).toISOString() })), more: page.more },
      };
    },
    verifyAudit: () => ({ ok: true, result: trail.verify() }),
  };
}
