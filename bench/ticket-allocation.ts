/** Ticket allocation with a durable commit (WAL, synchronous=FULL) on the real SQLite file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TicketStore } from '../runtime/store/ticket-store.js';
import { elapsedMs, report } from './stats.js';

const TICKETS = 5000;
const PREFIXES = ['A', 'B', 'C', 'D'];

export function benchTicketAllocation(): void {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  const store = new TicketStore(join(dir, 'motcua.sqlite'));
  const samples: number[] = [];
  try {
    for (let index = 0; index < TICKETS; index += 1) {
      const prefix = PREFIXES[index % PREFIXES.length] ?? 'A';
      const start = process.hrtime.bigint();
      store.issue({ serviceId: prefix, prefix, serviceDay: '2026-11-23', kioskId: 'bench', at: new Date() });
      samples.push(elapsedMs(start));
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report('ticket allocation (durable commit)', samples, [50, 99], 'p99 ≤ 5 ms');
}
