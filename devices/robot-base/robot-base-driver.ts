/**
 * Everything a RobotBase does above the wire, shared by the serial adapter and the mock: a job
 * (trip, going home or docking, dispensing) is a command the base accepts and an event that finishes it, with
 * a deadline; faults, stop() and disconnection fail the job; events move the health.
 */
import type { DeviceHealthTracker } from '../device-health.js';
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { LINE_DEFAULTS } from '../serial/line-defaults.js';
import { ListenerSet } from '../serial/listener-set.js';
import { Waiters } from '../serial/waiters.js';
import { RobotBaseError, type DispenseItem, type RobotBase, type RobotBaseEvent } from './robot-base.js';
import { MAX_COUNTER, type RobotCommand, type RobotReply } from './robot-base-protocol.js';
import { healthAfter } from './robot-health.js';

/** How commands reach a base and its events come back: a serial line, or a simulated robot. */
export interface RobotLink {
  readonly tracker: DeviceHealthTracker;
  /** Rejects with RobotBaseError('timeout' | 'offline') when the base does not answer. */
  command(command: RobotCommand, signal?: AbortSignal): Promise<RobotReply>;
  onEvent(listener: (event: RobotBaseEvent) => void): () => void;
  close(): Promise<void>;
}

export interface RobotTimeouts {
  /** How long a command waits for the base's OK/ERR. */
  replyTimeoutMs?: number;
  /** How long a trip (to a counter, its post or the dock) may take, obstacles included. */
  travelTimeoutMs?: number;
  dispenseTimeoutMs?: number;
}

export const ROBOT_TIMEOUTS: Required<RobotTimeouts> = { replyTimeoutMs: LINE_DEFAULTS.replyMs, travelTimeoutMs: 120_000, dispenseTimeoutMs: 15_000 };

export class RobotBaseDriver extends DeviceWithHealth implements RobotBase {
  private readonly events = new ListenerSet<RobotBaseEvent>();
  private readonly jobs = new Waiters<RobotBaseEvent>();
  private readonly timeouts: Required<RobotTimeouts>;

  constructor(
    private readonly link: RobotLink,
    timeouts: RobotTimeouts = {},
  ) {
    super(link.tracker);
    this.timeouts = { ...ROBOT_TIMEOUTS, ...timeouts };
    link.onEvent((event) => this.receive(event));
    link.tracker.onHealthChange((health) => {
      if (health.state === 'offline') this.jobs.rejectAll(new RobotBaseError('offline', `robot base offline (${health.reason})`));
    });
  }

  goTo(counter: number, signal?: AbortSignal): Promise<void> {
    if (!Number.isInteger(counter) || counter < 1 || counter > MAX_COUNTER) {
      return Promise.reject(new RobotBaseError('unknownCounter', `there is no counter ${counter}`));
    }
    const arrived = (event: RobotBaseEvent) => event.type === 'arrived' && event.counter === counter;
    return this.job({ type: 'goTo', counter }, arrived, this.timeouts.travelTimeoutMs, signal);
  }

  home(signal?: AbortSignal): Promise<void> {
    return this.job({ type: 'home' }, (event) => event.type === 'home', this.timeouts.travelTimeoutMs, signal);
  }

  dock(signal?: AbortSignal): Promise<void> {
    return this.job({ type: 'dock' }, (event) => event.type === 'docked', this.timeouts.travelTimeoutMs, signal);
  }

  dispense(item: DispenseItem, signal?: AbortSignal): Promise<void> {
    const dispensed = (event: RobotBaseEvent) => event.type === 'dispensed' && event.item === item;
    return this.job({ type: 'dispense', item }, dispensed, this.timeouts.dispenseTimeoutMs, signal);
  }

  async stop(): Promise<void> {
    await this.run({ type: 'stop' });
    this.jobs.rejectAll(new RobotBaseError('stopped', 'stopped by the kiosk'));
  }

  async battery(signal?: AbortSignal): Promise<number> {
    const percent = await this.run({ type: 'battery' }, signal);
    if (percent === null) throw new RobotBaseError('failed', 'the battery reply had no level');
    return percent;
  }

  onEvent(listener: (event: RobotBaseEvent) => void): () => void {
    return this.events.add(listener);
  }

  async close(): Promise<void> {
    this.jobs.rejectAll(new RobotBaseError('offline', 'robot base closed'));
    this.events.clear();
    await this.link.close();
  }

  private async job(command: RobotCommand, isDone: (event: RobotBaseEvent) => boolean, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    // Wait before sending: the finishing event can follow the reply in the same chunk.
    const refused = new AbortController();
    const timeout = () => new RobotBaseError('timeout', `${command.type} not done within ${timeoutMs} ms`);
    const finishes = (event: RobotBaseEvent) => (isDone(event) ? event : null);
    const done = this.jobs.wait(finishes, timeoutMs, timeout, signal ? AbortSignal.any([signal, refused.signal]) : refused.signal);
    // A fault can fail the job while the command is still awaiting its reply: handled below, not unhandled.
    done.catch(() => undefined);
    try {
      await this.run(command, signal);
    } catch (error) {
      refused.abort(error);
      await done.catch(() => undefined);
      throw error;
    }
    try {
      await done;
    } catch (error) {
      // Given up on (aborted, or too long): the base must not keep driving on its own.
      if (signal?.aborted || (error instanceof RobotBaseError && error.code === 'timeout')) this.link.command({ type: 'stop' }).catch(() => undefined);
      throw error;
    }
  }

  private async run(command: RobotCommand, signal?: AbortSignal): Promise<number | null> {
    const reply = await this.link.command(command, signal);
    if (!reply.ok) throw new RobotBaseError(reply.code, `robot base refused ${command.type}: ${reply.wireCode}`);
    return reply.value;
  }

  private receive(event: RobotBaseEvent): void {
    const change = healthAfter(this.tracker.health(), event);
    if (change) this.tracker.update(change);
    this.events.emit(event);
    if (event.type === 'fault') this.jobs.rejectAll(new RobotBaseError(event.code, `robot base fault: ${event.code}`));
    else this.jobs.offer(event);
  }
}
