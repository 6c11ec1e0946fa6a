/** Keypad contract: the mock and the serial adapter on a virtual keypad (socat PTY) behave alike. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Keypad, KeypadButton } from '../../devices/keypad/keypad.js';
import { MockKeypad } from '../../devices/keypad/mock-keypad.js';
import { SerialKeypad } from '../../devices/keypad/serial-keypad.js';
import { PtyRig } from '../../hil/virtual-serial/pty-rig.js';
import { VirtualKeypad } from '../../hil/virtual-serial/virtual-keypad.js';
import { waitFor } from '../../hil/wait-for.js';

interface KeypadRig {
  keypad: Keypad;
  press(button: KeypadButton): void;
  /** The button whose LED the device shows lit, null for none. */
  lit(): number | null;
  close(): Promise<void>;
}

const rigs: [string, () => Promise<KeypadRig>][] = [
  [
    'mock',
    async () => {
      const keypad = new MockKeypad();
      return { keypad, press: (button) => keypad.simulatePress(button), lit: () => keypad.lit, close: () => keypad.close() };
    },
  ],
  [
    'serial on virtual',
    async () => {
      const rig = await PtyRig.open(VirtualKeypad.open, (path) => SerialKeypad.open({ path, baudRate: 9600 }));
      return { keypad: rig.adapter, press: (button) => rig.twin.press(button), lit: () => rig.twin.lit || null, close: () => rig.close() };
    },
  ],
];

describe.each(rigs)('keypad contract: %s', (_name, openRig) => {
  let rig: KeypadRig;
  beforeEach(async () => {
    rig = await openRig();
  });
  afterEach(async () => {
    await rig?.close();
  });

  it('is a ready keypad', () => {
    expect(rig.keypad.health()).toMatchObject({ kind: 'keypad', state: 'ready' });
  });

  it('reports every press, in order', async () => {
    const presses: KeypadButton[] = [];
    rig.keypad.onPress((button) => presses.push(button));
    for (const button of [5, 1, 3] as const) rig.press(button);
    await waitFor(() => presses.length === 3, 'three presses');
    expect(presses).toEqual([5, 1, 3]);
  });

  it('lights the button asked for once the call resolves, and none after light(null)', async () => {
    await rig.keypad.light(4);
    expect(rig.lit()).toBe(4);
    await rig.keypad.light(null);
    expect(rig.lit()).toBeNull();
  });

  it('fails a light() whose caller already gave up', async () => {
    const controller = new AbortController();
    controller.abort(new Error('rating skipped'));
    await expect(rig.keypad.light(2, controller.signal)).rejects.toThrow('rating skipped');
  });
});
