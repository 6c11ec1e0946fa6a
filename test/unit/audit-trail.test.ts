import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditAction, AuditTrail } from '../../runtime/store/audit-trail.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';
import { tempDir } from '../helpers/kiosk-harness.js';

let dir: ReturnType<typeof tempDir>;
let store: TicketStore;
let trail: AuditTrail;
const file = () => join(dir.path, 'motcua.sqlite');
const T0 = Date.parse('2026-11-23T01:00:00Z');

beforeEach(() => {
  dir = tempDir();
  store = new TicketStore(file());
  trail = new AuditTrail(store.connection);
});
afterEach(() => {
  store.close();
  dir.remove();
});

function appendMany(count: number, actorOf = (n: number) => `counter ${(n % 2) + 1}`, actionOf = (_n: number): AuditAction => 'counterPaused') {
  for (let n = 1; n <= count; n += 1) trail.append({ at: T0 + n * 1000, actor: actorOf(n), action: actionOf(n), detail: `entry ${n}` });
}

/** The chain as specified, computed here independently: SHA-256 of the previous hash, a newline and the JSON array of the fields. */
function expectedChain(rows: Array<{ id: number; at: number; actor: string; action: string; detail: string }>): string[] {
  let previous = '0'.repeat(64);
  return rows.map((row) => {
    previous = createHash('sha256')
      .update(`${previous}\n${JSON.stringify([row.id, row.at, row.actor, row.action, row.detail])}`)
      .digest('hex');
    return previous;
  });
}

