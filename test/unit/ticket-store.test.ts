import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterError } from '../../devices/printer/receipt-printer.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';
import { type Harness, startHarness, tempDir, today } from '../helpers/kiosk-harness.js';
import { walkToTicket } from '../helpers/walks.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const file = () => join(dir.path, 'motcua.sqlite');
const request = (prefix: string, serviceDay = '2026-11-23') => ({
  serviceId: `group-${prefix}`,
  prefix,
  serviceDay,
  kioskId: 'kiosk-test',
  at: new Date('2026-11-23T01:00:00Z'),
});

describe('ticket store', () => {
  it('continues numbering after a restart: A001, A002, restart, A003', () => {
    const first = new TicketStore(file());
    const numbers = [first.issue(request('A')).number, first.issue(request('A')).number];
    first.close();
    const second = new TicketStore(file());
    numbers.push(second.issue(request('A')).number);
    expect(numbers).toEqual(['A001', 'A002', 'A003']);
    expect(second.listDay('2026-11-23').map((ticket) => ticket.number)).toEqual(numbers);
    second.close();
  });

  it('numbers each prefix separately and restarts each service day', () => {
    const store = new TicketStore(file());
    expect(store.issue(request('A')).number).toBe('A001');
    expect(store.issue(request('B')).number).toBe('B001');
    expect(store.issue(request('A')).number).toBe('A002');
    expect(store.issue(request('A', '2026-11-24')).number).toBe('A001');
    store.close();
  });

  it('counts the people ahead in the same group and day', () => {
    const store = new TicketStore(file());
    store.issue(request('A'));
    store.issue(request('B'));
    store.issue(request('A'));
    expect(store.issue(request('A')).peopleAhead).toBe(2);
    store.close();
  });

  it('refuses to mark a ticket that does not exist', () => {
    const store = new TicketStore(file());
    expect(() => store.markPrinted(42)).toThrow(/no ticket with id 42/);
    store.close();
  });

  it('never duplicates a number when two threads issue 1,000 tickets at once', async () => {
    new TicketStore(file()).close(); // create the schema once, before the race
    const worker = (count: number) =>
      new Promise<string[]>((resolve, reject) => {
        // The worker is TypeScript: register tsx inside it before loading the script.
        const script = new URL('../helpers/issue-worker.ts', import.meta.url).href;
        const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
        const thread = new Worker(bootstrap, { eval: true, workerData: { file: file(), count } });
        thread.once('message', resolve);
        thread.once('error', reject);
      });
    const [left, right] = await Promise.all([worker(500), worker(500)]);
    const all = [...(left ?? []), ...(right ?? [])];
    expect(all).toHaveLength(1000);
    expect(new Set(all).size).toBe(1000);
    const store = new TicketStore(file());
    const stored = store.listDay('2026-11-23').map((ticket) => ticket.sequence);
    expect(stored).toEqual(Array.from({ length: 1000 }, (_, index) => index + 1));
    store.close();
  }, 60_000);
});

describe('two kiosks on one store', () => {
  let kiosks: Harness[] = [];
  afterEach(async () => {
    await Promise.all(kiosks.map((kiosk) => kiosk.close()));
    kiosks = [];
  });

  it('interleave 1,000 sessions without a duplicate number', async () => {
    kiosks = [await startHarness({ dataDir: dir.path }), await startHarness({ dataDir: dir.path })];
    const session = async (kiosk: Harness) => {
      await kiosk.send(...walkToTicket());
      const number = kiosk.runtime.currentView().ticket?.number;
      await kiosk.send({ type: 'ui.finish' });
      return number;
    };
    const numbers: Array<string | undefined> = [];
    for (let round = 0; round < 500; round += 1) {
      numbers.push(...(await Promise.all(kiosks.map(session))));
    }
    expect(numbers.every((number) => typeof number === 'string')).toBe(true);
    expect(new Set(numbers).size).toBe(1000);
    expect(kiosks[0]?.runtime.store.listDay(today())).toHaveLength(1000);
  }, 120_000);

  it('a failed print keeps its number and the next citizen gets the next one', async () => {
    const [kiosk] = (kiosks = [await startHarness({ dataDir: dir.path })]);
    if (!kiosk) throw new Error('no kiosk');
    kiosk.devices.printer.script.queueFailure(new PrinterError('paperOut', 'paper out'));
    const walk = walkToTicket();
    await kiosk.send(...walk);
    expect(kiosk.runtime.currentView().ticket?.number).toBe('A001');
    await kiosk.send({ type: 'ui.finish' }, ...walk);
    expect(kiosk.runtime.currentView().ticket?.number).toBe('A002');
    expect(kiosk.runtime.store.listDay(today()).map((t) => [t.number, t.status])).toEqual([
      ['A001', 'print_failed'],
      ['A002', 'printed'],
    ]);
  });
});
