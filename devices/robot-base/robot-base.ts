/**
 * The mobile base of the service robot: it drives to a counter (guiding a citizen), back to its
 * post (where citizens find it) or its dock, and hands out water or sweets. Commands resolve when
 * the job is done, not when accepted.
 */
import type { MonitoredDevice } from '../device-health.js';

export type DispenseItem = 'water' | 'sweets';

/** The refusals and faults the base itself reports (ERR and FAULT lines). */
export type BaseErrorCode = 'busy' | 'unknownCounter' | 'empty' | 'lowBattery' | 'motorFault' | 'badCommand';

/**
 * Why a command failed: the base's own code; `failed` for a code this kiosk does not know;
 * `stopped` when stop() ended it; `timeout` when the reply or the arrival did not come in time;
 * `offline` when the base is unplugged or silent.
 */
export type RobotBaseErrorCode = BaseErrorCode | 'failed' | 'stopped' | 'timeout' | 'offline';

/** What a FAULT line can say: one of the base's codes, or `failed` for one this kiosk does not know. */
export type FaultCode = BaseErrorCode | 'failed';

export type RobotBaseEvent =
  | { type: 'arrived'; counter: number }
  | { type: 'docked' }
  /** Back at its post, where it waits for citizens. */
  | { type: 'home' }
  | { type: 'dispensed'; item: DispenseItem }
  /** Something blocks the way: the base waits (the trip's timeout keeps running) until `clear`. */
  | { type: 'obstacle' }
  | { type: 'clear' }
  | { type: 'fault'; code: FaultCode }
  | { type: 'battery'; percent: number };

export interface RobotBase extends MonitoredDevice {
  /** Drive to a counter; resolves on arrival. Aborting stops the base. */
  goTo(counter: number, signal?: AbortSignal): Promise<void>;
  /** Drive back to its post; resolves once there. */
  home(signal?: AbortSignal): Promise<void>;
  /** Drive back to the charging dock; resolves once docked. */
  dock(signal?: AbortSignal): Promise<void>;
  /** Hand out one item; resolves once it is out. */
  dispense(item: DispenseItem, signal?: AbortSignal): Promise<void>;
  /** Stop moving and dispensing; a trip in progress fails with `stopped`. */
  stop(): Promise<void>;
  /** Battery charge, 0-100 %. */
  battery(signal?: AbortSignal): Promise<number>;
  onEvent(listener: (event: RobotBaseEvent) => void): () => void;
  close(): Promise<void>;
}

export class RobotBaseError extends Error {
  constructor(
    readonly code: RobotBaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RobotBaseError';
  }
}

/** Below this charge the kiosk shows the base as degraded, so staff dock it before it stops. */
export const LOW_BATTERY_WARNING_PERCENT = 20;
