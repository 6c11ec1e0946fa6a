import type { DeviceHealth, DeviceHealthTracker, MonitoredDevice } from '../device-health.js';

/** MonitoredDevice for an adapter or mock whose health lives in a tracker (its own, or its port's). */
export abstract class DeviceWithHealth implements MonitoredDevice {
  constructor(protected readonly tracker: DeviceHealthTracker) {}

  health(): DeviceHealth {
    return this.tracker.health();
  }

  onHealthChange(listener: (health: DeviceHealth) => void): () => void {
    return this.tracker.onHealthChange(listener);
  }
}
