/**
 * What staff did at the service point, in the store's append-only `audit_entry` table (triggers
 * refuse any update or delete): the day, pauses, transfers, no-shows, and everything done in staff
 * mode. Callers append inside the transaction of the action itself, so an action and its entry are
 * committed together or not at all.
 *
 * The entries form a hash chain: each one's `hash` is SHA-256 over the previous entry's hash and the
 * entry itself, and the one-row `audit_head` table keeps the id and hash of the last entry, so an
 * edited, deleted, inserted or reordered line, and a cut-off tail, are found by `verify()`.
 *
 * The limit, honestly: there is no secret in the chain. Someone who can write the database file,
 * knows this algorithm and recomputes every hash after their change (and the head) leaves a chain
 * that verifies. What it catches is a change made by hand (a SQLite browser, a script) that did not
 * rebuild the chain from that point on; proving more needs the head copied somewhere out of reach.
 */
import { hash as digest } from 'node:crypto';
import type Database from 'better-sqlite3';

export type AuditAction =
  | 'dayOpened'
  | 'dayReopened'
  | 'dayClosed'
  | 'counterPaused'
  | 'counterResumed'
  | 'ticketTransferred'
  | 'ticketNoShow'
  | 'staffSignIn'
  | 'staffSignInFailed'
  | 'staffLockedOut'
  | 'staffSignOut'
  | 'staffTimedOut'
  | 'sessionReset'
  | 'appRestart'
  | 'deviceErrorCleared'
  | 'testPrint'
  | 'paperCounterReset'
  | 'ocrSelfTest'
  | 'devicePortChosen'
  | 'configChanged'
  | 'configImported'
  | 'configRestored'
  | 'catalogueImported'
  | 'accountChanged'
  | 'accountRemoved'
  | 'questionHandled'
  | 'questionReopened'
  | 'answerAdded'
  | 'answerChanged'
  | 'answerRemoved';

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

/** What the first entry chains from. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** How the chain was broken; `entryId` is the entry where it shows. */
export type AuditProblem =
  /** The entry (a field, or its hash) changed after it was written. */
  | 'edited'
  /** The entry was deleted (for a cut-off tail: the first of those deleted). */
  | 'missing'
  /** The entry was not written by the trail: added in the middle or after its recorded end. */
  | 'inserted'
  /** The entry swapped places with the next one. */
  | 'reordered'
  /** The chain holds together but does not end where the trail recorded its end. */
  | 'rewritten';

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entryId: number; problem: AuditProblem; message: { vi: string; en: string } };

export interface AuditPageQuery {
  /** Only entries older than this one (the last id of the page before); the newest by default. */
  beforeId?: number;
  limit: number;
  actor?: string;
  action?: AuditAction;
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[];
  /** Whether older entries match too. */
  more: boolean;
}

type ChainedFields = Pick<AuditEntry, 'id' | 'at' | 'actor' | 'action' | 'detail'>;

/** The entry's seal: the previous hash and the entry's fields, encoded the same way every time. */
export function auditEntryHash(previousHash: string, entry: ChainedFields): string {
  // One-shot hash of one string: the verify walk does this for every entry.
  return digest('sha256', `${previousHash}\n${JSON.stringify([entry.id, entry.at, entry.actor, entry.action, entry.detail])}`, 'hex');
}

/**
 * Seals the entries already in the table, in id order, and records the head. For the migration
 * that brings in the chain: its caller lifts the update trigger around it.
 */
export function chainExistingAuditEntries(db: Database.Database): void {
  const seal = db.prepare<[string, string, number]>(`UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?`);
  let head = { lastId: 0, hash: AUDIT_GENESIS_HASH };
  for (const entry of db.prepare<[], ChainedFields>(`SELECT id, at, actor, action, detail FROM audit_entry ORDER BY id`).all()) {
    const hash = auditEntryHash(head.hash, entry);
    seal.run(head.hash, hash, entry.id);
    head = { lastId: entry.id, hash };
  }
  db.prepare(`INSERT INTO audit_head (only, last_id, hash) VALUES (1, ?, ?)`).run(head.lastId, head.hash);
}

/** A row as the walk reads it: [id, at, actor, action, detail, prev_hash, hash]. */
type ChainRow = [number, number, string, AuditAction, string, string | null, string | null];

