/**
 * The linked kiosks of `npm run bench:queue`, in a process of their own, as they are machines of
 * their own at a service point: the counters' and boards' traffic in the bench process must not
 * delay a kiosk's reply. Started by bench/queue.ts with fork(); gets its plan over IPC, links every
 * kiosk with the real RemoteTicketIssuer, then on `start` takes the day's tickets (arrivals at
 * random, some priority) and sends back each issue's round trip and when its reply came.
 */
import { MemoryLogger } from '../runtime/log.js';
import { RemoteTicketIssuer } from '../runtime/queue/remote-ticket-issuer.js';
import type { IssueTicketRequest } from '../runtime/queue/service-point-api.js';
import { PRIORITY_GROUP_IDS } from '../domain/queue/priority.js';
import { createRng } from '../scripts/fixtures/cards/random.js';
import { elapsedMs } from './stats.js';

export interface KioskPlan {
  url: string;
  key: string;
  timeZone: string;
  kiosks: number;
  tickets: number;
  dayMs: number;
  seed: number;
  /** Each group's share of the citizens: its number of counters. */
  groups: Array<{ id: string; weight: number }>;
}

/** One ticket the host issued, and when (process.hrtime, shared by every process) its reply came. */
export interface KioskIssue {
  repliedAt: string;
  request: IssueTicketRequest;
}

export type FromKiosks = { type: 'linked' } | { type: 'done'; atKiosk: number[]; issued: KioskIssue[]; refused: number };
export type ToKiosks = { type: 'plan'; plan: KioskPlan } | { type: 'start' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tell(message: FromKiosks): void {
  process.send?.(message);
}

async function linkAll(plan: KioskPlan): Promise<RemoteTicketIssuer[]> {
  const issuers = Array.from(
    { length: plan.kiosks },
    (_, index) => new RemoteTicketIssuer({ url: plan.url, key: plan.key, kioskId: `kiosk-${index + 1}`, timeZone: plan.timeZone, logger: new MemoryLogger() }),
  );
  // Linked once the host has sent its waiting counts (right after a good hello).
  await Promise.all(issuers.map((issuer) => new Promise<void>((resolve) => {
    const stop = issuer.onUpdate(() => {
      stop();
      resolve();
    });
  })));
  return issuers;
}

async function runDay(plan: KioskPlan, issuers: RemoteTicketIssuer[]): Promise<FromKiosks> {
  const rng = createRng(plan.seed);
  const exponential = (meanMs: number) => -Math.log(1 - rng.next()) * meanMs;
  const totalWeight = plan.groups.reduce((sum, group) => sum + group.weight, 0);
  const pickGroup = (): string => {
    let roll = rng.next() * totalWeight;
    for (const group of plan.groups) if ((roll -= group.weight) < 0) return group.id;
    return plan.groups[0]?.id ?? '';
  };
  const meanArrivalMs = (plan.dayMs * plan.kiosks) / plan.tickets;
  const atKiosk: number[] = [];
  const issued: KioskIssue[] = [];
  let refused = 0;
  const kioskDay = async (issuer: RemoteTicketIssuer, kioskId: string, tickets: number) => {
    for (let index = 0; index < tickets; index += 1) {
      await sleep(exponential(meanArrivalMs));
      const request: IssueTicketRequest = {
        serviceId: pickGroup(),
        procedureId: null,
        priority: rng.chance(0.1) ? rng.pick(PRIORITY_GROUP_IDS) : null,
        kioskId,
      };
      const start = process.hrtime.bigint();
      const result = await issuer.issue(request);
      atKiosk.push(elapsedMs(start));
      if (result.ok) issued.push({ repliedAt: String(process.hrtime.bigint()), request });
      else refused += 1;
    }
  };
  const share = (index: number) => Math.floor(plan.tickets / plan.kiosks) + (index < plan.tickets % plan.kiosks ? 1 : 0);
  await Promise.all(issuers.map((issuer, index) => kioskDay(issuer, `kiosk-${index + 1}`, share(index))));
  for (const issuer of issuers) issuer.close();
  return { type: 'done', atKiosk, issued, refused };
}

let issuers: RemoteTicketIssuer[] = [];
let plan: KioskPlan | undefined;
process.on('message', (message: ToKiosks) => {
  if (message.type === 'plan') {
    plan = message.plan;
    void linkAll(message.plan).then((linked) => {
      issuers = linked;
      tell({ type: 'linked' });
    });
  } else if (plan !== undefined) {
    // The bench disconnects once it has the results; this process then has nothing left to do and ends.
    void runDay(plan, issuers).then(tell);
  }
});
