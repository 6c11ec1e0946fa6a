import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallingPolicy } from '../../domain/queue/calling-policy.js';
import type { PriorityGroupId } from '../../domain/queue/priority.js';
import type { QueueEvent } from '../../runtime/queue/queue-events.js';
import { QueueService } from '../../runtime/queue/queue-service.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';
import { tempDir } from '../helpers/kiosk-harness.js';

const DAY = '2026-11-23';
const OPENING = Date.parse('2026-11-23T01:00:00Z'); // 08:00 in Hà Nội
const STRICT: CallingPolicy = { kind: 'strict' };
const minute = (n: number) => new Date(OPENING + n * 60_000);

let dir: ReturnType<typeof tempDir>;
let store: TicketStore;
let queue: QueueService;
const file = () => join(dir.path, 'motcua.sqlite');
const open = () => {
  store = new TicketStore(file());
  queue = new QueueService(store, 'Asia/Ho_Chi_Minh');
};
beforeEach(() => {
  dir = tempDir();
  open();
});
afterEach(() => {
  store.close();
  dir.remove();
});

function issue(group: string, at: number, priority: PriorityGroupId | null = null) {
  return store.issue({ serviceId: group, prefix: group, serviceDay: DAY, kioskId: 'kiosk-test', at: minute(at), priority });
}

/** Call the next ticket at `counter` and close it, returning its number (or the refusal reason). */
function callAndFinish(counter: number, groups: string[], at: number, policies: Record<string, CallingPolicy> = {}) {
  const outcome = queue.callNext(counter, groups, minute(at), policies);
  if (!outcome.ok) return outcome.reason;
  queue.startService(counter, outcome.ticket.id, minute(at));
  queue.finishService(counter, outcome.ticket.id, minute(at + 1));
  return outcome.ticket.number;
}

/** Everything the queue keeps, to show a refused action changed nothing. */
function snapshot() {
  return [store.connection.prepare('SELECT * FROM ticket ORDER BY id').all(), store.connection.prepare('SELECT * FROM call ORDER BY id').all()];
}

describe('calling order through the store', () => {
  it('calls first come, first served within a class', () => {
    issue('A', 0);
    issue('A', 1);
    issue('A', 2);
    expect([1, 2, 3, 4].map((n) => callAndFinish(1, ['A'], 10 + n))).toEqual(['A001', 'A002', 'A003', 'noOneWaiting']);
  });

  it('calls a priority ticket before earlier normal ones under strict', () => {
    issue('A', 0);
    issue('A', 1, 'elderly');
    expect([callAndFinish(1, ['A'], 5, { A: STRICT }), callAndFinish(1, ['A'], 6, { A: STRICT })]).toEqual(['A002', 'A001']);
  });

  it('honours the interleaved policy from the stored call history, across a restart', () => {
    const policies: Record<string, CallingPolicy> = { A: { kind: 'interleaved', normalPerPriority: 2 } };
    // P1 P2 then N3..N6: the day starts with a priority due, then two normals per priority.
    issue('A', 0, 'pregnant');
    issue('A', 1, 'disability');
    [2, 3, 4, 5].forEach((at) => issue('A', at));
    const numbers = [callAndFinish(1, ['A'], 10, policies), callAndFinish(2, ['A'], 11, policies)];
    store.close();
    open(); // the count of normals since the last priority must come from the call table, not memory
    numbers.push(...[12, 13, 14, 15].map((at) => callAndFinish(1, ['A'], at, policies)));
    expect(numbers).toEqual(['A001', 'A003', 'A004', 'A002', 'A005', 'A006']);
  });

  it('says no one is waiting when only another group has tickets', () => {
    issue('B', 0);
    const before = snapshot();
    expect(queue.callNext(1, ['A'], minute(1), {})).toMatchObject({ ok: false, reason: 'noOneWaiting' });
    expect(snapshot()).toEqual(before);
  });

  it('across groups calls the ticket that has waited longest', () => {
    issue('A', 2);
    issue('B', 1);
    issue('A', 3);
    expect([4, 5, 6].map((at) => callAndFinish(1, ['A', 'B'], at))).toEqual(['B001', 'A001', 'A002']);
  });

  it('refuses a second call while the counter still holds a ticket', () => {
    const first = issue('A', 0);
    issue('A', 1);
    expect(queue.callNext(1, ['A'], minute(2), {}).ok).toBe(true);
    const before = snapshot();
    expect(queue.callNext(1, ['A'], minute(3), {})).toMatchObject({ ok: false, reason: 'counterBusy', busyWith: 'A001' });
    expect(snapshot()).toEqual(before);
    queue.markNoShow(1, first.id, minute(4));
    expect(callAndFinish(1, ['A'], 5)).toBe('A002');
  });
});