interface Head {
  last_id: number;
  hash: string;
}

export class AuditTrail {
  private readonly appendInOwnTransaction: (entry: Omit<AuditEntry, 'id'>) => void;
  private readonly verifyInOneSnapshot: () => AuditVerdict;
  private readonly readHead;
  private readonly lastId;
  private readonly insert;
  private readonly moveHead;
  private readonly since;
  private readonly chainRows;
  private readonly newestFirst;
  private readonly distinctActors;
  private readonly distinctActions;

  constructor(private readonly db: Database.Database) {
    this.readHead = db.prepare<[], Head>(`SELECT last_id, hash FROM audit_head WHERE only = 1`);
    this.lastId = db.prepare<[], { id: number | null }>(`SELECT max(id) AS id FROM audit_entry`);
    this.insert = db.prepare<[number, number, string, AuditAction, string, string, string]>(
      `INSERT INTO audit_entry (id, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.moveHead = db.prepare<[number, string]>(`UPDATE audit_head SET last_id = ?, hash = ? WHERE only = 1`);
    this.since = db.prepare<[number], AuditEntry>(`SELECT id, at, actor, action, detail FROM audit_entry WHERE id > ? ORDER BY id`);
    this.chainRows = db.prepare<[], ChainRow>(`SELECT id, at, actor, action, detail, prev_hash, hash FROM audit_entry ORDER BY id`).raw(true);
    this.newestFirst = db.prepare<{ beforeId: number; actor: string | null; action: string | null; take: number }, AuditEntry>(
      `SELECT id, at, actor, action, detail FROM audit_entry
       WHERE id < @beforeId AND (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action)
       ORDER BY id DESC LIMIT @take`,
    );
    this.distinctActors = db.prepare<[], string>(`SELECT DISTINCT actor FROM audit_entry ORDER BY actor`).pluck();
    this.distinctActions = db.prepare<[], AuditAction>(`SELECT DISTINCT action FROM audit_entry ORDER BY action`).pluck();
    // IMMEDIATE: the head is read under the write lock, so two processes on one file never chain from the same entry.
    const appendTransaction = db.transaction((entry: Omit<AuditEntry, 'id'>) => this.appendToChain(entry));
    this.appendInOwnTransaction = (entry) => appendTransaction.immediate(entry);
    // One read transaction: another kiosk appending on the same file mid-walk must not look like an insertion.
    this.verifyInOneSnapshot = db.transaction(() => this.walkChain());
  }

  /** Seal the entry onto the end of the chain: in the caller's transaction if there is one, else in its own. */
  append(entry: Omit<AuditEntry, 'id'>): void {
    if (this.db.inTransaction) this.appendToChain(entry);
    else this.appendInOwnTransaction(entry);
  }

  private appendToChain(entry: Omit<AuditEntry, 'id'>): void {
    const head = this.head();
    // Chain from the recorded head, not the last row: a cut-off tail stays visible after the next append.
    const id = Math.max(head.last_id, this.lastId.get()?.id ?? 0) + 1;
    const hash = auditEntryHash(head.hash, { ...entry, id });
    this.insert.run(id, entry.at, entry.actor, entry.action, entry.detail, head.hash, hash);
    this.moveHead.run(id, hash);
  }

  private head(): Head {
    const head = this.readHead.get();
    if (head === undefined) throw new Error('the audit trail has no head: the store was not migrated, or the head was deleted');
    return head;
  }

  /** Entries after `afterId`, oldest first (all of them by default). */
  entries(afterId = 0): AuditEntry[] {
    return this.since.all(afterId);
  }

  /** One page of the trail for the staff viewer, newest first, optionally of one actor and/or action. */
  page(query: AuditPageQuery): AuditPage {
    if (!Number.isInteger(query.limit) || query.limit < 1) throw new RangeError(`page limit must be a positive integer, not ${query.limit}`);
    const rows = this.newestFirst.all({
      beforeId: query.beforeId ?? Number.MAX_SAFE_INTEGER,
      actor: query.actor ?? null,
      action: query.action ?? null,
      take: query.limit + 1,
    });
    return { entries: rows.slice(0, query.limit), more: rows.length > query.limit };
  }

  /** Everyone who appears in the trail, for the viewer's filter. */
  actors(): string[] {
    return this.distinctActors.all();
  }

  /** Every action that appears in the trail, for the viewer's filter. */
  actions(): AuditAction[] {
    return this.distinctActions.all();
  }

  /** Walk the whole chain and the head; the first break found, or how many entries hold together. */
  verify(): AuditVerdict {
    return this.verifyInOneSnapshot();
  }

  private walkChain(): AuditVerdict {
    const head = this.readHead.get();
    // The migration writes the head, and nothing deletes it: without it, nothing says where the trail ends.
    if (head === undefined) return { ...broken('rewritten', this.lastId.get()?.id ?? 0), message: HEAD_MISSING };
    const walk = new ChainWalk(head);
    let pending: ChainRow | undefined;
    for (const row of this.chainRows.iterate()) {
      if (pending !== undefined) {
        const broken = walk.step(pending, row);
        if (broken) return broken;
      }
      pending = row;
    }
    if (pending !== undefined) {
      const broken = walk.step(pending, undefined);
      if (broken) return broken;
    }
    return walk.end();
  }
}

/** The verification walk: takes the entries in id order, each with the one after it. */
class ChainWalk {
  private entries = 0;
  private lastId = 0;
  private expectedPrevious = AUDIT_GENESIS_HASH;
  private lastHash = AUDIT_GENESIS_HASH;

  constructor(private readonly head: Head) {}

  step(row: ChainRow, next: ChainRow | undefined): Extract<AuditVerdict, { ok: false }> | undefined {
    const [id, at, actor, action, detail, previousHash, hash] = row;
    if (id > this.head.last_id) return broken('inserted', id);
    // The next entry chains from the one before this: this one was slipped in between them,
    // or (if this one chains from the next) the two swapped places.
    if (next !== undefined && next[5] === this.expectedPrevious) return broken(previousHash === next[6] ? 'reordered' : 'inserted', id);
    if (hash !== auditEntryHash(previousHash ?? '', { id, at, actor, action, detail })) return broken('edited', id);
    if (previousHash !== this.expectedPrevious) {
      // Sealed, but not onto the entry before it: entries are gone in between, or (ids following
      // on) the entry before was edited and resealed.
      if (id > this.lastId + 1) return broken('missing', this.lastId + 1);
      return broken('edited', this.lastId === 0 ? id : this.lastId);
    }
    this.entries += 1;
    this.lastId = id;
    this.lastHash = hash;
    this.expectedPrevious = hash;
    return undefined;
  }

  end(): AuditVerdict {
    if (this.lastId < this.head.last_id) return broken('missing', this.lastId + 1);
    if (this.lastHash !== this.head.hash) return broken('rewritten', this.lastId);
    return { ok: true, entries: this.entries };
  }
}

const MESSAGES: Record<AuditProblem, (id: number) => { vi: string; en: string }> = {
  edited: (id) => ({
    vi: `Mục số ${id} của nhật ký đã bị sửa sau khi được ghi.`,
    en: `Audit entry ${id} was changed after it was written.`,
  }),
  missing: (id) => ({
    vi: `Mục số ${id} của nhật ký đã bị xóa.`,
    en: `Audit entry ${id} was deleted.`,
  }),
  inserted: (id) => ({
    vi: `Mục số ${id} của nhật ký được chèn thêm, không phải do phần mềm ghi.`,
    en: `Audit entry ${id} was added by something other than the kiosk software.`,
  }),
  reordered: (id) => ({
    vi: `Mục số ${id} của nhật ký đã bị đổi thứ tự với mục sau nó.`,
    en: `Audit entry ${id} was swapped with the entry after it.`,
  }),
  rewritten: (id) => ({
    vi: `Nhật ký đã bị viết lại đến mục số ${id}: điểm cuối không khớp với bản ghi đã lưu.`,
    en: `The audit trail was rewritten up to entry ${id}: its end does not match the one recorded.`,
  }),
};

const HEAD_MISSING = {
  vi: 'Bản ghi điểm cuối của nhật ký đã bị xóa, không thể biết nhật ký có còn đủ hay không.',
  en: 'The record of where the audit trail ends was deleted, so it cannot tell whether the trail is complete.',
};

function broken(problem: AuditProblem, entryId: number): Extract<AuditVerdict, { ok: false }> {
  return { ok: false, entryId, problem, message: MESSAGES[problem](entryId) };
}
