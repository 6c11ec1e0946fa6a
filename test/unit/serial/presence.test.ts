import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MockPresenceSensor } from '../../../devices/presence/mock-presence-sensor.js';
import { parsePresenceLine } from '../../../devices/presence/presence-protocol.js';
import type { PresenceEvent } from '../../../devices/presence/presence-sensor.js';
import { SerialPresenceSensor } from '../../../devices/presence/serial-presence-sensor.js';
import { flush, MockBinding, MockSerial, useFakeClock } from './mock-serial.js';

describe('presence protocol', () => {
  it.each([
    ['APPROACH L', { type: 'approach', side: 'left' }],
    ['APPROACH C', { type: 'approach', side: 'centre' }],
    [' APPROACH R ', { type: 'approach', side: 'right' }],
    ['APPROACH', { type: 'approach', side: null }],
    ['LEAVE', { type: 'leave' }],
    ['PONG', { type: 'pong' }],
  ])('reads %j', (line, message) => {
    expect(parsePresenceLine(line)).toEqual(message);
  });

  it.each(['APPROACH X', 'APPROACH L R', 'approach l', 'LEAVE NOW', 'PONG 1', '', 'HELLO', 'APPROACHL'])('ignores the malformed %j', (line) => {
    expect(parsePresenceLine(line)).toBeNull();
  });
});

describe('mock presence sensor', () => {
  it('reports what the test simulates, side unknown unless given, and is ready', () => {
    const sensor = new MockPresenceSensor();
    const events: PresenceEvent[] = [];
    const stop = sensor.onPresence((event) => events.push(event));
    sensor.simulateApproach();
    sensor.simulateApproach('left');
    sensor.simulateLeave();
    stop();
    sensor.simulateLeave();
    expect(events).toEqual([{ type: 'approach', side: null }, { type: 'approach', side: 'left' }, { type: 'leave' }]);
    expect(sensor.health()).toMatchObject({ kind: 'presence', adapter: 'mock', state: 'ready', path: null });
  });
});

describe('serial presence sensor on a mock port', () => {
  const PATH = '/dev/ttyPRESENCE';
  let serial: MockSerial;
  let sensor: SerialPresenceSensor;
  let events: PresenceEvent[];

  beforeEach(async () => {
    useFakeClock();
    MockBinding.createPort(PATH, { record: true });
    serial = new MockSerial();
    sensor = SerialPresenceSensor.open({ path: PATH, baudRate: 9600 }, { openPort: serial.openPort });
    events = [];
    sensor.onPresence((event) => events.push(event));
    await flush();
  });
  afterEach(async () => {
    await sensor.close();
    MockBinding.reset();
    vi.useRealTimers();
  });

  it('pings on open, is ready on PONG, and passes on approach and leave (not the PONG)', async () => {
    expect(serial.written()).toEqual(['PING']);
    serial.deviceSends('PONG\r\nAPPROACH R\r\nLEAVE\r\n');
    await flush();
    expect(sensor.health()).toMatchObject({ kind: 'presence', state: 'ready', path: PATH });
    expect(events).toEqual([{ type: 'approach', side: 'right' }, { type: 'leave' }]);
  });

  it('ignores malformed lines, noting the last one in its health, and keeps going', async () => {
    serial.deviceSends('APPROACH Q\nGARBAGE \x01\nAPPROACH L\n');
    await flush();
    expect(events).toEqual([{ type: 'approach', side: 'left' }]);
    expect(sensor.health().lastError).toBe('ignored an unrecognised line "GARBAGE \\u0001"');
  });

  it('closes its port for good', async () => {
    await sensor.close();
    expect(sensor.health()).toMatchObject({ state: 'offline', reason: 'closed' });
    expect(serial.current.isOpen).toBe(false);
  });
});
