/**
 * Numbering survives a crash at any point: the host runs as a real process, a linked kiosk asks it
 * for 1,000 tickets over `/queue` (a few at a time, so some are in flight), the host is killed with
 * SIGKILL at a seeded random point and started again on the same data folder, and the kiosk
 * carries on. A ticket counts as printed once the kiosk got it back: every one of them must be in
 * the store, no number twice, each prefix's sequence contiguous from 1 (no number issued and
 * lost), numbering carried on after the restart, and no ticket the kiosk never received (a retry
 * after a lost reply got the same ticket back). The seed is printed (MOTCUA_CRASH_SEED replays it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DEFAULT_SERVICE_GROUPS } from '../../domain/config/schema.js';
import type { LinkedTicket } from '../../bridge/queue-protocol.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RemoteTicketIssuer } from '../../runtime/queue/remote-ticket-issuer.js';
import { createRng } from '../../scripts/fixtures/cards/random.js';
import { type HostProcess, freePort, startHostProcess } from '../helpers/host-process.js';
import { tempDir, today } from '../helpers/kiosk-harness.js';

const TICKETS = 1_000;
/** Issues in flight at once: a crash then catches several between request and reply. */
const LANES = 4;
const SEED = Number(process.env.MOTCUA_CRASH_SEED ?? Date.now() % 1_000_000);
const KEY = 'crash-test-kiosk-key-0123456789';

interface StoredRow {
  number: string;
  prefix: string;
  sequence: number;
  kiosk_id: string;
}

function readTickets(file: string): StoredRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[string], StoredRow>(`SELECT number, prefix, sequence, kiosk_id FROM ticket WHERE service_day = ? ORDER BY id`).all(today());
  } finally {
    db.close();
  }
}

describe('queue numbering across a host crash', () => {
  let dir: ReturnType<typeof tempDir>;
  let host: HostProcess | undefined;

  beforeAll(() => {
    dir = tempDir('motcua-crash-');
    writeFileSync(join(dir.path, 'config.json'), JSON.stringify({ kioskId: 'host', queue: { kioskKey: KEY } }));
  });

  afterAll(async () => {
    await host?.kill('SIGKILL');
    dir.remove();
  });

  it('kills the host in the middle of 1,000 issuances: no duplicate, no printed number lost, no gap', async () => {
    const rng = createRng(SEED);
    const killAt = rng.int(100, TICKETS - 100);
    // A few milliseconds later, so the kill lands anywhere in a commit, not just after a reply.
    const killDelayMs = rng.int(0, 15);
    const port = await freePort();
    host = await startHostProcess({ dataDir: dir.path, port });
    const logger = new MemoryLogger();
    // A deadline longer than a restart under tsx on a busy machine: the in-flight issues wait it out.
    const issuer = new RemoteTicketIssuer({
      url: `ws://127.0.0.1:${port}/queue`,
      key: KEY,
      kioskId: 'robot',
      timeZone: DEFAULT_CONFIG.servicePoint.timeZone,
      logger,
      issueTimeoutMs: 60_000,
    });

    const printed: LinkedTicket[] = [];
    const refused: string[] = [];
    let requested = 0;
    let ackedAtKill = 0;
    let inFlightAtKill = 0;
    let committedAtKill = 0;
    let restarted: Promise<void> | undefined;
    const crash = async () => {
      await new Promise((resolve) => setTimeout(resolve, killDelayMs));
      ackedAtKill = printed.length;
      inFlightAtKill = requested - printed.length - refused.length;
      await host?.kill('SIGKILL');
      committedAtKill = readTickets(join(dir.path, 'motcua.sqlite')).length;
      host = await startHostProcess({ dataDir: dir.path, port });
    };
    const lane = async () => {
      while (requested < TICKETS) {
        requested += 1;
        const group = rng.pick(DEFAULT_SERVICE_GROUPS);
        const result = await issuer.issue({
          serviceId: group.id,
          procedureId: null,
          priority: rng.chance(0.1) ? 'elderly' : null,
          kioskId: 'robot',
        });
        if (result.ok) printed.push(result.ticket);
        else refused.push(result.reason);
        if (printed.length === killAt && restarted === undefined) restarted = crash();
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    await restarted;
    issuer.close();
    await host.kill('SIGTERM');
    host = undefined;

    const stored = readTickets(join(dir.path, 'motcua.sqlite'));
    console.log(
      `queue crash (seed ${SEED}): killed after ${ackedAtKill} acknowledged with ${inFlightAtKill} in flight, ` +
        `${committedAtKill} committed by then (${committedAtKill - ackedAtKill} of the in-flight ones committed, ` +
        `${ackedAtKill + inFlightAtKill - committedAtKill} not; all retried with their keys after the restart); ` +
        `${printed.length} printed, ${refused.length} refused, ${stored.length} in the store`,
    );

    expect(refused).toEqual([]);
    expect(printed).toHaveLength(TICKETS);
    const printedNumbers = printed.map((ticket) => ticket.number);
    expect(new Set(printedNumbers).size).toBe(TICKETS);
    // Every printed ticket is in the store, and nothing is in the store that was not printed.
    expect(stored.map((row) => row.number).sort()).toEqual([...printedNumbers].sort());
    for (const group of DEFAULT_SERVICE_GROUPS) {
      const sequences = stored.filter((row) => row.prefix === group.prefix).map((row) => row.sequence).sort((a, b) => a - b);
      expect(sequences, `prefix ${group.prefix}`).toEqual(sequences.map((_, index) => index + 1));
    }
    // Numbering went on from where it was: every ticket printed after the kill carries a later number.
    const lastBefore = new Map<string, number>();
    for (const ticket of printed.slice(0, ackedAtKill)) lastBefore.set(ticket.prefix, Math.max(lastBefore.get(ticket.prefix) ?? 0, ticket.sequence));
    for (const ticket of printed.slice(ackedAtKill)) expect(ticket.sequence).toBeGreaterThan(lastBefore.get(ticket.prefix) ?? 0);
    expect(logger.lines.some((line) => line.includes('linked to'))).toBe(true);
  }, 240_000);
});
