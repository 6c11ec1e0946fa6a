/**
 * `npm run bench:queue`: the service point's queue server under a simulated day, on loopback
 * WebSockets: 20 linked kiosks (`/queue`) issue 5,000 tickets across the groups (some priority),
 * 20 counters (`/counter`, signed in with their PINs) call, start and finish them as they wait,
 * and 5 boards (`/board`) receive every call. The day is accelerated (BENCH_QUEUE_DAY_S seconds,
 * 300 by default: an 8-hour day about 100 times faster), otherwise it is the real host: a
 * KioskRuntime on a temp store, the http host.
 *
 * Prints allocation latency at the kiosk (round trip) and in the host (the issue transaction),
 * call-to-board latency (callNext sent → the last board has the announce), host RSS, how busy
 * the host's event loop was (when it is saturated, every latency above is mostly waiting), counts.
 * The clients run in the host's process, so RSS includes them (45 sockets, a small share).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import {
  BOARD_PATH,
  type BoardHostMessage,
  COUNTER_PATH,
  type CounterHostMessage,
  type CounterRequest,
  type CounterTicket,
  KIOSK_LINK_PATH,
} from '../bridge/queue-protocol.js';
import { DEFAULT_SERVICE_GROUPS, parseConfig } from '../domain/config/schema.js';
import { PRIORITY_GROUP_IDS } from '../domain/queue/priority.js';
import { createMockDevices } from '../runtime/devices.js';
import { hashPin } from '../runtime/host/counter-pin.js';
import { startHttpHost } from '../runtime/host/http-host.js';
import { KioskRuntime } from '../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../runtime/log.js';
import { RemoteTicketIssuer } from '../runtime/queue/remote-ticket-issuer.js';
import type { IssueTicketRequest } from '../runtime/queue/service-point-api.js';
import { createRng } from '../scripts/fixtures/cards/random.js';
import { elapsedMs, report } from './stats.js';

const KIOSKS = 20;
const COUNTERS = 20;
const BOARDS = 5;
const TICKETS = Number(process.env.BENCH_QUEUE_TICKETS ?? 5_000);
const DAY_MS = Number(process.env.BENCH_QUEUE_DAY_S ?? 300) * 1000;
const SEED = 20_261_123;
/** Counters per group, 20 in all: the busiest group has the most. */
const COUNTERS_PER_GROUP = [8, 5, 4, 3];

const rng = createRng(SEED);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Exponentially distributed, for arrivals and service times. */
const exponential = (meanMs: number) => -Math.log(1 - rng.next()) * meanMs;

function benchGroups() {
  let next = 1;
  return DEFAULT_SERVICE_GROUPS.map((group, index) => {
    const count = COUNTERS_PER_GROUP[index] ?? 1;
    const counters = Array.from({ length: count }, () => next++);
    return { ...group, counters };
  });
}

/** A WebSocket client that sends requests with ids and awaits their replies. */
class Client<Message extends { type: string }> {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: Message) => void>();
  private constructor(
    readonly socket: WebSocket,
    private readonly onPush: (message: Message) => void,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      const id = message.type === 'reply' ? (message as Message & { id: number }).id : undefined;
      const resolve = id === undefined ? undefined : this.waiting.get(id);
      if (id !== undefined && resolve !== undefined) {
        this.waiting.delete(id);
        resolve(message);
      } else this.onPush(message);
    });
  }

  static async open<Message extends { type: string }>(url: string, onPush: (message: Message) => void): Promise<Client<Message>> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new Client(socket, onPush);
  }

  request(body: Record<string, unknown>): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(JSON.stringify({ ...body, id }));
    });
  }
}

