/** Someone opens the store's file with their own SQLite connection, lifts the triggers and changes the trail. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditAction, auditEntryHash, AuditTrail } from '../../runtime/store/audit-trail.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';
import { tempDir } from '../helpers/kiosk-harness.js';

let dir: ReturnType<typeof tempDir>;
let store: TicketStore;
let trail: AuditTrail;
let tamperer: Database.Database;
const T0 = Date.parse('2026-11-23T01:00:00Z');

beforeEach(() => {
  dir = tempDir();
  const file = join(dir.path, 'motcua.sqlite');
  store = new TicketStore(file);
  trail = new AuditTrail(store.connection);
  for (let n = 1; n <= 6; n += 1) trail.append({ at: T0 + n * 60_000, actor: `counter ${n}`, action: 'counterPaused', detail: `counter ${n} paused: Nghỉ trưa` });
  expect(trail.verify()).toEqual({ ok: true, entries: 6 });
  tamperer = new Database(file);
  tamperer.exec(`DROP TRIGGER audit_entry_never_updated;
    DROP TRIGGER audit_entry_never_deleted;
    DROP TRIGGER audit_head_never_deleted;
    DROP TRIGGER audit_head_only_forward;`);
});
afterEach(() => {
  tamperer.close();
  store.close();
  dir.remove();
});

interface Row {
  id: number;
  at: number;
  actor: string;
  action: AuditAction;
  detail: string;
  prev_hash: string;
  hash: string;
}
const row = (id: number) => tamperer.prepare<[number], Row>(`SELECT * FROM audit_entry WHERE id = ?`).get(id) as Row;
const insertRow = (forged: Row) =>
  tamperer.prepare(`INSERT INTO audit_entry (id, at, actor, action, detail, prev_hash, hash) VALUES (@id, @at, @actor, @action, @detail, @prev_hash, @hash)`).run(forged);
/** A forged entry sealed the way the trail seals, onto `previousHash`. */
function forge(id: number, previousHash: string): Row {
  const fields = { id, at: T0 + id * 60_000 + 1, actor: 'counter 9', action: 'ticketNoShow', detail: 'A009 called at counter 9 did not come' } as const;
  return { ...fields, prev_hash: previousHash, hash: auditEntryHash(previousHash, fields) };
}
const verdict = () => {
  const result = trail.verify();
  return result.ok ? result : { entryId: result.entryId, problem: result.problem };
};

