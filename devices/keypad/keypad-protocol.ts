/**
 * The keypad's lines (devices/README.md): it sends `KEY 1`..`KEY 5` when a button goes down, and
 * `PONG` to the heartbeat `PING`; the host sends `LED n` (0 = all off), acknowledged `OK n`. Pure.
 */
import { isKeypadButton, type KeypadButton } from './keypad.js';

export const KEYPAD_HEARTBEAT = 'PING';

export type KeypadMessage = { type: 'press'; button: KeypadButton } | { type: 'lit'; led: number } | { type: 'pong' };

/** The command lighting `button` (0 for none). */
export function ledCommand(button: KeypadButton | null): string {
  return `LED ${button ?? 0}`;
}

/** The acknowledgement `ledCommand(button)` expects. */
export function ledAck(button: KeypadButton | null): string {
  return `OK ${button ?? 0}`;
}

export function parseKeypadLine(line: string): KeypadMessage | null {
  const text = line.trim();
  if (text === 'PONG') return { type: 'pong' };
  const match = /^(KEY|OK) ([0-9])$/.exec(text);
  if (!match) return null;
  const number = Number(match[2]);
  if (match[1] === 'OK') return number <= 5 ? { type: 'lit', led: number } : null;
  return isKeypadButton(number) ? { type: 'press', button: number } : null;
}
