/**
 * The durable record of every ticket, in SQLite (WAL, synchronous=FULL): a ticket is committed here
 * before it is printed, numbers come from a per-day, per-prefix counter that only ever grows, so a
 * failed print, a crash or a second kiosk on the same file never frees, reuses or duplicates one.
 */
import Database from 'better-sqlite3';
import { formatTicketNumber } from '../../domain/queue/ticket-number.js';
import type { PriorityGroupId } from '../../domain/queue/priority.js';
import type { IssuedTicket, TicketStatus } from '../../domain/queue/ticket.js';
import { chainExistingAuditEntries } from './audit-trail.js';

/** SQL, or a step that needs code (hashing) between its statements; each runs in one transaction. */
const MIGRATIONS: Array<string | ((db: Database.Database) => void)> = [
  `CREATE TABLE ticket_counter (
     service_day TEXT NOT NULL,
     prefix TEXT NOT NULL,
     last_sequence INTEGER NOT NULL,
     PRIMARY KEY (service_day, prefix)
   ) WITHOUT ROWID;
   CREATE TABLE ticket (
     id INTEGER PRIMARY KEY,
     number TEXT NOT NULL,
     service_day TEXT NOT NULL,
     prefix TEXT NOT NULL,
     sequence INTEGER NOT NULL,
     service_id TEXT NOT NULL,
     kiosk_id TEXT NOT NULL,
     issued_at TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('issued', 'printed', 'print_failed')),
     print_attempts INTEGER NOT NULL DEFAULT 0,
     UNIQUE (service_day, prefix, sequence)
   );`,
  // The queue: where each ticket stands (apart from its print status) and every call a counter made.
  // service_id becomes the group the ticket waits in now (a transfer changes it); original_service_id
  // keeps the one it was issued for. Times are epoch ms; queued_at places the ticket in line.
  `ALTER TABLE ticket ADD COLUMN queue_state TEXT NOT NULL DEFAULT 'waiting'
     CHECK (queue_state IN ('waiting', 'called', 'serving', 'done', 'no_show'));
   ALTER TABLE ticket ADD COLUMN priority TEXT;
   ALTER TABLE ticket ADD COLUMN queued_at INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE ticket ADD COLUMN original_service_id TEXT;
   ALTER TABLE ticket ADD COLUMN counter INTEGER;
   ALTER TABLE ticket ADD COLUMN called_at INTEGER;
   ALTER TABLE ticket ADD COLUMN recall_count INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE ticket ADD COLUMN started_at INTEGER;
   ALTER TABLE ticket ADD COLUMN finished_at INTEGER;
   UPDATE ticket SET
     queued_at = CAST(round((julianday(issued_at) - 2440587.5) * 86400000) AS INTEGER),
     original_service_id = service_id;
   CREATE INDEX ticket_in_queue ON ticket (service_day, service_id, queue_state);
   CREATE TABLE call (
     id INTEGER PRIMARY KEY,
     service_day TEXT NOT NULL,
     service_id TEXT NOT NULL,
     ticket_id INTEGER NOT NULL REFERENCES ticket (id),
     counter INTEGER NOT NULL,
     priority TEXT,
     at INTEGER NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('call', 'recall'))
   );
   CREATE INDEX call_by_group ON call (service_day, service_id, id);`,
  // Counter pauses with their reasons; a row without resumed_at is a counter paused now.
  `CREATE TABLE counter_pause (
     id INTEGER PRIMARY KEY,
     counter INTEGER NOT NULL,
     reason TEXT NOT NULL,
     paused_at INTEGER NOT NULL,
     resumed_at INTEGER
   );
   CREATE UNIQUE INDEX counter_paused_now ON counter_pause (counter) WHERE resumed_at IS NULL;`,
  // The service day's opening and closing, and an append-only audit trail of what staff did.
  // left_at marks a ticket still waiting or called when the day closed: it is never called after.
  `CREATE TABLE service_day (
     day TEXT PRIMARY KEY,
     opened_at INTEGER NOT NULL,
     opened_by TEXT NOT NULL,
     closed_at INTEGER,
     closed_by TEXT
   ) WITHOUT ROWID;
   CREATE TABLE audit_entry (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL
   );
   CREATE TRIGGER audit_entry_never_updated BEFORE UPDATE ON audit_entry
     BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
   CREATE TRIGGER audit_entry_never_deleted BEFORE DELETE ON audit_entry
     BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
   ALTER TABLE ticket ADD COLUMN left_at INTEGER;`,
  // What the counter pages and boards read on every change (waiting counts, what each counter
  // holds or served, the last calls) without scanning the whole day's tickets and calls.
  `CREATE INDEX ticket_by_state ON ticket (service_day, queue_state, service_id);
   CREATE INDEX ticket_by_counter ON ticket (service_day, counter, queue_state);
   CREATE INDEX call_by_day ON call (service_day, id);`,
  // The request keys linked kiosks send with each issue, with the ticket they got: a retry after a
  // lost reply gets the same ticket. IF NOT EXISTS: development builds created it outside the versions.
  `CREATE TABLE IF NOT EXISTS kiosk_link_request (
     request_key TEXT PRIMARY KEY,
     service_day TEXT NOT NULL,
     kiosk_id TEXT NOT NULL,
     ticket TEXT NOT NULL
   ) WITHOUT ROWID;`,
  // Satisfaction ratings, one per served ticket, with no identity: what was served where and when.
  // ticket.procedure_id: the procedure the citizen chose at the kiosk (NULL when none was chosen).
  `ALTER TABLE ticket ADD COLUMN procedure_id TEXT;
   CREATE TABLE rating (
     id INTEGER PRIMARY KEY,
     ticket_id INTEGER NOT NULL UNIQUE REFERENCES ticket (id),
     service_day TEXT NOT NULL,
     counter INTEGER NOT NULL,
     service_id TEXT NOT NULL,
     procedure_id TEXT,
     channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'counterTablet', 'keypad', 'phone')),
     at INTEGER NOT NULL,
     overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
     criteria TEXT NOT NULL DEFAULT '{}',
     reasons TEXT NOT NULL DEFAULT '[]',
     comment TEXT
   );
   CREATE INDEX rating_by_day ON rating (service_day, at);`,
  // The audit trail becomes a hash chain (runtime/store/audit-trail.ts): each entry seals the one
  // before it, and audit_head keeps the id and hash of the last one, so a cut-off tail shows too.
  // The entries already there are sealed in id order, with the update trigger lifted only for that.
  (db) => {
    db.exec(`ALTER TABLE audit_entry ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_entry ADD COLUMN hash TEXT;
      CREATE INDEX audit_entry_by_actor ON audit_entry (actor);
      CREATE INDEX audit_entry_by_action ON audit_entry (action);
      CREATE TABLE audit_head (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        last_id INTEGER NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TRIGGER audit_head_never_deleted BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_head_only_forward BEFORE UPDATE ON audit_head WHEN NEW.last_id <= OLD.last_id
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      DROP TRIGGER audit_entry_never_updated;`);
    chainExistingAuditEntries(db);
    db.exec(`CREATE TRIGGER audit_entry_never_updated BEFORE UPDATE ON audit_entry
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;`);
  },
];

