/** Two threads, each with its own connection, rating the same served tickets at once: each lands once. */
import { Worker } from 'node:worker_threads';
import { afterEach, expect, it } from 'vitest';
import type { RatingChannel } from '../../bridge/satisfaction-poll.js';
import { RatingStore } from '../../runtime/satisfaction/rating-store.js';
import { ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
afterEach(() => rig?.close());

/**
 * One rating channel in a thread: its own store on the file, rating every ticket in `ids` once both
 * threads are ready, a breath between attempts so the two really interleave; replies with the ids it
 * got. The worker is plain JavaScript that registers tsx before loading the TypeScript modules.
 */
function raceWorker(file: string, ids: number[], channel: RatingChannel, at: number): Worker {
  const modules = {
    store: new URL('../../runtime/store/ticket-store.ts', import.meta.url).href,
    ratings: new URL('../../runtime/satisfaction/rating-store.ts', import.meta.url).href,
  };
  const script = `import('tsx/esm/api').then(async ({ register }) => {
    register();
    const { parentPort, workerData } = await import('node:worker_threads');
    const { TicketStore } = await import(${JSON.stringify(modules.store)});
    const { RatingStore } = await import(${JSON.stringify(modules.ratings)});
    const store = new TicketStore(workerData.file);
    const ratings = new RatingStore(store, () => new Date(workerData.at));
    parentPort.postMessage('ready');
    await new Promise((resolve) => parentPort.once('message', resolve));
    const won = [];
    const refusals = new Set();
    for (const id of workerData.ids) {
      const result = ratings.record(id, workerData.channel, { overall: 4 });
      if (result.ok) won.push(id); else refusals.add(result.reason);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    store.close();
    parentPort.postMessage({ won, refusals: [...refusals] });
  })`;
  return new Worker(script, { eval: true, workerData: { file, ids, channel, at } });
}

function next(thread: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
}

it('two channels rating the same 150 tickets at once: every ticket rated exactly once', async () => {
  rig = new ServicePointRig();
  const ids: number[] = [];
  for (let n = 0; n < 150; n += 1) {
    rig.ticket('civil-status');
    const id = rig.call(1);
    rig.act(1, { type: 'start', ticketId: id });
    rig.act(1, { type: 'finish', ticketId: id });
    ids.push(id);
  }
  // Opposite orders: each wins its own end, and the two contend ticket by ticket where they meet.
  const threads = [raceWorker(rig.file, ids, 'kiosk', rig.clock), raceWorker(rig.file, [...ids].reverse(), 'phone', rig.clock)];
  await Promise.all(threads.map(next)); // both 'ready'
  const results = threads.map(next);
  for (const thread of threads) thread.postMessage('go');
  const [kiosk, phone] = (await Promise.all(results)) as { won: number[]; refusals: string[] }[];

  const won = [...(kiosk?.won ?? []), ...(phone?.won ?? [])];
  expect(won.sort((a, b) => a - b)).toEqual(ids);
  expect(kiosk?.won.length).toBeGreaterThan(0);
  expect(phone?.won.length).toBeGreaterThan(0);
  expect([...(kiosk?.refusals ?? []), ...(phone?.refusals ?? [])]).toEqual(['alreadyRated', 'alreadyRated']);
  const stored = new RatingStore(rig.store, () => new Date(rig.clock)).between('2026-11-23', '2026-11-23');
  expect(stored).toHaveLength(150);
  expect(new Set(stored.filter((rating) => rating.channel === 'kiosk').map((rating) => rating.ticketId))).toEqual(new Set(kiosk?.won));
}, 60_000);