type CounterReply = Extract<CounterHostMessage, { type: 'reply' }>;
/** A request as a client writes it; the client adds the id. */
type Unnumbered<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-queue-'));
  const groups = benchGroups();
  const pins = groups.flatMap((group) => group.counters).map((number) => ({ number, pin: String(1000 + number * 37) }));
  const kioskKey = randomBytes(24).toString('base64url');
  const parsed = parseConfig({
    kioskId: 'bench-host',
    serviceGroups: groups,
    queue: { kioskKey, callingPolicies: { 'civil-status': { kind: 'interleaved', normalPerPriority: 3 } } },
    counters: await Promise.all(pins.map(async ({ number, pin }) => ({ number, pinHash: await hashPin(pin) }))),
  });
  if (!parsed.ok) throw new Error(`bench config: ${parsed.error}`);
  const runtime = new KioskRuntime({ config: parsed.config, dataDir: dir, devices: createMockDevices(), logger: new MemoryLogger() });
  const inHost = measureInHostIssues(runtime);
  const host = await startHttpHost({ runtime, rendererDir: dir, address: '127.0.0.1', port: 0, logger: new MemoryLogger() });
  const wsBase = host.url.replace(/^http/, 'ws').replace(/\/$/, '');
  const rss = { before: process.memoryUsage().rss, peak: 0 };
  const rssTimer = setInterval(() => (rss.peak = Math.max(rss.peak, process.memoryUsage().rss)), 50);

  // Boards: every call must reach all five.
  const callSentAt = new Map<number, bigint>();
  const boardsHeard = new Map<number, number>();
  const callToBoard: number[] = [];
  for (let index = 0; index < BOARDS; index += 1) {
    const board = await Client.open<BoardHostMessage>(`${wsBase}${BOARD_PATH}`, (message) => {
      if (message.type !== 'announce' || message.call.kind !== 'call') return;
      const heard = (boardsHeard.get(message.call.callId) ?? 0) + 1;
      boardsHeard.set(message.call.callId, heard);
      const sent = callSentAt.get(message.call.counter);
      if (heard === BOARDS && sent !== undefined) callToBoard.push(elapsedMs(sent));
    });
    await board.request({ type: 'hello', locale: 'vi' });
  }

  // Kiosks: the real linked-kiosk client.
  const issuers = Array.from({ length: KIOSKS }, (_, index) =>
    new RemoteTicketIssuer({ url: `${wsBase}${KIOSK_LINK_PATH}`, key: kioskKey, kioskId: `kiosk-${index + 1}`, timeZone: parsed.config.servicePoint.timeZone, logger: new MemoryLogger() }),
  );
  const atKiosk: number[] = [];
  let issued = 0;
  let refused = 0;
  const weights = groups.map((group) => group.counters.length);
  const pickGroup = () => {
    let roll = rng.int(1, COUNTERS);
    for (const [index, weight] of weights.entries()) if ((roll -= weight) <= 0) return groups[index] ?? groups[0];
    return groups[0];
  };
  const meanArrivalMs = (DAY_MS * KIOSKS) / TICKETS;
  const kioskDay = async (issuer: RemoteTicketIssuer, kioskId: string, tickets: number) => {
    for (let index = 0; index < tickets; index += 1) {
      await sleep(exponential(meanArrivalMs));
      const request: IssueTicketRequest = {
        serviceId: pickGroup()?.id ?? 'civil-status',
        procedureId: null,
        priority: rng.chance(0.1) ? rng.pick(PRIORITY_GROUP_IDS) : null,
        kioskId,
      };
      const start = process.hrtime.bigint();
      const result = await issuer.issue(request);
      atKiosk.push(elapsedMs(start));
      if (result.ok) issued += 1;
      else refused += 1;
    }
  };

  // Counters: call, (sometimes a no-show,) start, serve, finish, call again; wait a little when nobody waits.
  let kiosksDone = false;
  let served = 0;
  let noShows = 0;
  const meanServiceMs = (DAY_MS * COUNTERS) / TICKETS / 1.3;
  const counterDay = async (counter: number, pin: string) => {
    /** The ticket this counter holds, as its last state push said. */
    /** What the counter's page shows, from its last state push. */
    const page: { ticket: CounterTicket | null; waiting: number } = { ticket: null, waiting: 0 };
    let stateArrived: (() => void) | undefined;
    const client = await Client.open<CounterHostMessage>(`${wsBase}${COUNTER_PATH}`, (message) => {
      if (message.type !== 'state') return;
      page.ticket = message.state.current;
      page.waiting = message.state.groups.reduce((sum, group) => sum + group.waiting, 0);
      stateArrived?.();
    });
    const nextState = () => new Promise<void>((resolve) => (stateArrived = resolve));
    const act = (body: Unnumbered<CounterRequest>) => client.request(body) as Promise<CounterReply>;
    const signedIn = await act({ type: 'signIn', counter, pin });
    if (!signedIn.result.ok) throw new Error(`counter ${counter} could not sign in: ${signedIn.result.reason}`);
    for (;;) {
      // The clerk calls when the page shows someone waiting (and looks again now and then).
      if (page.waiting === 0) {
        if (kiosksDone) break;
        await Promise.race([nextState(), sleep(1000)]);
        continue;
      }
      callSentAt.set(counter, process.hrtime.bigint());
      const call = await act({ type: 'callNext' });
      if (!call.result.ok) {
        // Another counter called the last one first: the page shows it at the next push.
        if (call.result.reason !== 'noOneWaiting') throw new Error(`counter ${counter}: ${call.result.reason}`);
        await Promise.race([nextState(), sleep(200)]);
        continue;
      }
      while (page.ticket === null) await nextState();
      const { ticket } = page;
      if (rng.chance(0.02)) {
        await act({ type: 'noShow', ticketId: ticket.id });
        noShows += 1;
        continue;
      }
      await act({ type: 'start', ticketId: ticket.id });
      await sleep(exponential(meanServiceMs));
      const finish = await act({ type: 'finish', ticketId: ticket.id });
      if (finish.result.ok) served += 1;
    }
    client.socket.close();
  };

  const LOOP_SAMPLE_MS = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  loopDelay.enable();
  const loopBefore = performance.eventLoopUtilization();
  console.log(`queue server: ${KIOSKS} kiosks, ${COUNTERS} counters, ${BOARDS} boards, ${TICKETS} tickets over ${DAY_MS / 1000} s (seed ${SEED})`);
  const started = process.hrtime.bigint();
  const counters = pins.map(({ number, pin }) => counterDay(number, pin));
  await Promise.all(
    issuers.map((issuer, index) => kioskDay(issuer, `kiosk-${index + 1}`, Math.floor(TICKETS / KIOSKS) + (index < TICKETS % KIOSKS ? 1 : 0))),
  );
  kiosksDone = true;
  await Promise.all(counters);
  const dayMs = elapsedMs(started);
  loopDelay.disable();
  const loopBusy = performance.eventLoopUtilization(loopBefore).utilization;
  clearInterval(rssTimer);
  const rssAfter = process.memoryUsage().rss;

  report('allocation at the kiosk (round trip over /queue)', atKiosk, [50, 95, 99], 'p99 ≤ 5 ms');
  report('allocation in the host (issue transaction, durable commit)', inHost, [50, 95, 99], 'p99 ≤ 5 ms');
  report('call to every board (callNext sent → 5th board has the announce)', callToBoard, [50, 95], 'p95 ≤ 100 ms');
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const heap = process.memoryUsage();
  console.log(
    `host RSS (clients included): before ${mb(rss.before)}, after ${mb(rssAfter)}, peak ${mb(Math.max(rss.peak, rssAfter))}; ` +
      `JS heap used ${mb(heap.heapUsed)}, buffers ${mb(heap.arrayBuffers)}`,
  );
  // The histogram holds whole sampling intervals: the lag is what exceeds the interval.
  const lagMs = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - LOOP_SAMPLE_MS).toFixed(1);
  console.log(
    `host event loop: busy ${(loopBusy * 100).toFixed(0)}% of the day, lag p50 ${lagMs(loopDelay.percentile(50))} ms, ` +
      `p99 ${lagMs(loopDelay.percentile(99))} ms, max ${lagMs(loopDelay.max)} ms`,
  );
  console.log(`tickets issued ${issued}, refused ${refused}, served ${served}, no-shows ${noShows}; day took ${(dayMs / 1000).toFixed(1)} s`);

  for (const issuer of issuers) issuer.close();
  await host.close();
  await runtime.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Times each linked issue inside the host: the whole write transaction it runs in (the ticket,
 * its request key and the durable commit), not the socket around it. Measurement only: it wraps
 * the store's transaction and the service point's issue on these instances.
 */
function measureInHostIssues(runtime: KioskRuntime): number[] {
  const samples: number[] = [];
  const { store, servicePoint } = runtime;
  const transaction = store.writeTransaction.bind(store);
  const issue = servicePoint.issue.bind(servicePoint);
  let depth = 0;
  let issuing = false;
  store.writeTransaction = <T>(work: () => T): T => {
    const start = process.hrtime.bigint();
    depth += 1;
    try {
      return transaction(work);
    } finally {
      depth -= 1;
      if (depth === 0 && issuing) {
        samples.push(elapsedMs(start));
        issuing = false;
      }
    }
  };
  servicePoint.issue = (request) => {
    issuing = true;
    return issue(request);
  };
  return samples;
}

await main();
