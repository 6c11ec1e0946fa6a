import { DeviceHealthTracker } from '../device-health.js';
import { RobotBaseDriver, type RobotLink, type RobotTimeouts } from './robot-base-driver.js';
import type { RobotBaseEvent } from './robot-base.js';
import type { RobotCommand, RobotReply } from './robot-base-protocol.js';
import { SimulatedRobot, type SimulatedRobotOptions } from './simulated-robot.js';

/** The simulated robot as a link: commands answered in-process, always "connected". */
class SimulatedRobotLink implements RobotLink {
  readonly tracker = new DeviceHealthTracker({ kind: 'robotBase', adapter: 'mock', path: null, state: 'ready' });

  constructor(private readonly robot: SimulatedRobot) {}

  async command(command: RobotCommand, signal?: AbortSignal): Promise<RobotReply> {
    signal?.throwIfAborted();
    return this.robot.handle(command);
  }

  onEvent(listener: (event: RobotBaseEvent) => void): () => void {
    return this.robot.onEvent(listener);
  }

  async close(): Promise<void> {
    this.robot.close();
  }
}

/**
 * An in-process robot base. Its `robot` is scriptable: trips take `travelMs`;
 * `robot.injectObstacle()`, `robot.fault('motorFault')`, `robot.setBattery(5)` and empty stock
 * behave as the real base would (the same simulation backs the virtual serial base).
 */
export class MockRobotBase extends RobotBaseDriver {
  readonly robot: SimulatedRobot;

  constructor(options: SimulatedRobotOptions & RobotTimeouts = {}) {
    const robot = new SimulatedRobot(options);
    super(new SimulatedRobotLink(robot), options);
    this.robot = robot;
  }
}
