import { DeviceHealthTracker } from '../device-health.js';
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { ListenerSet } from '../serial/listener-set.js';
import type { Keypad, KeypadButton } from './keypad.js';

/** A keypad driven by the test (or the engineer): `simulatePress(4)` is a citizen pressing button 4. */
export class MockKeypad extends DeviceWithHealth implements Keypad {
  private readonly presses = new ListenerSet<KeypadButton>();
  /** The button whose LED is on, null when none. */
  lit: KeypadButton | null = null;

  constructor() {
    super(new DeviceHealthTracker({ kind: 'keypad', adapter: 'mock', path: null, state: 'ready' }));
  }

  onPress(listener: (button: KeypadButton) => void): () => void {
    return this.presses.add(listener);
  }

  simulatePress(button: KeypadButton): void {
    this.presses.emit(button);
  }

  async light(button: KeypadButton | null, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.lit = button;
  }

  async close(): Promise<void> {
    this.presses.clear();
  }
}
