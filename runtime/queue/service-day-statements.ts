/**
 * The service day's opening and closing in the store's `service_day` table: one row per day,
 * opened once (a re-opening clears the closing), closed by staff. No rules here
 * (runtime/queue/queue-service.ts decides); callers run these inside the store's transactions.
 */
import type Database from 'better-sqlite3';

export interface ServiceDayRecord {
  day: string;
  /** Epoch ms. */
  openedAt: number;
  openedBy: string;
  closedAt: number | null;
  closedBy: string | null;
}

export class ServiceDayStatements {
  private readonly byDay;
  private readonly insertOpened;
  private readonly setReopened;
  private readonly setClosed;

  constructor(db: Database.Database) {
    this.byDay = db.prepare<[string], ServiceDayRecord>(
      `SELECT day, opened_at AS openedAt, opened_by AS openedBy, closed_at AS closedAt, closed_by AS closedBy
       FROM service_day WHERE day = ?`,
    );
    this.insertOpened = db.prepare<[string, number, string]>(`INSERT INTO service_day (day, opened_at, opened_by) VALUES (?, ?, ?)`);
    this.setReopened = db.prepare<[string]>(`UPDATE service_day SET closed_at = NULL, closed_by = NULL WHERE day = ?`);
    this.setClosed = db.prepare<[number, string, string]>(`UPDATE service_day SET closed_at = ?, closed_by = ? WHERE day = ?`);
  }

  record(day: string): ServiceDayRecord | undefined {
    return this.byDay.get(day);
  }

  open(day: string, at: number, actor: string): void {
    this.insertOpened.run(day, at, actor);
  }

  /** Open a closed day again; its first opening stays on record (and in the audit trail). */
  reopen(day: string): void {
    this.setReopened.run(day);
  }

  close(day: string, at: number, actor: string): void {
    this.setClosed.run(at, actor, day);
  }
}
