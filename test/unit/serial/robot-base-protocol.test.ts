import { describe, expect, it } from 'vitest';
import {
  commandLine,
  eventLine,
  parseBaseLine,
  parseHostLine,
  refusal,
  replyLine,
  type RobotCommand,
} from '../../../devices/robot-base/robot-base-protocol.js';
import type { RobotBaseEvent } from '../../../devices/robot-base/robot-base.js';

describe('robot base protocol, host side', () => {
  it.each<[RobotCommand, string]>([
    [{ type: 'goTo', counter: 3 }, '#12 GOTO 3'],
    [{ type: 'home' }, '#12 HOME'],
    [{ type: 'dock' }, '#12 DOCK'],
    [{ type: 'dispense', item: 'water' }, '#12 DISPENSE WATER'],
    [{ type: 'dispense', item: 'sweets' }, '#12 DISPENSE SWEETS'],
    [{ type: 'stop' }, '#12 STOP'],
    [{ type: 'battery' }, '#12 BATTERY?'],
  ])('writes %j as %j, which the base reads back', (command, line) => {
    expect(commandLine(12, command)).toBe(line);
    expect(parseHostLine(line)).toEqual({ kind: 'command', seq: 12, command });
  });

  it.each([
    ['#12 OK', { kind: 'reply', seq: 12, reply: { ok: true, value: null } }],
    ['#7 OK 87', { kind: 'reply', seq: 7, reply: { ok: true, value: 87 } }],
    ['#7 ERR BUSY', { kind: 'reply', seq: 7, reply: { ok: false, code: 'busy', wireCode: 'BUSY' } }],
    ['#7 ERR UNKNOWN_COUNTER', { kind: 'reply', seq: 7, reply: { ok: false, code: 'unknownCounter', wireCode: 'UNKNOWN_COUNTER' } }],
    ['#7 ERR EMPTY', { kind: 'reply', seq: 7, reply: { ok: false, code: 'empty', wireCode: 'EMPTY' } }],
    ['#7 ERR LOW_BATTERY', { kind: 'reply', seq: 7, reply: { ok: false, code: 'lowBattery', wireCode: 'LOW_BATTERY' } }],
    ['#7 ERR MOTOR', { kind: 'reply', seq: 7, reply: { ok: false, code: 'motorFault', wireCode: 'MOTOR' } }],
    ['#7 ERR OVERHEAT', { kind: 'reply', seq: 7, reply: { ok: false, code: 'failed', wireCode: 'OVERHEAT' } }],
    ['ARRIVED 3', { kind: 'event', event: { type: 'arrived', counter: 3 } }],
    ['DOCKED', { kind: 'event', event: { type: 'docked' } }],
    ['HOME', { kind: 'event', event: { type: 'home' } }],
    ['OBSTACLE', { kind: 'event', event: { type: 'obstacle' } }],
    ['CLEAR\r', { kind: 'event', event: { type: 'clear' } }],
    ['FAULT MOTOR', { kind: 'event', event: { type: 'fault', code: 'motorFault' } }],
    ['FAULT SMOKE', { kind: 'event', event: { type: 'fault', code: 'failed' } }],
    ['BATTERY 0', { kind: 'event', event: { type: 'battery', percent: 0 } }],
    ['BATTERY 100', { kind: 'event', event: { type: 'battery', percent: 100 } }],
    ['DISPENSED WATER', { kind: 'event', event: { type: 'dispensed', item: 'water' } }],
    ['PONG', { kind: 'pong' }],
  ])('reads %j', (line, message) => {
    expect(parseBaseLine(line)).toEqual(message);
  });

  it.each([
    '#12', '#x OK', '#12 OK 87 1', '#12 OK -1', '#12 OK 08', '#12 ERR', '#12 MAYBE', 'ARRIVED', 'ARRIVED 0', 'ARRIVED 100', 'ARRIVED three',
    'BATTERY 101', 'BATTERY', 'DISPENSED COFFEE', 'DOCKED 1', 'HOME 2', 'FAULT', 'PONG PONG', 'arrived 3', '',
  ])('ignores the malformed %j', (line) => {
    expect(parseBaseLine(line)).toBeNull();
  });
});

describe('robot base protocol, device side', () => {
  it('reads the heartbeat, and tells a numbered command it cannot read from a stray line', () => {
    expect(parseHostLine('PING')).toEqual({ kind: 'ping' });
    expect(parseHostLine('#4 FLY 3')).toEqual({ kind: 'bad', seq: 4 });
    expect(parseHostLine('#4 GOTO 0')).toEqual({ kind: 'bad', seq: 4 });
    expect(parseHostLine('#4 DOCK NOW')).toEqual({ kind: 'bad', seq: 4 });
    expect(parseHostLine('#4 HOME 3')).toEqual({ kind: 'bad', seq: 4 });
    expect(parseHostLine('GOTO 3')).toBeNull();
    expect(parseHostLine('#99999 DOCK')).toBeNull();
  });

  it('writes replies and events the host reads back', () => {
    const replies = [{ ok: true as const, value: null }, { ok: true as const, value: 42 }, refusal('busy'), refusal('empty'), refusal('badCommand')];
    for (const reply of replies) expect(parseBaseLine(replyLine(5, reply))).toEqual({ kind: 'reply', seq: 5, reply });
    expect(replyLine(5, refusal('unknownCounter'))).toBe('#5 ERR UNKNOWN_COUNTER');
    const events: RobotBaseEvent[] = [
      { type: 'arrived', counter: 12 },
      { type: 'docked' },
      { type: 'home' },
      { type: 'dispensed', item: 'sweets' },
      { type: 'obstacle' },
      { type: 'clear' },
      { type: 'fault', code: 'lowBattery' },
      { type: 'battery', percent: 9 },
    ];
    for (const event of events) expect(parseBaseLine(eventLine(event))).toEqual({ kind: 'event', event });
    expect(eventLine({ type: 'fault', code: 'motorFault' })).toBe('FAULT MOTOR');
  });
});
