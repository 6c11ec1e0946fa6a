import { describe, expect, it } from 'vitest';
import {
  callOrder,
  callingPolicySchema,
  nextTicket,
  peopleAhead,
  type CallingPolicy,
  type PastCall,
  type WaitingTicket,
} from '../../domain/queue/calling-policy.js';
import { createRng } from '../../scripts/fixtures/cards/random.js';

const MINUTE = 60_000;
const normal = (id: number, minute = id): WaitingTicket => ({ id, queuedAt: minute * MINUTE, priority: null });
const priority = (id: number, minute = id): WaitingTicket => ({ id, queuedAt: minute * MINUTE, priority: 'elderly' });
const calls = (pattern: string): PastCall[] => [...pattern].map((kind) => ({ priority: kind === 'P' ? 'pregnant' : null }));
const ids = (tickets: readonly WaitingTicket[]) => tickets.map((ticket) => ticket.id);

const STRICT: CallingPolicy = { kind: 'strict' };
const oneInThree: CallingPolicy = { kind: 'interleaved', normalPerPriority: 3 };

describe('calling policy, by example', () => {
  it('calls nobody when nobody waits', () => {
    expect(nextTicket([], calls('NNP'), STRICT)).toBeNull();
    expect(callOrder([], [], oneInThree)).toEqual([]);
  });

  it('strict: every priority ticket before any normal one, each class first come first served', () => {
    const waiting = [normal(1), normal(2), priority(3), normal(4), priority(5)];
    expect(ids(callOrder(waiting, [], STRICT))).toEqual([3, 5, 1, 2, 4]);
  });

  it('interleaved: the day starts with a priority due, then one priority per N normals', () => {
    const waiting = [1, 2, 3, 4, 5, 6, 7].map((id) => normal(id)).concat([priority(8), priority(9), priority(10)]);
    expect(ids(callOrder(waiting, [], oneInThree))).toEqual([8, 1, 2, 3, 9, 4, 5, 6, 10, 7]);
  });

  it('interleaved: keeps counting normals from the group call history', () => {
    const waiting = [normal(1), normal(2), priority(3)];
    expect(nextTicket(waiting, calls('PNN'), oneInThree)?.id).toBe(1);
    expect(nextTicket(waiting, calls('PNNN'), oneInThree)?.id).toBe(3);
    // Normals called while no priority waited count too: a priority arriving after them goes at once.
    expect(nextTicket(waiting, calls('PNNNNNN'), oneInThree)?.id).toBe(3);
    // A day with no priority call yet has one due.
    expect(nextTicket(waiting, calls('N'), oneInThree)?.id).toBe(3);
  });

  it('interleaved: a class alone is called without waiting for the other', () => {
    expect(ids(callOrder([priority(1), priority(2)], calls('P'), oneInThree))).toEqual([1, 2]);
    expect(ids(callOrder([normal(1), normal(2)], calls('PNNN'), oneInThree))).toEqual([1, 2]);
  });

  it('a transferred ticket keeps its original issue time, so it is not sent to the back', () => {
    const transferred = { id: 40, queuedAt: 2 * MINUTE, priority: null };
    expect(ids(callOrder([normal(10, 5), normal(11, 6), transferred], [], STRICT))).toEqual([40, 10, 11]);
  });

  it('breaks a tie of the same instant by ticket id, whatever order the tickets come in', () => {
    const waiting = [normal(7, 1), normal(3, 1), normal(5, 1)];
    expect(ids(callOrder(waiting, [], STRICT))).toEqual([3, 5, 7]);
    expect(nextTicket([...waiting].reverse(), [], STRICT)?.id).toBe(3);
  });

  it('counts the people ahead of a new ticket as the policy will call them', () => {
    const waiting = [normal(1), normal(2), normal(3), priority(4)];
    expect(peopleAhead(normal(9), waiting, [], STRICT)).toBe(4);
    expect(peopleAhead(priority(9), waiting, [], STRICT)).toBe(1);
    // One in three, day started: priority 4 goes first, then three normals, then the new priority.
    expect(peopleAhead(priority(9), waiting, [], oneInThree)).toBe(4);
    // For a ticket already waiting, itself is not counted twice.
    expect(peopleAhead(normal(2), waiting, [], STRICT)).toBe(2);
  });

  it('validates the policy config', () => {
    expect(callingPolicySchema.parse({ kind: 'interleaved', normalPerPriority: 2 })).toEqual({ kind: 'interleaved', normalPerPriority: 2 });
    expect(callingPolicySchema.safeParse({ kind: 'interleaved', normalPerPriority: 0 }).success).toBe(false);
    expect(callingPolicySchema.safeParse({ kind: 'interleaved' }).success).toBe(false);
    expect(callingPolicySchema.safeParse({ kind: 'fifo' }).success).toBe(false);
  });
});


interface CallSeen {
  called: WaitingTicket;
  /** Who waited when it was called (itself included). */
  waiting: WaitingTicket[];
  /** Calls made since the ticket joined the line, and same-class tickets ahead of it when it did. */
  callsWaited: number;
  sameClassAheadOnArrival: number;
}

