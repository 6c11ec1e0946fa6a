/** A presence sensor (radar or PIR board) on a serial line; protocol in devices/README.md. */
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { LinePort, type SerialTransport } from '../serial/line-port.js';
import { ListenerSet } from '../serial/listener-set.js';
import { onParsedLine } from '../serial/parsed-lines.js';
import type { SerialDeviceOptions } from '../serial/port-target.js';
import { PRESENCE_HEARTBEAT, parsePresenceLine } from './presence-protocol.js';
import type { PresenceEvent, PresenceSensor } from './presence-sensor.js';

export class SerialPresenceSensor extends DeviceWithHealth implements PresenceSensor {
  private readonly events = new ListenerSet<PresenceEvent>();

  constructor(private readonly port: LinePort) {
    super(port.tracker);
    onParsedLine(port, parsePresenceLine, (message) => {
      if (message.type !== 'pong') this.events.emit(message);
    });
  }

  static open(device: SerialDeviceOptions, transport: SerialTransport = {}): SerialPresenceSensor {
    return new SerialPresenceSensor(new LinePort({ kind: 'presence', device, heartbeat: PRESENCE_HEARTBEAT, ...transport }));
  }

  onPresence(listener: (event: PresenceEvent) => void): () => void {
    return this.events.add(listener);
  }

  async close(): Promise<void> {
    this.events.clear();
    await this.port.close();
  }
}