describe('the audit chain', () => {
  it('verifies after many appends, after reopening the file, and after appending again', () => {
    appendMany(300);
    expect(trail.verify()).toEqual({ ok: true, entries: 300 });
    store.close();
    store = new TicketStore(file());
    trail = new AuditTrail(store.connection);
    expect(trail.verify()).toEqual({ ok: true, entries: 300 });
    trail.append({ at: T0, actor: 'staff an', action: 'staffSignIn', detail: 'signed in' });
    expect(trail.verify()).toEqual({ ok: true, entries: 301 });
  });

  it('seals each entry over the one before it, from the genesis value', () => {
    appendMany(4);
    const stored = store.connection.prepare<[], { id: number; at: number; actor: string; action: string; detail: string; prev_hash: string; hash: string }>(`SELECT * FROM audit_entry ORDER BY id`).all();
    const hashes = expectedChain(stored);
    expect(stored.map((row) => row.hash)).toEqual(hashes);
    expect(stored.map((row) => row.prev_hash)).toEqual(['0'.repeat(64), ...hashes.slice(0, 3)]);
    expect(store.connection.prepare(`SELECT last_id, hash FROM audit_head`).get()).toEqual({ last_id: 4, hash: hashes[3] });
  });

  it('appends in the caller\'s transaction: a failed action leaves neither its entry nor a hole in the chain', () => {
    appendMany(2);
    expect(() =>
      store.writeTransaction(() => {
        trail.append({ at: T0, actor: 'counter 1', action: 'ticketNoShow', detail: 'rolled back' });
        throw new Error('the action failed');
      }),
    ).toThrow('the action failed');
    store.writeTransaction(() => trail.append({ at: T0, actor: 'counter 1', action: 'ticketNoShow', detail: 'kept' }));
    expect(trail.entries().map((entry) => [entry.id, entry.detail])).toEqual([
      [1, 'entry 1'],
      [2, 'entry 2'],
      [3, 'kept'],
    ]);
    expect(trail.verify()).toEqual({ ok: true, entries: 3 });
  });

  it('holds together when two kiosks on one file append in turn', () => {
    const other = new TicketStore(file());
    const otherTrail = new AuditTrail(other.connection);
    try {
      for (let n = 0; n < 20; n += 1) {
        trail.append({ at: T0 + n, actor: 'kiosk kiosk-1', action: 'sessionReset', detail: `reset ${n}` });
        other.writeTransaction(() => otherTrail.append({ at: T0 + n, actor: 'kiosk kiosk-2', action: 'testPrint', detail: `print ${n}` }));
      }
      expect(otherTrail.verify()).toEqual({ ok: true, entries: 40 });
      expect(trail.verify()).toEqual({ ok: true, entries: 40 });
      expect(trail.page({ limit: 2 }).entries.map((entry) => entry.actor)).toEqual(['kiosk kiosk-2', 'kiosk kiosk-1']);
    } finally {
      other.close();
    }
  });

  it('is still refused any update or delete, and its recorded end cannot go back or vanish', () => {
    appendMany(3);
    const db = store.connection;
    expect(() => db.prepare(`UPDATE audit_entry SET detail = 'other'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE audit_entry SET hash = 'x' WHERE id = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_entry WHERE id = 3`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE audit_head SET last_id = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_head`).run()).toThrow(/append-only/);
    expect(trail.verify()).toEqual({ ok: true, entries: 3 });
  });

  it('verifies 100,000 entries in well under a second', () => {
    store.writeTransaction(() => appendMany(100_000));
    const started = performance.now();
    expect(trail.verify()).toEqual({ ok: true, entries: 100_000 });
    expect(performance.now() - started).toBeLessThan(1000);
  }, 60_000);
});

describe('upgrading a store from before the chain (schema version 7)', () => {
  /** Take the file back to what version 7 left: no hash columns, no head, the old triggers. */
  function downgradeToVersion7(path: string, entries: Array<[number, string, string, string]>) {
    const raw = new Database(path);
    raw.exec(`DROP TABLE audit_head;
      DROP INDEX audit_entry_by_actor;
      DROP INDEX audit_entry_by_action;
      ALTER TABLE audit_entry DROP COLUMN prev_hash;
      ALTER TABLE audit_entry DROP COLUMN hash;`);
    const insert = raw.prepare(`INSERT INTO audit_entry (at, actor, action, detail) VALUES (?, ?, ?, ?)`);
    for (const entry of entries) insert.run(...entry);
    raw.pragma('user_version = 7');
    raw.close();
  }

  it('seals the entries already there in id order, keeps them append-only and carries on the chain', () => {
    store.close();
    downgradeToVersion7(file(), [
      [T0, 'kiosk kiosk-1 (automatic opening)', 'dayOpened', 'day 2026-11-23 opened'],
      [T0 + 60_000, 'counter 1', 'counterPaused', 'counter 1 paused: Nghỉ trưa'],
      [T0 + 90_000, 'counter 1', 'counterResumed', 'counter 1 open again after 30 min (Nghỉ trưa)'],
    ]);
    store = new TicketStore(file());
    trail = new AuditTrail(store.connection);
    const db = store.connection;
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    const rows = db.prepare<[], { id: number; at: number; actor: string; action: string; detail: string; hash: string }>(`SELECT * FROM audit_entry ORDER BY id`).all();
    expect(rows.map((row) => row.hash)).toEqual(expectedChain(rows));
    expect(trail.verify()).toEqual({ ok: true, entries: 3 });
    expect(() => db.prepare(`UPDATE audit_entry SET detail = 'other' WHERE id = 1`).run()).toThrow(/append-only/);
    trail.append({ at: T0 + 120_000, actor: 'staff an', action: 'staffSignIn', detail: 'signed in' });
    expect(trail.verify()).toEqual({ ok: true, entries: 4 });
  });

  it('starts an empty trail from the genesis value', () => {
    store.close();
    downgradeToVersion7(file(), []);
    store = new TicketStore(file());
    trail = new AuditTrail(store.connection);
    expect(trail.verify()).toEqual({ ok: true, entries: 0 });
    trail.append({ at: T0, actor: 'counter 1', action: 'dayOpened', detail: 'opened' });
    expect(trail.verify()).toEqual({ ok: true, entries: 1 });
  });
});

describe('the staff viewer\'s pages', () => {
  beforeEach(() =>
    appendMany(
      25,
      (n) => (n % 5 === 0 ? 'staff an' : `counter ${(n % 2) + 1}`),
      (n) => (n % 5 === 0 ? 'configChanged' : n % 2 === 0 ? 'counterPaused' : 'counterResumed'),
    ),
  );
  const ids = (page: { entries: Array<{ id: number }> }) => page.entries.map((entry) => entry.id);

  it('pages newest first until there is no more', () => {
    const first = trail.page({ limit: 10 });
    expect(ids(first)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(first.more).toBe(true);
    expect(first.entries[0]).toEqual({ id: 25, at: T0 + 25_000, actor: 'staff an', action: 'configChanged', detail: 'entry 25' });
    const second = trail.page({ beforeId: 16, limit: 10 });
    expect(ids(second)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    expect(second.more).toBe(true);
    const last = trail.page({ beforeId: 6, limit: 10 });
    expect(ids(last)).toEqual([5, 4, 3, 2, 1]);
    expect(last.more).toBe(false);
    expect(trail.page({ beforeId: 6, limit: 5 }).more).toBe(false);
  });

  it('filters by actor, by action, and by both', () => {
    expect(ids(trail.page({ limit: 10, actor: 'staff an' }))).toEqual([25, 20, 15, 10, 5]);
    const paused = trail.page({ limit: 3, action: 'counterPaused' });
    expect(ids(paused)).toEqual([24, 22, 18]);
    expect(paused.more).toBe(true);
    expect(ids(trail.page({ limit: 3, beforeId: 18, action: 'counterPaused' }))).toEqual([16, 14, 12]);
    expect(ids(trail.page({ limit: 10, actor: 'counter 1', action: 'counterPaused' }))).toEqual([24, 22, 18, 16, 14, 12, 8, 6, 4, 2]);
    expect(trail.page({ limit: 10, actor: 'counter 1', action: 'configChanged' })).toEqual({ entries: [], more: false });
  });

  it('lists who and what appear in the trail', () => {
    expect(trail.actors()).toEqual(['counter 1', 'counter 2', 'staff an']);
    expect(trail.actions()).toEqual(['configChanged', 'counterPaused', 'counterResumed']);
  });

  it('refuses a page of no entries', () => {
    expect(() => trail.page({ limit: 0 })).toThrow(RangeError);
    expect(() => trail.page({ limit: 2.5 })).toThrow(RangeError);
  });
});
