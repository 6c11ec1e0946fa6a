import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseKeypadLine } from '../../../devices/keypad/keypad-protocol.js';
import type { KeypadButton } from '../../../devices/keypad/keypad.js';
import { MockKeypad } from '../../../devices/keypad/mock-keypad.js';
import { SerialKeypad } from '../../../devices/keypad/serial-keypad.js';
import { advance, flush, MockBinding, MockSerial, useFakeClock } from './mock-serial.js';

describe('keypad protocol', () => {
  it.each([
    ['KEY 1', { type: 'press', button: 1 }],
    ['KEY 5\r', { type: 'press', button: 5 }],
    ['OK 0', { type: 'lit', led: 0 }],
    ['OK 3', { type: 'lit', led: 3 }],
    ['PONG', { type: 'pong' }],
  ])('reads %j', (line, message) => {
    expect(parseKeypadLine(line)).toEqual(message);
  });

  it.each(['KEY 0', 'KEY 6', 'KEY', 'KEY 1 2', 'KEY 12', 'key 1', 'OK 6', 'OK', 'LED 1'])('ignores the malformed %j', (line) => {
    expect(parseKeypadLine(line)).toBeNull();
  });
});

describe('mock keypad', () => {
  it('reports simulated presses and remembers the lit button', async () => {
    const keypad = new MockKeypad();
    const presses: KeypadButton[] = [];
    keypad.onPress((button) => presses.push(button));
    keypad.simulatePress(4);
    await keypad.light(4);
    expect(presses).toEqual([4]);
    expect(keypad.lit).toBe(4);
    await keypad.light(null);
    expect(keypad.lit).toBeNull();
    expect(keypad.health()).toMatchObject({ kind: 'keypad', adapter: 'mock', state: 'ready' });
  });
});

describe('serial keypad on a mock port', () => {
  const PATH = '/dev/ttyKEYPAD';
  let serial: MockSerial;
  let keypad: SerialKeypad;
  let presses: KeypadButton[];

  beforeEach(async () => {
    useFakeClock();
    MockBinding.createPort(PATH, { record: true });
    serial = new MockSerial();
    keypad = SerialKeypad.open({ path: PATH, baudRate: 9600 }, { openPort: serial.openPort });
    presses = [];
    keypad.onPress((button) => presses.push(button));
    await flush();
    serial.deviceSends('PONG\n');
    await flush();
  });
  afterEach(async () => {
    await keypad.close();
    MockBinding.reset();
    vi.useRealTimers();
  });

  it('passes on the buttons pressed and ignores keys it does not have', async () => {
    serial.deviceSends('KEY 2\nKEY 9\nKEY 5\n');
    await flush();
    expect(presses).toEqual([2, 5]);
    expect(keypad.health().lastError).toMatch(/unrecognised line "KEY 9"/);
  });

  it('lights a button and waits for the acknowledgement of that button', async () => {
    let lit = false;
    const lighting = keypad.light(3).then(() => (lit = true));
    await flush();
    expect(serial.written().at(-1)).toBe('LED 3');
    serial.deviceSends('OK 1\n'); // an acknowledgement of something else
    await flush();
    expect(lit).toBe(false);
    serial.deviceSends('OK 3\n');
    await lighting;
    expect(lit).toBe(true);
  });

  it('turns the LEDs off with LED 0, and fails when the keypad does not acknowledge in 2 s', async () => {
    const lighting = keypad.light(null);
    const failed = expect(lighting).rejects.toMatchObject({ code: 'timeout' });
    await flush();
    expect(serial.written().at(-1)).toBe('LED 0');
    await advance(2000);
    await failed;
  });
});