/** A random day: arrivals (some priority, some transferred in with an earlier time) and calls. */
function simulateDay(seed: number, policy: CallingPolicy, options: { transfers: boolean }): CallSeen[] {
  const random = createRng(seed).next;
  const priorityShare = random();
  const waiting: WaitingTicket[] = [];
  const history: PastCall[] = [];
  const joined = new Map<number, { callIndex: number; ahead: number }>();
  const seen: CallSeen[] = [];
  let minute = 0;
  for (let id = 1; id <= 150; ) {
    minute += 1;
    if (random() < 0.5) {
      const isPriority = random() < priorityShare;
      const transferred = options.transfers && random() < 0.15;
      const ticket: WaitingTicket = {
        id,
        queuedAt: (transferred ? Math.floor(random() * minute) : minute) * MINUTE,
        priority: isPriority ? 'disability' : null,
      };
      const ahead = waiting.filter((other) => (other.priority === null) === !isPriority).length;
      joined.set(id, { callIndex: history.length, ahead });
      waiting.push(ticket);
      id += 1;
    } else {
      const called = nextTicket(waiting, history, policy);
      if (called === null) continue;
      const arrival = joined.get(called.id) ?? { callIndex: 0, ahead: 0 };
      seen.push({ called, waiting: [...waiting], callsWaited: history.length - arrival.callIndex, sameClassAheadOnArrival: arrival.ahead });
      waiting.splice(waiting.indexOf(called), 1);
      history.push({ priority: called.priority });
    }
  }
  return seen;
}

const SEEDS = Array.from({ length: 200 }, (_, index) => index + 1);
const POLICIES: Array<[string, CallingPolicy]> = [
  ['strict', STRICT],
  ['1 priority per normal', { kind: 'interleaved', normalPerPriority: 1 }],
  ['1 priority per 3 normals', oneInThree],
  ['1 priority per 7 normals', { kind: 'interleaved', normalPerPriority: 7 }],
];

describe('calling policy, over 200 random days per policy', () => {
  it.each(POLICIES)('%s: first in line first within each class, and no ticket called twice', (_name, policy) => {
    for (const seed of SEEDS) {
      const seen = simulateDay(seed, policy, { transfers: true });
      expect(new Set(seen.map((call) => call.called.id)).size, `seed ${seed}`).toBe(seen.length);
      for (const { called, waiting } of seen) {
        const earlierSameClass = waiting.filter(
          (other) =>
            (other.priority === null) === (called.priority === null) &&
            (other.queuedAt < called.queuedAt || (other.queuedAt === called.queuedAt && other.id < called.id)),
        );
        expect(earlierSameClass, `seed ${seed}, ticket ${called.id}`).toEqual([]);
      }
    }
  });

  it('strict never calls a normal ticket while a priority ticket waits', () => {
    for (const seed of SEEDS) {
      for (const { called, waiting } of simulateDay(seed, STRICT, { transfers: true })) {
        if (called.priority === null) expect(waiting.filter((other) => other.priority !== null), `seed ${seed}`).toEqual([]);
      }
    }
  });

  it.each([1, 3, 7])('interleaved 1 per %i: nobody waits more calls than a bound set at arrival', (normalPerPriority) => {
    for (const seed of SEEDS) {
      for (const call of simulateDay(seed, { kind: 'interleaved', normalPerPriority }, { transfers: false })) {
        const ahead = call.sameClassAheadOnArrival;
        // A normal ticket: at most one priority call before each normal call, its own included.
        // A priority ticket: at most N normal calls before each priority call, its own included.
        const bound = call.called.priority === null ? 2 * ahead + 1 : ahead + (ahead + 1) * normalPerPriority;
        expect(call.callsWaited, `seed ${seed}, ticket ${call.called.id}`).toBeLessThanOrEqual(bound);
      }
    }
  });

  it.each(POLICIES)('%s: calling one by one follows callOrder, so peopleAhead is exact when nobody else comes', (_name, policy) => {
    for (const seed of SEEDS) {
      const random = createRng(seed).next;
      const waiting: WaitingTicket[] = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, index) => ({
        id: index + 1,
        queuedAt: Math.floor(random() * 20) * MINUTE,
        priority: random() < 0.3 ? 'meritorious' : null,
      }));
      const history = calls(Array.from({ length: Math.floor(random() * 6) }, () => (random() < 0.3 ? 'P' : 'N')).join(''));
      const predicted = callOrder(waiting, history, policy);
      predicted.forEach((ticket, index) => expect(peopleAhead(ticket, waiting, history, policy), `seed ${seed}`).toBe(index));
      const called: WaitingTicket[] = [];
      let left = waiting;
      for (let next = nextTicket(left, history, policy); next !== null; next = nextTicket(left, [...history, ...called], policy)) {
        const justCalled = next;
        called.push(justCalled);
        left = left.filter((ticket) => ticket !== justCalled);
      }
      expect(ids(called), `seed ${seed}`).toEqual(ids(predicted));
    }
  });
});
