/**
 * `npm run bench:queue`: the service point's queue server under a simulated day, on loopback
 * WebSockets: 20 linked kiosks (`/queue`) issue 5,000 tickets across the groups (some priority),
 * 20 counters (`/counter`, signed in with their PINs) call, start and finish them as they wait,
 * and 5 boards (`/board`) receive every call. The day is accelerated (BENCH_QUEUE_DAY_S seconds,
 * 300 by default: an 8-hour day about 100 times faster), otherwise it is the real host: its own
 * process (runtime/host/main.ts) on a temp data folder and config.json, as in production; the
 * kiosks run in a process of their own (bench/queue-kiosks.ts), the counters and boards in this
 * one. The host runs under tsx, as the HIL tests start it, so its RSS includes tsx's loader (about
 * 30 MB more than the bundled dist/host/main.mjs).
 *
 * Prints allocation latency at the kiosk (round trip), call-to-board latency (callNext sent → the
 * last board has the announce), the host process's RSS and CPU time over the day, counts, and the
 * issue transaction itself: the day's committed actions replayed in this process on a separate
 * service point and store, no sockets.
 */
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
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
import { DEFAULT_SERVICE_GROUPS, type KioskConfig, parseConfig } from '../domain/config/schema.js';
import { hashPin } from '../runtime/host/counter-pin.js';
import { MemoryLogger } from '../runtime/log.js';
import { ServicePoint } from '../runtime/queue/service-point.js';
import type { CounterAction, IssueTicketRequest } from '../runtime/queue/service-point-api.js';
import { TicketStore } from '../runtime/store/ticket-store.js';
import { createRng } from '../scripts/fixtures/cards/random.js';
import { startHostProcess, freePort } from '../test/helpers/host-process.js';
import type { FromKiosks, KioskPlan, ToKiosks } from './queue-kiosks.js';
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

/** What the host committed, in the order its replies came back, for the in-process replay. */
type DayAction = { repliedAt: bigint } & (
  | { kind: 'issue'; request: IssueTicketRequest }
  | { kind: 'act'; counter: number; action: 'callNext' | 'noShow' | 'start' | 'finish' }
);

