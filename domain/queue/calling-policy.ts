/**
 * Who a counter calls next within one service group. Pure: the waiting tickets and the group's
 * calls so far come in, a ticket (or an order) comes out.
 *
 * - `strict`: every waiting priority ticket before any normal one.
 * - `interleaved` with N: a priority ticket is *due* unless one of the group's last N calls was a
 *   priority call (the day starts with one due). A due priority is called before normals; otherwise
 *   normals go first. So when both classes wait the calls run P, N×normal, P, ... and neither class
 *   waits forever. Normal calls made while no priority waited count towards the N too, so a priority
 *   arriving after a quiet stretch is called at once.
 * - Within a class, first in line first: by `queuedAt`, then by ticket id, which the store hands out
 *   in issue order (a deterministic tie-break for tickets of the same instant).
 */
import { z } from 'zod';
import type { PriorityGroupId } from './priority.js';

/**
 * The most normal calls a policy lets pass before a priority one: no policy looks further back in
 * the day's calls than this, so callers need only the group's last LONGEST_LOOK_BACK calls.
 */
export const LONGEST_LOOK_BACK = 50;

export const callingPolicySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('strict') }),
  z.strictObject({ kind: z.literal('interleaved'), normalPerPriority: z.number().int().min(1).max(LONGEST_LOOK_BACK) }),
]);
export type CallingPolicy = z.infer<typeof callingPolicySchema>;

export interface WaitingTicket {
  id: number;
  /**
   * Epoch ms that places the ticket in line: its issue time; a ticket transferred in from another
   * group keeps its original issue time (the citizen has already waited once, and sending them to
   * the back would punish them for being sent to the wrong counter); a no-show who comes back
   * rejoins at the time they came back.
   */
  queuedAt: number;
  priority: PriorityGroupId | null;
}

/**
 * One of the group's calls today, oldest first: first calls only (a recall of the ticket being
 * served is not a new call), including calls of tickets that were later transferred away.
 */
export interface PastCall {
  priority: PriorityGroupId | null;
}

type QueueClass = 'priority' | 'normal';

function lineOrder(a: WaitingTicket, b: WaitingTicket): number {
  return a.queuedAt - b.queuedAt || a.id - b.id;
}

/** Normal calls since the last priority call; Infinity when there was none today. */
function normalsSinceLastPriority(history: readonly PastCall[]): number {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    if (history[index]?.priority !== null) return history.length - 1 - index;
  }
  return Number.POSITIVE_INFINITY;
}

/** The class the next call takes, given which classes have someone waiting. */
function classToCall(policy: CallingPolicy, normalsSince: number, priorityWaiting: boolean, normalWaiting: boolean): QueueClass {
  if (!priorityWaiting) return 'normal';
  if (!normalWaiting || policy.kind === 'strict') return 'priority';
  return normalsSince >= policy.normalPerPriority ? 'priority' : 'normal';
}

function classOf(ticket: WaitingTicket): QueueClass {
  return ticket.priority === null ? 'normal' : 'priority';
}

function firstInLine(waiting: readonly WaitingTicket[], queueClass: QueueClass): WaitingTicket | null {
  let first: WaitingTicket | null = null;
  for (const ticket of waiting) {
    if (classOf(ticket) === queueClass && (first === null || lineOrder(ticket, first) < 0)) first = ticket;
  }
  return first;
}

/** The ticket to call now, or null when nobody waits. */
export function nextTicket(waiting: readonly WaitingTicket[], history: readonly PastCall[], policy: CallingPolicy): WaitingTicket | null {
  const firstPriority = firstInLine(waiting, 'priority');
  const firstNormal = firstInLine(waiting, 'normal');
  if (firstPriority === null && firstNormal === null) return null;
  const chosen = classToCall(policy, normalsSinceLastPriority(history), firstPriority !== null, firstNormal !== null);
  return chosen === 'priority' ? firstPriority : firstNormal;
}

/**
 * The order the waiting tickets will be called in if nobody else arrives: every ticket's position
 * at once, for the board and the status pages (cheaper than `peopleAhead` per ticket).
 */
export function callOrder(waiting: readonly WaitingTicket[], history: readonly PastCall[], policy: CallingPolicy): WaitingTicket[] {
  const priority = waiting.filter((ticket) => ticket.priority !== null).sort(lineOrder);
  const normal = waiting.filter((ticket) => ticket.priority === null).sort(lineOrder);
  let normalsSince = normalsSinceLastPriority(history);
  const order: WaitingTicket[] = [];
  let [p, n] = [0, 0];
  while (p < priority.length || n < normal.length) {
    if (classToCall(policy, normalsSince, p < priority.length, n < normal.length) === 'priority') {
      order.push(priority[p++] as WaitingTicket);
      normalsSince = 0;
    } else {
      order.push(normal[n++] as WaitingTicket);
      normalsSince += 1;
    }
  }
  return order;
}

/**
 * How many tickets will be called before this one if nobody else arrives: for a ticket being
 * issued (its id and issue time from the store's transaction, so it is last of its class) as well
 * as for one already waiting. A priority ticket has fewer ahead than its issue order says, and
 * under `interleaved` a normal one may have a few more.
 */
export function peopleAhead(
  ticket: WaitingTicket,
  waiting: readonly WaitingTicket[],
  history: readonly PastCall[],
  policy: CallingPolicy,
): number {
  const others = waiting.filter((other) => other.id !== ticket.id);
  return callOrder([...others, ticket], history, policy).findIndex((called) => called.id === ticket.id);
}
