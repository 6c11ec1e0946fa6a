import type { DeviceHealth } from '../device-health.js';
import { LOW_BATTERY_WARNING_PERCENT, type RobotBaseEvent } from './robot-base.js';

type HealthChange = Pick<DeviceHealth, 'state' | 'reason'>;

const READY: HealthChange = { state: 'ready', reason: null };

/**
 * How an event from a connected base changes its health: a fault until it completes a job
 * again, degraded while blocked or low on battery. Null when nothing changes; connecting and
 * offline belong to the link, never overridden here. Pure.
 */
export function healthAfter(health: DeviceHealth, event: RobotBaseEvent): HealthChange | null {
  if (health.state === 'offline' || health.state === 'connecting') return null;
  switch (event.type) {
    case 'fault':
      return { state: 'fault', reason: event.code };
    case 'arrived':
    case 'home':
    case 'docked':
    case 'dispensed':
      return health.state === 'fault' ? READY : null;
    case 'obstacle':
      return health.state === 'ready' ? { state: 'degraded', reason: 'obstacle' } : null;
    case 'clear':
      return health.reason === 'obstacle' ? READY : null;
    case 'battery':
      if (event.percent < LOW_BATTERY_WARNING_PERCENT) return health.state === 'ready' ? { state: 'degraded', reason: 'lowBattery' } : null;
      return health.reason === 'lowBattery' ? READY : null;
  }
}