/** The kiosks' process (bench/queue-kiosks.ts): linked once this resolves; runDay() runs their day. */
async function forkKiosks(plan: KioskPlan): Promise<{ runDay(): Promise<Extract<FromKiosks, { type: 'done' }>> }> {
  const child = fork(fileURLToPath(new URL('./queue-kiosks.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
  process.once('uncaughtExceptionMonitor', () => child.kill('SIGKILL'));
  const next = () =>
    new Promise<FromKiosks>((resolve, reject) => {
      child.once('message', (message) => resolve(message as FromKiosks));
      child.once('exit', (code) => reject(new Error(`the kiosks' process exited (${code}) before answering`)));
    });
  const send = (message: ToKiosks) => child.send(message);
  const linked = next();
  send({ type: 'plan', plan });
  await linked;
  return {
    async runDay() {
      const done = next();
      send({ type: 'start' });
      const outcome = await done;
      if (outcome.type !== 'done') throw new Error(`the kiosks' process sent ${outcome.type} instead of its results`);
      child.disconnect();
      return outcome;
    },
  };
}

/** The host process's memory and CPU time, read from /proc (Linux). */
class ProcessWatch {
  private static readonly ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  peakRssKb = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly pid: number) {
    this.timer = setInterval(() => (this.peakRssKb = Math.max(this.peakRssKb, this.status('VmRSS'))), 100);
  }

  /** A field of /proc/<pid>/status, in kB. */
  status(field: 'VmRSS' | 'VmHWM'): number {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return Number(match?.[1] ?? Number.NaN);
  }

  /** User plus system CPU time so far, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ProcessWatch.ticksPerSecond;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-queue-'));
  const groups = benchGroups();
  const pins = groups.flatMap((group) => group.counters).map((number) => ({ number, pin: String(1000 + number * 37) }));
  const kioskKey = randomBytes(24).toString('base64url');
  const rawConfig = {
    kioskId: 'bench-host',
    serviceGroups: groups,
    queue: { kioskKey, callingPolicies: { 'civil-status': { kind: 'interleaved', normalPerPriority: 3 } } },
    counters: await Promise.all(pins.map(async ({ number, pin }) => ({ number, pinHash: await hashPin(pin) }))),
  };
  const parsed = parseConfig(rawConfig);
  if (!parsed.ok) throw new Error(`bench config: ${parsed.error}`);
  const hostDir = join(dir, 'host');
  mkdirSync(hostDir);
  writeFileSync(join(hostDir, 'config.json'), JSON.stringify(rawConfig));
  const host = await startHostProcess({ dataDir: hostDir, port: await freePort() });
  // A failing bench must not leave the host running.
  process.once('uncaughtExceptionMonitor', () => void host.kill('SIGKILL'));
  const wsBase = host.url.replace(/^http/, 'ws').replace(/\/$/, '');
  const watch = new ProcessWatch(host.pid);
  const rssBeforeKb = watch.status('VmRSS');
  const dayActions: DayAction[] = [];

  // Boards: every call must reach all five.
  const callSentAt = new Map<number, bigint>();
  const boardsHeard = new Map<number, number>();
  const callToBoard: number[] = [];
  const boards: Client<BoardHostMessage>[] = [];
  for (let index = 0; index < BOARDS; index += 1) {
    const board = await Client.open<BoardHostMessage>(`${wsBase}${BOARD_PATH}`, (message) => {
      if (message.type !== 'announce' || message.call.kind !== 'call') return;
      const heard = (boardsHeard.get(message.call.callId) ?? 0) + 1;
      boardsHeard.set(message.call.callId, heard);
      const sent = callSentAt.get(message.call.counter);
      if (heard === BOARDS && sent !== undefined) callToBoard.push(elapsedMs(sent));
    });
    await board.request({ type: 'hello', locale: 'vi' });
    boards.push(board);
  }

  // Counters: call, (sometimes a no-show,) start, serve, finish, call again; wait a little when nobody waits.
  let kiosksDone = false;
  let served = 0;
  let noShows = 0;
  const meanServiceMs = (DAY_MS * COUNTERS) / TICKETS / 1.3;
  /** A clerk signs in before the doors open (scrypt is slow on purpose), then works the day. */
  const openCounter = async (counter: number, pin: string) => {
    /** What the counter's page shows, from its last state push. */
    const page: { ticket: CounterTicket | null; waiting: number } = { ticket: null, waiting: 0 };
    const stateArrived: Array<() => void> = [];
    const client = await Client.open<CounterHostMessage>(`${wsBase}${COUNTER_PATH}`, (message) => {
      if (message.type !== 'state') return;
      page.ticket = message.state.current;
      page.waiting = message.state.groups.reduce((sum, group) => sum + group.waiting, 0);
      for (const resolve of stateArrived.splice(0)) resolve();
    });
    const nextState = () => new Promise<void>((resolve) => stateArrived.push(resolve));
    /** The clerk acts on what the page shows: after an action that changed the queue, the page's next state. */
    const act = async (body: Unnumbered<CounterRequest>) => {
      const pushed = nextState();
      const reply = (await client.request(body)) as CounterReply;
      if (reply.result.ok && (body.type === 'callNext' || body.type === 'noShow' || body.type === 'start' || body.type === 'finish')) {
        dayActions.push({ kind: 'act', counter, action: body.type, repliedAt: process.hrtime.bigint() });
        await pushed;
      }
      return reply;
    };
    const signedIn = await act({ type: 'signIn', counter, pin });
    if (!signedIn.result.ok) throw new Error(`counter ${counter} could not sign in: ${signedIn.result.reason}`);
    return async () => {
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
  };

  const desks = await Promise.all(pins.map(({ number, pin }) => openCounter(number, pin)));
  const kiosks = await forkKiosks({
    url: `${wsBase}${KIOSK_LINK_PATH}`,
    key: kioskKey,
    timeZone: parsed.config.servicePoint.timeZone,
    kiosks: KIOSKS,
    tickets: TICKETS,
    dayMs: DAY_MS,
    seed: SEED + 1,
    groups: groups.map((group) => ({ id: group.id, weight: group.counters.length })),
  });
  console.log(`queue server: ${KIOSKS} kiosks, ${COUNTERS} counters, ${BOARDS} boards, ${TICKETS} tickets over ${DAY_MS / 1000} s (seed ${SEED})`);
  const cpuBefore = watch.cpuSeconds();
  const started = process.hrtime.bigint();
  const counters = desks.map((workTheDay) => workTheDay());
  const { atKiosk, issued, refused } = await kiosks.runDay();
  kiosksDone = true;
  await Promise.all(counters);
  const dayMs = elapsedMs(started);
  const cpuSeconds = watch.cpuSeconds() - cpuBefore;
  watch.stop();
  const rssAfterKb = watch.status('VmRSS');
  const hwmKb = watch.status('VmHWM');

  for (const board of boards) board.socket.close();
  await host.kill('SIGTERM');

  for (const { repliedAt, request } of issued) dayActions.push({ kind: 'issue', request, repliedAt: BigInt(repliedAt) });
  // In the order the host committed them (the kiosks' process and this one share the monotonic clock).
  dayActions.sort((a, b) => (a.repliedAt < b.repliedAt ? -1 : a.repliedAt > b.repliedAt ? 1 : 0));
  const inProcess = replayIssues(dayActions, parsed.config, join(dir, 'replay'));
  const floor = await diskFloor(join(dir, 'floor.sqlite'), DAY_MS / (TICKETS * 4));

  report('allocation at the kiosk (round trip over /queue, kiosks in their own process, to the host process)', atKiosk, [50, 95, 99], 'p99 ≤ 5 ms');
  report('allocation (issue transaction with durable commit, in-process replay of the day, no sockets)', inProcess, [50, 95, 99], 'p99 ≤ 5 ms');
  report(
    "this disk's floor: a one-row durable commit (WAL, synchronous=FULL) at the day's pace of commits, in this process after the day",
    floor,
    [50, 95, 99],
    'none: the floor under the allocation figures',
  );
  report('call to every board (callNext sent → 5th board has the announce)', callToBoard, [50, 95], 'p95 ≤ 100 ms');
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(
    `host process RSS: before the day ${mb(rssBeforeKb)}, after ${mb(rssAfterKb)}, peak ${mb(Math.max(watch.peakRssKb, rssAfterKb))} ` +
      `(sampled every 100 ms), VmHWM ${mb(hwmKb)}`,
  );
  console.log(`host process CPU: ${cpuSeconds.toFixed(1)} s user+system over the day, ${((cpuSeconds * 1000 * 100) / dayMs).toFixed(0)}% of one core`);
  console.log(`tickets issued ${issued.length}, refused ${refused}, served ${served}, no-shows ${noShows}; day took ${(dayMs / 1000).toFixed(1)} s`);

  rmSync(dir, { recursive: true, force: true });
}

/**
 * What one durable commit costs on this disk when commits come at the day's pace (a ticket and its
 * three counter actions), not back to back: an idle disk and CPU answer slower than a busy one.
 */
async function diskFloor(file: string, gapMs: number): Promise<number[]> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE probe (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)');
  const insert = db.prepare('INSERT INTO probe (at) VALUES (?)');
  const samples: number[] = [];
  for (let n = 0; n < 400; n += 1) {
    await sleep(gapMs);
    const start = process.hrtime.bigint();
    db.transaction(() => insert.run(n)).immediate();
    samples.push(elapsedMs(start));
  }
  db.close();
  return samples;
}

/**
 * Replays the host's committed actions, in order, on a separate service point on its own store in
 * this process (no sockets, no waits), so its tables hold the same day, and times each issue's
 * write transaction (the ticket, its request key and the durable commit). Counter actions act on
 * whatever ticket the counter holds in the replay.
 */
function replayIssues(actions: DayAction[], config: KioskConfig, dataDir: string): number[] {
  mkdirSync(dataDir);
  const store = new TicketStore(join(dataDir, 'motcua.sqlite'));
  const servicePoint = new ServicePoint({ store, config: () => config, catalogue: () => ({ servicePoint: config.servicePoint.name, fields: [] }), now: () => new Date(), logger: new MemoryLogger() });
  const samples: number[] = [];
  const transaction = store.writeTransaction.bind(store);
  let depth = 0;
  let issuing = false;
  // Measurement only: the issue's outermost write transaction on this store.
  store.writeTransaction = <T>(work: () => T): T => {
    const start = process.hrtime.bigint();
    depth += 1;
    try {
      return transaction(work);
    } finally {
      depth -= 1;
      if (depth === 0 && issuing) samples.push(elapsedMs(start));
    }
  };
  try {
    for (const step of actions) {
      if (step.kind === 'issue') {
        issuing = true;
        servicePoint.issue(step.request);
        issuing = false;
        continue;
      }
      const held = servicePoint.counterState(step.counter).current;
      const action: CounterAction | undefined =
        step.action === 'callNext' ? { type: 'callNext' } : held === null ? undefined : { type: step.action, ticketId: held.id };
      if (action !== undefined) servicePoint.act(step.counter, action, `counter ${step.counter}`);
    }
  } finally {
    store.close();
  }
  return samples;
}

await main();
