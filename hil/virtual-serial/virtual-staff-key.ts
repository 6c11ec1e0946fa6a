import { STAFF_KEY_HEARTBEAT } from '../../devices/staff-key/staff-key-protocol.js';
import { VirtualLineDevice } from './virtual-line-device.js';

/** A staff key switch on the far end of a PTY: `KEY ON` / `KEY OFF` when turned, and its position in answer to `KEY?`. */
export class VirtualStaffKey extends VirtualLineDevice {
  private readonly position: { on: boolean };

  constructor(path: string) {
    const position = { on: false };
    // The heartbeat's answer is the key's position, read when each heartbeat comes.
    super({
      path,
      heartbeat: STAFF_KEY_HEARTBEAT,
      get pong() {
        return positionLine(position.on);
      },
    });
    this.position = position;
  }

  static async open(path: string): Promise<VirtualStaffKey> {
    const device = new VirtualStaffKey(path);
    await device.connect();
    return device;
  }

  get on(): boolean {
    return this.position.on;
  }

  /** Turn the key; the switch says so at once (unless unplugged or muted: then only when asked). */
  turn(on: boolean): void {
    this.position.on = on;
    this.send(positionLine(on));
  }
}

function positionLine(on: boolean): string {
  return on ? 'KEY ON' : 'KEY OFF';
}