describe('a tampered audit trail', () => {
  it('an edited detail is found at that entry, and said in Vietnamese and English', () => {
    tamperer.prepare(`UPDATE audit_entry SET detail = 'nothing happened' WHERE id = 3`).run();
    const result = trail.verify();
    expect(result).toMatchObject({ ok: false, entryId: 3, problem: 'edited' });
    if (result.ok) return;
    expect(result.message.vi).toBe('Mục số 3 của nhật ký đã bị sửa sau khi được ghi.');
    expect(result.message.en).toBe('Audit entry 3 was changed after it was written.');
  });

  it('an edited time, actor or action is found at that entry', () => {
    tamperer.prepare(`UPDATE audit_entry SET at = at + 1 WHERE id = 4`).run();
    expect(verdict()).toEqual({ entryId: 4, problem: 'edited' });
    tamperer.prepare(`UPDATE audit_entry SET at = at - 1 WHERE id = 4`).run();
    tamperer.prepare(`UPDATE audit_entry SET actor = 'counter 5' WHERE id = 2`).run();
    expect(verdict()).toEqual({ entryId: 2, problem: 'edited' });
    tamperer.prepare(`UPDATE audit_entry SET actor = 'counter 2', action = 'counterResumed' WHERE id = 2`).run();
    expect(verdict()).toEqual({ entryId: 2, problem: 'edited' });
  });

  it('an edited entry resealed on its own breaks the link to the next one', () => {
    const edited = { ...row(3), detail: 'counter 3 never paused' };
    tamperer.prepare(`UPDATE audit_entry SET detail = ?, hash = ? WHERE id = 3`).run(edited.detail, auditEntryHash(edited.prev_hash, edited));
    expect(verdict()).toEqual({ entryId: 3, problem: 'edited' });
  });

  it('a rewritten hash is found at its entry', () => {
    tamperer.prepare(`UPDATE audit_entry SET hash = ? WHERE id = 2`).run('f'.repeat(64));
    expect(verdict()).toEqual({ entryId: 2, problem: 'edited' });
  });

  it('a deleted entry in the middle, or the first, is found by its id', () => {
    tamperer.prepare(`DELETE FROM audit_entry WHERE id = 3`).run();
    expect(verdict()).toEqual({ entryId: 3, problem: 'missing' });
    tamperer.prepare(`DELETE FROM audit_entry WHERE id = 1`).run();
    expect(verdict()).toEqual({ entryId: 1, problem: 'missing' });
  });

  it('a cut-off tail is found against the recorded end, and still after the kiosk appends again', () => {
    tamperer.prepare(`DELETE FROM audit_entry WHERE id = 6`).run();
    expect(verdict()).toEqual({ entryId: 6, problem: 'missing' });
    tamperer.prepare(`DELETE FROM audit_entry WHERE id = 5`).run();
    expect(verdict()).toEqual({ entryId: 5, problem: 'missing' });
    trail.append({ at: T0 + 3_600_000, actor: 'counter 1', action: 'counterResumed', detail: 'counter 1 open again' });
    expect(verdict()).toEqual({ entryId: 5, problem: 'missing' });
  });

  it('a whole trail emptied is found', () => {
    tamperer.exec(`DELETE FROM audit_entry`);
    expect(verdict()).toEqual({ entryId: 1, problem: 'missing' });
  });

  it('a forged entry slipped into the middle is found, even sealed onto the entry before it', () => {
    // Make room at id 4 by moving 4, 5 and 6 up one, then seal a forged entry onto entry 3.
    tamperer.exec(`UPDATE audit_entry SET id = -(id + 1) WHERE id >= 4; UPDATE audit_entry SET id = -id WHERE id < 0;`);
    insertRow(forge(4, row(3).hash));
    expect(verdict()).toEqual({ entryId: 4, problem: 'inserted' });
  });

  it('a forged entry before the first one is found', () => {
    insertRow(forge(0, '0'.repeat(64)));
    expect(verdict()).toEqual({ entryId: 0, problem: 'inserted' });
  });

  it('a forged entry sealed onto the end, without moving the recorded end, is found', () => {
    insertRow(forge(7, row(6).hash));
    expect(verdict()).toEqual({ entryId: 7, problem: 'inserted' });
  });

  it('two entries that swapped places are found', () => {
    tamperer.exec(`UPDATE audit_entry SET id = -3 WHERE id = 4; UPDATE audit_entry SET id = 4 WHERE id = 3; UPDATE audit_entry SET id = 3 WHERE id = -3;`);
    expect(verdict()).toEqual({ entryId: 3, problem: 'reordered' });
  });

  it('a chain resealed from an edit to the end, but not its recorded end, is found', () => {
    tamperer.prepare(`UPDATE audit_entry SET detail = 'counter 4 never paused' WHERE id = 4`).run();
    let previous = row(3).hash;
    for (let id = 4; id <= 6; id += 1) {
      const hash = auditEntryHash(previous, row(id));
      tamperer.prepare(`UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?`).run(previous, hash, id);
      previous = hash;
    }
    expect(verdict()).toEqual({ entryId: 6, problem: 'rewritten' });
  });

  it('a deleted record of the end is found', () => {
    tamperer.exec(`DELETE FROM audit_head`);
    expect(verdict()).toEqual({ entryId: 6, problem: 'rewritten' });
  });
});
