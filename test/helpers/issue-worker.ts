/** One thread of the concurrency test: its own connection, issuing as fast as it can. */
import { parentPort, workerData } from 'node:worker_threads';
import { TicketStore } from '../../runtime/store/ticket-store.js';

const { file, count } = workerData as { file: string; count: number };
const store = new TicketStore(file);
const numbers: string[] = [];
for (let index = 0; index < count; index += 1) {
  numbers.push(
    store.issue({
      serviceId: 'group-A',
      prefix: 'A',
      serviceDay: '2026-11-23',
      kioskId: `worker-${process.pid}`,
      at: new Date(),
    }).number,
  );
}
store.close();
parentPort?.postMessage(numbers);