describe('stale actions', () => {
  it('refuses each one with its reason and changes nothing', () => {
    const [done, noShow, elsewhere, called, serving, waiting] = [0, 1, 2, 3, 4, 5].map((at) => issue('A', at));
    const call = (counter: number) => queue.callNext(counter, ['A'], minute(10), {});
    call(1);
    queue.startService(1, done!.id, minute(10));
    queue.finishService(1, done!.id, minute(11));
    call(1);
    queue.markNoShow(1, noShow!.id, minute(12));
    call(2); // elsewhere: held by counter 2
    call(1); // called: held by counter 1
    call(3);
    queue.startService(3, serving!.id, minute(13));
    const before = snapshot();
    const cases = [
      [queue.finishService(1, done!.id, minute(20)), 'alreadyFinished'],
      [queue.recall(1, noShow!.id, minute(20)), 'alreadyFinished'],
      [queue.recall(1, elsewhere!.id, minute(20)), 'notYourTicket'],
      [queue.transfer(1, elsewhere!.id, 'B', minute(20)), 'notYourTicket'],
      [queue.finishService(1, called!.id, minute(20)), 'wrongState'],
      [queue.startService(3, serving!.id, minute(20)), 'wrongState'],
      [queue.markNoShow(3, serving!.id, minute(20)), 'wrongState'],
      [queue.startService(1, waiting!.id, minute(20)), 'wrongState'],
      [queue.recall(1, 9_999, minute(20)), 'unknownTicket'],
    ] as const;
    for (const [outcome, reason] of cases) expect(outcome).toMatchObject({ ok: false, reason, detail: expect.any(String) });
    expect(snapshot()).toEqual(before);
  });
});

describe('transfer', () => {
  it('puts the ticket back in the other group at the place its issue time gives it', () => {
    const sent = issue('A', 0);
    issue('B', 1);
    issue('B', 2);
    const called = queue.callNext(1, ['A'], minute(5), {});
    expect(called.ok && called.ticket.number).toBe('A001');
    expect(queue.transfer(1, sent.id, 'B', minute(6))).toMatchObject({
      ok: true,
      ticket: { state: 'waiting', serviceId: 'B', originalServiceId: 'A', queuedAt: minute(0).getTime(), counter: null },
    });
    expect(queue.position(sent.id, {})).toMatchObject({ state: 'waiting', serviceId: 'B', peopleAhead: 0 });
    expect(callAndFinish(2, ['B'], 7)).toBe('A001');
    expect(callAndFinish(1, ['A', 'B'], 8)).toBe('B001'); // counter 1 is free again
  });
});

describe('pause and resume', () => {
  it('stops a counter calling until it resumes, across a restart, and refuses bad pauses', () => {
    const held = issue('A', 0);
    issue('A', 1);
    queue.callNext(1, ['A'], minute(2), {});
    expect(queue.pause(1, 'lunch', minute(3))).toMatchObject({ ok: false, reason: 'counterBusy', busyWith: 'A001' });
    queue.markNoShow(1, held.id, minute(4));
    expect(queue.pause(1, '   ', minute(5))).toMatchObject({ ok: false, reason: 'missingReason' });
    expect(queue.resume(1, minute(5))).toMatchObject({ ok: false, reason: 'wrongState' });
    expect(queue.pause(1, ' lunch ', minute(5))).toMatchObject({ ok: true, pause: { counter: 1, reason: 'lunch' } });
    store.close();
    open();
    const before = snapshot();
    expect(queue.callNext(1, ['A'], minute(6), {})).toMatchObject({ ok: false, reason: 'counterPaused' });
    expect(queue.pause(1, 'again', minute(6))).toMatchObject({ ok: false, reason: 'wrongState' });
    expect(snapshot()).toEqual(before);
    expect(queue.pausedCounters()).toEqual([{ counter: 1, reason: 'lunch', since: minute(5).getTime() }]);
    expect(queue.resume(1, minute(35))).toEqual({ ok: true, pausedMs: 30 * 60_000 });
    expect(queue.pausedCounters()).toEqual([]);
    expect(callAndFinish(1, ['A'], 36)).toBe('A002');
  });
});

