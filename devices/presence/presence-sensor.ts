/** Tells the kiosk someone walked up (and from which side, when the sensor can tell) or walked away. */
import type { MonitoredDevice } from '../device-health.js';

export type PresenceSide = 'left' | 'centre' | 'right';

export type PresenceEvent = { type: 'approach'; side: PresenceSide | null } | { type: 'leave' };

export interface PresenceSensor extends MonitoredDevice {
  onPresence(listener: (event: PresenceEvent) => void): () => void;
  close(): Promise<void>;
}