export interface IssueRequest {
  serviceId: string;
  prefix: string;
  serviceDay: string;
  kioskId: string;
  at: Date;
  /** The priority group the citizen declared; none by default. */
  priority?: PriorityGroupId | null;
  /** The catalogue procedure chosen at the kiosk, kept for the satisfaction statistics; none by default. */
  procedureId?: string | null;
}

interface TicketRow {
  id: number;
  number: string;
  service_day: string;
  prefix: string;
  sequence: number;
  service_id: string;
  kiosk_id: string;
  issued_at: string;
  status: TicketStatus;
  print_attempts: number;
}

export interface StoredTicket extends Omit<IssuedTicket, 'peopleAhead'> {
  /** The kiosk it was issued at. */
  kioskId: string;
  status: TicketStatus;
  printAttempts: number;
}

export class TicketStore {
  private readonly db: Database.Database;
  private readonly issueTransaction: (request: IssueRequest) => IssuedTicket;

  constructor(file: string) {
    // Under Electron the addon must be built for Electron's ABI; scripts/start.mjs builds one and names it here.
    const nativeBinding = process.env.MOTCUA_SQLITE_BINDING;
    this.db = new Database(file, nativeBinding ? { nativeBinding } : {});
    this.db.pragma('journal_mode = WAL');
    // FULL: a ticket the citizen was told about survives a power cut, not just a crash.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();

    const nextSequence = this.db.prepare<[string, string], { last_sequence: number }>(
      `INSERT INTO ticket_counter (service_day, prefix, last_sequence) VALUES (?, ?, 1)
       ON CONFLICT (service_day, prefix) DO UPDATE SET last_sequence = last_sequence + 1
       RETURNING last_sequence`,
    );
    const insertTicket = this.db.prepare(
      `INSERT INTO ticket (number, service_day, prefix, sequence, service_id, kiosk_id, issued_at, status,
         priority, queued_at, original_service_id, procedure_id)
       VALUES (@number, @serviceDay, @prefix, @sequence, @serviceId, @kioskId, @issuedAt, 'issued',
         @priority, @queuedAt, @serviceId, @procedureId)`,
    );
    const countAhead = this.db.prepare<[string, string, number], { ahead: number }>(
      // Only those still waiting: a ticket already called or served is not ahead of anyone.
      `SELECT count(*) AS ahead FROM ticket WHERE service_day = ? AND prefix = ? AND sequence < ? AND queue_state = 'waiting'`,
    );
    const transaction = this.db.transaction((request: IssueRequest): IssuedTicket => {
      const row = nextSequence.get(request.serviceDay, request.prefix);
      if (row === undefined) throw new Error('ticket counter returned no row');
      const sequence = row.last_sequence;
      const number = formatTicketNumber(request.prefix, sequence);
      const issuedAt = request.at.toISOString();
      const { lastInsertRowid } = insertTicket.run({
        ...request,
        number,
        sequence,
        issuedAt,
        priority: request.priority ?? null,
        procedureId: request.procedureId ?? null,
        queuedAt: request.at.getTime(),
      });
      const ahead = countAhead.get(request.serviceDay, request.prefix, sequence)?.ahead ?? 0;
      return {
        id: Number(lastInsertRowid),
        number,
        serviceId: request.serviceId,
        prefix: request.prefix,
        sequence,
        serviceDay: request.serviceDay,
        issuedAt,
        peopleAhead: ahead,
      };
    });
    // IMMEDIATE takes the write lock up front, so two kiosks on one file queue instead of deadlocking.
    this.issueTransaction = (request) => transaction.immediate(request);
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let index = version; index < MIGRATIONS.length; index += 1) {
      this.db.transaction(() => {
        const migration = MIGRATIONS[index] ?? '';
        if (typeof migration === 'string') this.db.exec(migration);
        else migration(this.db);
        this.db.pragma(`user_version = ${index + 1}`);
      }).immediate();
    }
  }

  /** Allocate the next number and commit the ticket; returns only once it is on disk. */
  issue(request: IssueRequest): IssuedTicket {
    return this.issueTransaction(request);
  }

  /** The connection, for the queue's statements (runtime/queue), which share the store's file and lock. */
  get connection(): Database.Database {
    return this.db;
  }

  /** Run `work` as one IMMEDIATE transaction: it holds the write lock from its first read. */
  writeTransaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  markPrinted(id: number): void {
    this.setPrintOutcome(id, 'printed');
  }

  markPrintFailed(id: number): void {
    this.setPrintOutcome(id, 'print_failed');
  }

  private setPrintOutcome(id: number, status: TicketStatus): void {
    const result = this.db
      .prepare(`UPDATE ticket SET status = ?, print_attempts = print_attempts + 1 WHERE id = ?`)
      .run(status, id);
    if (result.changes !== 1) throw new Error(`no ticket with id ${id}`);
  }

  get(id: number): StoredTicket | undefined {
    const row = this.db.prepare<[number], TicketRow>(`SELECT * FROM ticket WHERE id = ?`).get(id);
    return row && toStored(row);
  }

  /** A ticket by what is printed on it: its day and number. */
  findByNumber(serviceDay: string, number: string): StoredTicket | undefined {
    const row = this.db
      .prepare<[string, string], TicketRow>(`SELECT * FROM ticket WHERE service_day = ? AND number = ?`)
      .get(serviceDay, number);
    return row && toStored(row);
  }

  /** Every ticket of a service day, in the order they were issued. */
  listDay(serviceDay: string): StoredTicket[] {
    return this.db
      .prepare<[string], TicketRow>(`SELECT * FROM ticket WHERE service_day = ? ORDER BY id`)
      .all(serviceDay)
      .map(toStored);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toStored(row: TicketRow): StoredTicket {
  return {
    id: row.id,
    number: row.number,
    serviceId: row.service_id,
    kioskId: row.kiosk_id,
    prefix: row.prefix,
    sequence: row.sequence,
    serviceDay: row.service_day,
    issuedAt: row.issued_at,
    status: row.status,
    printAttempts: row.print_attempts,
  };
}
