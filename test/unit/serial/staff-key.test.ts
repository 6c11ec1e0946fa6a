import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MockStaffKey } from '../../../devices/staff-key/mock-staff-key.js';
import { SerialStaffKey } from '../../../devices/staff-key/serial-staff-key.js';
import { parseStaffKeyLine } from '../../../devices/staff-key/staff-key-protocol.js';
import { advance, flush, MockBinding, MockSerial, useFakeClock } from './mock-serial.js';

describe('staff key protocol', () => {
  it.each([
    ['KEY ON', { on: true }],
    ['KEY OFF', { on: false }],
    [' KEY  ON ', { on: true }],
  ])('reads %j', (line, message) => {
    expect(parseStaffKeyLine(line)).toEqual(message);
  });

  it.each(['KEY', 'KEY on', 'KEY ON NOW', 'KEYON', 'KEY?', 'PONG', ''])('ignores the malformed %j', (line) => {
    expect(parseStaffKeyLine(line)).toBeNull();
  });
});

describe('mock staff key', () => {
  it('tells listeners each turn until they unsubscribe, and is a ready staffKey device', () => {
    const key = new MockStaffKey();
    const turns: boolean[] = [];
    const stop = key.onTurn((on) => turns.push(on));
    key.turn(true);
    key.turn(false);
    stop();
    key.turn(true);
    expect(turns).toEqual([true, false]);
    expect(key.health()).toMatchObject({ kind: 'staffKey', adapter: 'mock', state: 'ready' });
  });
});

describe('serial staff key on a mock port', () => {
  const PATH = '/dev/ttyKEY';
  let serial: MockSerial;
  let key: SerialStaffKey;
  let turns: boolean[];

  beforeEach(async () => {
    useFakeClock();
    MockBinding.createPort(PATH, { record: true });
    serial = new MockSerial();
    key = SerialStaffKey.open({ path: PATH, baudRate: 9600 }, { openPort: serial.openPort });
    turns = [];
    key.onTurn((on) => turns.push(on));
    await flush();
  });
  afterEach(async () => {
    await key.close();
    MockBinding.reset();
    vi.useRealTimers();
  });

  it('asks where the key is on open; a key at rest says nothing new, a turn does, once', async () => {
    expect(serial.written()).toEqual(['KEY?']);
    serial.deviceSends('KEY OFF\r\n');
    await flush();
    expect(key.health()).toMatchObject({ kind: 'staffKey', state: 'ready', path: PATH });
    expect(turns).toEqual([]);
    serial.deviceSends('KEY ON\nKEY ON\n');
    await flush();
    expect(turns).toEqual([true]);
    serial.deviceSends('KEY OFF\n');
    await flush();
    expect(turns).toEqual([true, false]);
  });

  it('takes a key already on at start as a turn', async () => {
    serial.deviceSends('KEY ON\n');
    await flush();
    expect(turns).toEqual([true]);
  });

  it('asks again after 3 s of silence, and catches up a turn it missed from the answer', async () => {
    serial.deviceSends('KEY ON\n');
    await flush();
    await advance(3_000);
    expect(serial.written()).toEqual(['KEY?', 'KEY?']);
    serial.deviceSends('KEY OFF\n');
    await flush();
    expect(turns).toEqual([true, false]);
  });

  it('ignores malformed lines, noting them on its health', async () => {
    serial.deviceSends('KEY MAYBE\nKEY ON\n');
    await flush();
    expect(turns).toEqual([true]);
    expect(key.health().lastError).toBe('ignored an unrecognised line "KEY MAYBE"');
  });

  it('goes offline when unplugged and tells of a turn made while it was out once it is back', async () => {
    serial.deviceSends('KEY ON\n');
    await flush();
    serial.unplug();
    await flush();
    expect(key.health()).toMatchObject({ state: 'offline' });
    await advance(500);
    serial.deviceSends('KEY OFF\n');
    await flush();
    expect(key.health().state).toBe('ready');
    expect(turns).toEqual([true, false]);
  });
});