describe('board reads and events', () => {
  it('report waiting counts, now serving, last calls and positions', () => {
    const first = issue('A', 0);
    const second = issue('A', 1);
    issue('B', 2);
    queue.callNext(3, ['A'], minute(5), {});
    queue.recall(3, first.id, minute(6));
    expect(queue.waitingCounts(DAY)).toEqual({ A: 1, B: 1 });
    expect(queue.nowServing(DAY)).toEqual([
      { counter: 3, number: 'A001', serviceId: 'A', priority: null, state: 'called', calledAt: minute(5).getTime(), startedAt: null },
    ]);
    expect(queue.lastCalls(DAY, 5).map((call) => [call.number, call.counter, call.kind])).toEqual([
      ['A001', 3, 'recall'],
      ['A001', 3, 'call'],
    ]);
    expect(queue.position(second.id, {})).toMatchObject({ state: 'waiting', peopleAhead: 0, counter: null });
    expect(queue.position(first.id, {})).toMatchObject({ state: 'called', peopleAhead: null, counter: 3 });
  });

  it('emits each change once committed, finishing with the service time', () => {
    const events: QueueEvent[] = [];
    const stop = queue.onChange((event) => events.push(event));
    const issued = queue.issue({ serviceId: 'A', prefix: 'A', serviceDay: DAY, kioskId: 'k', at: minute(0) }, STRICT, 'kiosk k');
    if (!issued.ok) throw new Error('the day should open with its first ticket');
    const { ticket } = issued;
    queue.callNext(1, ['A'], minute(1), {});
    queue.recall(1, ticket.id, minute(2));
    queue.startService(1, ticket.id, minute(3));
    queue.recall(1, ticket.id, minute(4)); // refused: no event
    const finished = queue.finishService(1, ticket.id, minute(8));
    expect(finished).toMatchObject({ ok: true, durationMs: 5 * 60_000, ticket: { state: 'done' } });
    queue.pause(1, 'break', minute(9));
    queue.resume(1, minute(10));
    expect(events.map((event) => event.type)).toEqual(['dayOpened', 'issued', 'called', 'recalled', 'started', 'finished', 'paused', 'resumed']);
    expect(events[5]).toMatchObject({ type: 'finished', counter: 1, durationMs: 5 * 60_000 });
    stop();
    queue.issue({ serviceId: 'A', prefix: 'A', serviceDay: DAY, kioskId: 'k', at: minute(11) }, STRICT, 'kiosk k');
    expect(events).toHaveLength(8);
  });
});

describe('store upgrade', () => {
  it('brings a database made by the first schema up to the queue, keeping its tickets', () => {
    store.close();
    const legacyFile = join(dir.path, 'legacy.sqlite');
    const legacy = new Database(legacyFile);
    legacy.exec(`CREATE TABLE ticket_counter (service_day TEXT NOT NULL, prefix TEXT NOT NULL, last_sequence INTEGER NOT NULL,
        PRIMARY KEY (service_day, prefix)) WITHOUT ROWID;
      CREATE TABLE ticket (id INTEGER PRIMARY KEY, number TEXT NOT NULL, service_day TEXT NOT NULL, prefix TEXT NOT NULL,
        sequence INTEGER NOT NULL, service_id TEXT NOT NULL, kiosk_id TEXT NOT NULL, issued_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('issued', 'printed', 'print_failed')), print_attempts INTEGER NOT NULL DEFAULT 0,
        UNIQUE (service_day, prefix, sequence));
      INSERT INTO ticket_counter VALUES ('${DAY}', 'A', 2);
      INSERT INTO ticket (number, service_day, prefix, sequence, service_id, kiosk_id, issued_at, status, print_attempts) VALUES
        ('A001', '${DAY}', 'A', 1, 'A', 'old', '${minute(0).toISOString()}', 'printed', 1),
        ('A002', '${DAY}', 'A', 2, 'A', 'old', '${minute(1).toISOString()}', 'print_failed', 1);`);
    legacy.pragma('user_version = 1');
    legacy.close();

    store = new TicketStore(legacyFile);
    queue = new QueueService(store, 'Asia/Ho_Chi_Minh');
    expect(store.listDay(DAY).map((ticket) => [ticket.number, ticket.status])).toEqual([
      ['A001', 'printed'],
      ['A002', 'print_failed'],
    ]);
    expect(store.issue({ serviceId: 'A', prefix: 'A', serviceDay: DAY, kioskId: 'new', at: minute(2) }).number).toBe('A003');
    const called = queue.callNext(1, ['A'], minute(3), {});
    expect(called).toMatchObject({ ok: true, ticket: { number: 'A001', queuedAt: minute(0).getTime(), originalServiceId: 'A' } });
    expect(queue.waitingCounts(DAY)).toEqual({ A: 2 });
  });
});

describe('two counters in two threads', () => {
  it('never call the same ticket twice', async () => {
    for (let n = 0; n < 400; n += 1) issue('group-A', 0);
    // The worker is TypeScript: register tsx inside it before loading the script.
    const script = new URL('../helpers/call-worker.ts', import.meta.url).href;
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
    const threads = [1, 2].map((counter) => new Worker(bootstrap, { eval: true, workerData: { file: file(), counter, at: minute(10).getTime() } }));
    const message = (thread: Worker) =>
      new Promise<unknown>((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
      });
    await Promise.all(threads.map(message)); // both 'ready'
    const results = threads.map(message);
    for (const thread of threads) thread.postMessage('go');
    const [left, right] = (await Promise.all(results)) as number[][];
    const all = [...(left ?? []), ...(right ?? [])];
    expect(all).toHaveLength(400);
    expect(new Set(all).size).toBe(400);
    expect(left?.length).toBeGreaterThan(0);
    expect(right?.length).toBeGreaterThan(0);
    const calls = store.connection.prepare(`SELECT count(DISTINCT ticket_id) AS tickets, count(*) AS calls FROM call`).get();
    expect(calls).toEqual({ tickets: 400, calls: 400 });
  }, 60_000);
});
