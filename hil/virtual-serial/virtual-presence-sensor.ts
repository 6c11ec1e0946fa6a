import type { PresenceSide } from '../../devices/presence/presence-sensor.js';
import { VirtualLineDevice } from './virtual-line-device.js';

const SIDE_LETTERS: Record<PresenceSide, string> = { left: 'L', centre: 'C', right: 'R' };

/** A presence sensor board on the far end of a PTY: `APPROACH L|C|R`, `LEAVE`, `PING` → `PONG`. */
export class VirtualPresenceSensor extends VirtualLineDevice {
  constructor(path: string) {
    super({ path, heartbeat: 'PING', pong: 'PONG' });
  }

  static async open(path: string): Promise<VirtualPresenceSensor> {
    const device = new VirtualPresenceSensor(path);
    await device.connect();
    return device;
  }

  approach(side: PresenceSide | null = null): void {
    this.send(side ? `APPROACH ${SIDE_LETTERS[side]}` : 'APPROACH');
  }

  leave(): void {
    this.send('LEAVE');
  }
}
