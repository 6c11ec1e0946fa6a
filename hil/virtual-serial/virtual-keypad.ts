import type { KeypadButton } from '../../devices/keypad/keypad.js';
import { VirtualLineDevice } from './virtual-line-device.js';

/** A five-button keypad on the far end of a PTY: `KEY n`, `LED n` → `OK n`, `PING` → `PONG`. */
export class VirtualKeypad extends VirtualLineDevice {
  /** The button whose LED is on (0 = none). */
  lit = 0;

  constructor(path: string) {
    super({ path, heartbeat: 'PING', pong: 'PONG' });
  }

  static async open(path: string): Promise<VirtualKeypad> {
    const device = new VirtualKeypad(path);
    await device.connect();
    return device;
  }

  press(button: KeypadButton): void {
    this.send(`KEY ${button}`);
  }

  protected override answer(line: string): void {
    const led = /^LED ([0-5])$/.exec(line)?.[1];
    if (led === undefined) return; // firmware ignores what it does not know
    this.lit = Number(led);
    this.send(`OK ${led}`);
  }
}
