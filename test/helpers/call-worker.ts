/** One counter of the concurrency test: its own connection, calling, serving and finishing until no one waits. */
import { parentPort, workerData } from 'node:worker_threads';
import { QueueService } from '../../runtime/queue/queue-service.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';

const { file, counter, at } = workerData as { file: string; counter: number; at: number };
const store = new TicketStore(file);
const queue = new QueueService(store, 'Asia/Ho_Chi_Minh');
// Both counters start at the same instant (the parent says go once both are ready), or a thread
// that loads faster would empty the queue alone and prove nothing.
parentPort?.postMessage('ready');
await new Promise((resolve) => parentPort?.once('message', resolve));
const called: number[] = [];
for (;;) {
  const outcome = queue.callNext(counter, ['group-A'], new Date(at), { 'group-A': { kind: 'strict' } });
  if (!outcome.ok) break;
  called.push(outcome.ticket.id);
  queue.startService(counter, outcome.ticket.id, new Date(at));
  queue.finishService(counter, outcome.ticket.id, new Date(at));
  // A breath between calls, as a counter has: on two busy cores one thread could otherwise empty the
  // queue before the other is scheduled at all, and the test would prove nothing.
  await new Promise((resolve) => setTimeout(resolve, 2));
}
store.close();
parentPort?.postMessage(called);
