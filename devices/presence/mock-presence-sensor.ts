import { DeviceHealthTracker } from '../device-health.js';
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { ListenerSet } from '../serial/listener-set.js';
import type { PresenceEvent, PresenceSensor, PresenceSide } from './presence-sensor.js';

/** A sensor driven by the test (or the engineer): `simulateApproach()` is a person walking up. */
export class MockPresenceSensor extends DeviceWithHealth implements PresenceSensor {
  private readonly events = new ListenerSet<PresenceEvent>();

  constructor() {
    super(new DeviceHealthTracker({ kind: 'presence', adapter: 'mock', path: null, state: 'ready' }));
  }

  onPresence(listener: (event: PresenceEvent) => void): () => void {
    return this.events.add(listener);
  }

  simulateApproach(side: PresenceSide | null = null): void {
    this.events.emit({ type: 'approach', side });
  }

  simulateLeave(): void {
    this.events.emit({ type: 'leave' });
  }

  async close(): Promise<void> {
    this.events.clear();
  }
}
