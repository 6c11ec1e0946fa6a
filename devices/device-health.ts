/**
 * How every device reports on itself, for the staff's device screen, the CLI and the kiosk's own
 * decisions (e.g. reprint when the printer is back). Each adapter keeps one DeviceHealthTracker.
 */
import type { DeviceHealth } from '../bridge/contract.js';

export type { DeviceHealth, DeviceKind, DeviceState } from '../bridge/contract.js';

export interface MonitoredDevice {
  health(): DeviceHealth;
  /** Called on every change of state or reason (not on every heartbeat). */
  onHealthChange(listener: (health: DeviceHealth) => void): () => void;
}

type HealthUpdate = Partial<Pick<DeviceHealth, 'state' | 'reason' | 'lastError' | 'path'>>;

/** The one implementation of MonitoredDevice an adapter embeds. */
export class DeviceHealthTracker implements MonitoredDevice {
  private current: DeviceHealth;
  private readonly listeners = new Set<(health: DeviceHealth) => void>();

  constructor(initial: Pick<DeviceHealth, 'kind' | 'adapter' | 'path'> & HealthUpdate) {
    this.current = { state: 'connecting', reason: null, lastError: null, lastSeen: null, ...initial };
  }

  health(): DeviceHealth {
    return { ...this.current };
  }

  onHealthChange(listener: (health: DeviceHealth) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The device answered: only `lastSeen` moves, listeners are not woken. */
  seen(at: Date = new Date()): void {
    this.current = { ...this.current, lastSeen: at.toISOString() };
  }

  update(change: HealthUpdate): void {
    const before = this.current;
    this.current = { ...before, ...change };
    if (before.state === this.current.state && before.reason === this.current.reason && before.path === this.current.path) return;
    const snapshot = this.health();
    for (const listener of this.listeners) listener(snapshot);
  }
}
