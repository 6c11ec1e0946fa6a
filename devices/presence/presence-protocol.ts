/**
 * The presence sensor's lines (devices/README.md): `APPROACH L|C|R` (or bare `APPROACH` when it
 * cannot tell the side), `LEAVE`, and `PONG` answering the heartbeat `PING`. Pure.
 */
import type { PresenceEvent, PresenceSide } from './presence-sensor.js';

export const PRESENCE_HEARTBEAT = 'PING';

export type PresenceMessage = PresenceEvent | { type: 'pong' };

const SIDES: Record<string, PresenceSide> = { L: 'left', C: 'centre', R: 'right' };

export function parsePresenceLine(line: string): PresenceMessage | null {
  const [word, side, ...rest] = line.trim().split(/\s+/);
  if (rest.length > 0) return null;
  if (word === 'APPROACH') {
    if (side === undefined) return { type: 'approach', side: null };
    const known = SIDES[side];
    return known ? { type: 'approach', side: known } : null;
  }
  if (side !== undefined) return null;
  if (word === 'LEAVE') return { type: 'leave' };
  if (word === 'PONG') return { type: 'pong' };
  return null;
}
