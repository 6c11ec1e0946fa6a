/**
 * The robot base's lines (devices/README.md), both directions: the host numbers each command
 * (`#12 GOTO 3`) and the base answers with the same number (`#12 OK`, `#12 OK 87`,
 * `#12 ERR BUSY`); events (`ARRIVED 3`, `HOME`, `OBSTACLE`, `FAULT MOTOR`...) carry no number. The
 * heartbeat is a bare `PING` → `PONG`. Pure; the adapter uses the host half, the virtual base
 * the device half.
 */
import type { BaseErrorCode, DispenseItem, FaultCode, RobotBaseEvent } from './robot-base.js';

export const ROBOT_HEARTBEAT = 'PING';
const ROBOT_PONG = 'PONG';
export const MAX_SEQ = 9999;
export const MAX_COUNTER = 99;

export type RobotCommand =
  | { type: 'goTo'; counter: number }
  | { type: 'home' }
  | { type: 'dock' }
  | { type: 'dispense'; item: DispenseItem }
  | { type: 'stop' }
  | { type: 'battery' };

/** `value` is the number some replies carry (BATTERY? → percent); `wireCode` is the code as sent. */
export type RobotReply = { ok: true; value: number | null } | { ok: false; code: FaultCode; wireCode: string };

/** A line from the base, as the host reads it. */
export type BaseLine = { kind: 'reply'; seq: number; reply: RobotReply } | { kind: 'event'; event: RobotBaseEvent } | { kind: 'pong' };

/** A line from the host, as the base reads it; `bad` is numbered but not understood. */
export type HostLine = { kind: 'ping' } | { kind: 'command'; seq: number; command: RobotCommand } | { kind: 'bad'; seq: number };

const WIRE_CODES: Record<string, BaseErrorCode> = {
  BUSY: 'busy',
  UNKNOWN_COUNTER: 'unknownCounter',
  EMPTY: 'empty',
  LOW_BATTERY: 'lowBattery',
  MOTOR: 'motorFault',
  BAD_COMMAND: 'badCommand',
};
const ITEMS: Record<string, DispenseItem> = { WATER: 'water', SWEETS: 'sweets' };

const codeOf = (wire: string): FaultCode => WIRE_CODES[wire] ?? 'failed';
const wireCodeOf = (code: FaultCode) => Object.keys(WIRE_CODES).find((wire) => WIRE_CODES[wire] === code) ?? 'FAILED';
const wireItem = (item: DispenseItem) => item.toUpperCase();
const words = (line: string) => line.trim().split(/\s+/);

/** A decimal number without sign or leading zeros, as every number on this line protocol is. */
function toNumber(text: string | undefined): number | null {
  return text !== undefined && /^(0|[1-9][0-9]{0,3})$/.test(text) ? Number(text) : null;
}

function toCounter(text: string | undefined): number | null {
  const value = toNumber(text);
  return value !== null && value >= 1 && value <= MAX_COUNTER ? value : null;
}

// Host side: what the adapter sends and reads.

export function commandLine(seq: number, command: RobotCommand): string {
  switch (command.type) {
    case 'goTo':
      return `#${seq} GOTO ${command.counter}`;
    case 'home':
      return `#${seq} HOME`;
    case 'dock':
      return `#${seq} DOCK`;
    case 'dispense':
      return `#${seq} DISPENSE ${wireItem(command.item)}`;
    case 'stop':
      return `#${seq} STOP`;
    case 'battery':
      return `#${seq} BATTERY?`;
  }
}

export function parseBaseLine(line: string): BaseLine | null {
  const parts = words(line);
  if (parts[0]?.startsWith('#')) return parseReply(parts);
  if (parts.length === 1 && parts[0] === ROBOT_PONG) return { kind: 'pong' };
  const event = parseEvent(parts);
  return event && { kind: 'event', event };
}

function parseReply([head = '', status, value, ...rest]: string[]): BaseLine | null {
  const seq = toNumber(head.slice(1));
  if (seq === null || rest.length > 0) return null;
  if (status === 'ERR' && value !== undefined) return { kind: 'reply', seq, reply: { ok: false, code: codeOf(value), wireCode: value } };
  if (status !== 'OK') return null;
  const number = toNumber(value);
  if (value !== undefined && number === null) return null;
  return { kind: 'reply', seq, reply: { ok: true, value: number } };
}

function parseEvent([word, argument, ...rest]: string[]): RobotBaseEvent | null {
  if (rest.length > 0) return null;
  if (argument === undefined) {
    if (word === 'DOCKED') return { type: 'docked' };
    if (word === 'HOME') return { type: 'home' };
    if (word === 'OBSTACLE') return { type: 'obstacle' };
    if (word === 'CLEAR') return { type: 'clear' };
    return null;
  }
  if (word === 'ARRIVED') {
    const counter = toCounter(argument);
    return counter === null ? null : { type: 'arrived', counter };
  }
  if (word === 'BATTERY') {
    const percent = toNumber(argument);
    return percent === null || percent > 100 ? null : { type: 'battery', percent };
  }
  if (word === 'DISPENSED') {
    const item = ITEMS[argument];
    return item ? { type: 'dispensed', item } : null;
  }
  if (word === 'FAULT') return { type: 'fault', code: codeOf(argument) };
  return null;
}

// Device side: what the virtual base reads and sends.

export function parseHostLine(line: string): HostLine | null {
  const [head = '', verb, argument, ...rest] = words(line);
  if (head === ROBOT_HEARTBEAT && verb === undefined) return { kind: 'ping' };
  const seq = head.startsWith('#') ? toNumber(head.slice(1)) : null;
  if (seq === null) return null;
  const command = rest.length > 0 ? null : parseCommand(verb, argument);
  return command ? { kind: 'command', seq, command } : { kind: 'bad', seq };
}

function parseCommand(verb: string | undefined, argument: string | undefined): RobotCommand | null {
  if (argument === undefined) {
    if (verb === 'HOME') return { type: 'home' };
    if (verb === 'DOCK') return { type: 'dock' };
    if (verb === 'STOP') return { type: 'stop' };
    if (verb === 'BATTERY?') return { type: 'battery' };
    return null;
  }
  if (verb === 'GOTO') {
    const counter = toCounter(argument);
    return counter === null ? null : { type: 'goTo', counter };
  }
  const item = ITEMS[argument];
  return verb === 'DISPENSE' && item ? { type: 'dispense', item } : null;
}

export function replyLine(seq: number, reply: RobotReply): string {
  if (!reply.ok) return `#${seq} ERR ${reply.wireCode}`;
  return reply.value === null ? `#${seq} OK` : `#${seq} OK ${reply.value}`;
}

/** The reply refusing a command with one of the base's codes. */
export function refusal(code: FaultCode): RobotReply {
  return { ok: false, code, wireCode: wireCodeOf(code) };
}

export function eventLine(event: RobotBaseEvent): string {
  switch (event.type) {
    case 'arrived':
      return `ARRIVED ${event.counter}`;
    case 'docked':
      return 'DOCKED';
    case 'home':
      return 'HOME';
    case 'dispensed':
      return `DISPENSED ${wireItem(event.item)}`;
    case 'obstacle':
      return 'OBSTACLE';
    case 'clear':
      return 'CLEAR';
    case 'fault':
      return `FAULT ${wireCodeOf(event.code)}`;
    case 'battery':
      return `BATTERY ${event.percent}`;
  }
}
