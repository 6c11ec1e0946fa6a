/**
 * What staff did to the service point's queue, in the store's append-only `audit_entry` table
 * (triggers refuse any update or delete): opening and closing the day, pauses, transfers,
 * no-shows. Callers append inside the transaction of the action itself, so an action and its
 * entry are committed together or not at all.
 */
import type Database from 'better-sqlite3';

export type AuditAction =
  | 'dayOpened'
  | 'dayReopened'
  | 'dayClosed'
  | 'counterPaused'
  | 'counterResumed'
  | 'ticketTransferred'
  | 'ticketNoShow';

export interface AuditEntry {
  id: number;
  /** Epoch ms. */
  at: number;
  /** Who acted: "counter 3", "kiosk kiosk-1 (automatic opening)". */
  actor: string;
  action: AuditAction;
  /** Plain words for whoever reads the trail later. */
  detail: string;
}

export class AuditTrail {
  private readonly insert;
  private readonly since;

  constructor(db: Database.Database) {
    this.insert = db.prepare<[number, string, AuditAction, string]>(`INSERT INTO audit_entry (at, actor, action, detail) VALUES (?, ?, ?, ?)`);
    this.since = db.prepare<[number], AuditEntry>(`SELECT id, at, actor, action, detail FROM audit_entry WHERE id > ? ORDER BY id`);
  }

  append(entry: Omit<AuditEntry, 'id'>): void {
    this.insert.run(entry.at, entry.actor, entry.action, entry.detail);
  }

  /** Entries after `afterId`, oldest first (all of them by default). */
  entries(afterId = 0): AuditEntry[] {
    return this.since.all(afterId);
  }
}
