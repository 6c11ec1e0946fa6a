/** The staff key switch on a serial line; its protocol is in staff-key-protocol.ts. */
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { LinePort, type SerialTransport } from '../serial/line-port.js';
import { ListenerSet } from '../serial/listener-set.js';
import { onParsedLine } from '../serial/parsed-lines.js';
import type { SerialDeviceOptions } from '../serial/port-target.js';
import { STAFF_KEY_HEARTBEAT, parseStaffKeyLine } from './staff-key-protocol.js';
import type { StaffKey } from './staff-key.js';

export class SerialStaffKey extends DeviceWithHealth implements StaffKey {
  private readonly turns = new ListenerSet<boolean>();
  /**
   * The position last told to listeners; null before the first report. Every heartbeat answers
   * with the position, so only a change is passed on.
   */
  private told: boolean | null = null;

  constructor(private readonly port: LinePort) {
    super(port.tracker);
    onParsedLine(port, parseStaffKeyLine, ({ on }) => {
      if (on === this.told) return;
      // The first report after start counts only when the key is on: a switch at rest says nothing new.
      const first = this.told === null;
      this.told = on;
      if (!first || on) this.turns.emit(on);
    });
  }

  static open(device: SerialDeviceOptions, transport: SerialTransport = {}): SerialStaffKey {
    return new SerialStaffKey(new LinePort({ kind: 'staffKey', device, heartbeat: STAFF_KEY_HEARTBEAT, ...transport }));
  }

  onTurn(listener: (on: boolean) => void): () => void {
    return this.turns.add(listener);
  }

  async close(): Promise<void> {
    this.turns.clear();
    await this.port.close();
  }
}
