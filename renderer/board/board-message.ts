/**
 * What the host sends a board is `unknown` until checked here: small structural guards (the
 * renderer does not bundle zod), enough that a wrong message is dropped rather than drawn.
 */
import type { BoardCall, BoardHostMessage, BoardState } from '../../bridge/queue-protocol.js';
import { isObject, parseHostJson } from '../bridge/parse-host-json.js';

function isLocalised(value: unknown): boolean {
  return isObject(value) && typeof value.vi === 'string' && typeof value.en === 'string';
}

const KINDS: ReadonlySet<unknown> = new Set(['call', 'recall']);

export function isBoardCall(value: unknown): value is BoardCall {
  return (
    isObject(value) &&
    typeof value.callId === 'number' &&
    typeof value.number === 'string' &&
    typeof value.counter === 'number' &&
    typeof value.serviceId === 'string' &&
    (value.priority === null || typeof value.priority === 'string') &&
    KINDS.has(value.kind) &&
    typeof value.at === 'number'
  );
}

function isBoardState(value: unknown): value is BoardState {
  return (
    isObject(value) &&
    isLocalised(value.servicePointName) &&
    Array.isArray(value.nowServing) &&
    value.nowServing.every((row) => isObject(row) && typeof row.counter === 'number' && typeof row.number === 'string') &&
    Array.isArray(value.lastCalls) &&
    value.lastCalls.every(isBoardCall) &&
    Array.isArray(value.groups) &&
    value.groups.every((group) => isObject(group) && isLocalised(group.name) && Array.isArray(group.counters) && typeof group.waiting === 'number') &&
    Array.isArray(value.paused) &&
    isObject(value.day) &&
    typeof value.day.open === 'boolean' &&
    (value.day.closedMessage === null || isLocalised(value.day.closedMessage))
  );
}

/** The message, or null when it is not one a board understands. */
export function parseBoardMessage(data: unknown): BoardHostMessage | null {
  const value = parseHostJson(data);
  if (value === null) return null;
  switch (value.type) {
    case 'board':
      return isBoardState(value.state) ? { type: 'board', state: value.state } : null;
    case 'announce':
      return isBoardCall(value.call) ? { type: 'announce', call: value.call } : null;
    case 'reply':
      return typeof value.id === 'number' ? { type: 'reply', id: value.id, result: { ok: true } } : null;
    case 'error':
      return typeof value.message === 'string' ? { type: 'error', message: value.message } : null;
    default:
      return null;
  }
}
