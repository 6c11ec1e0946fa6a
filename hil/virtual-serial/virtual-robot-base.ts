import { eventLine, parseHostLine, refusal, replyLine } from '../../devices/robot-base/robot-base-protocol.js';
import { SimulatedRobot, type SimulatedRobotOptions } from '../../devices/robot-base/simulated-robot.js';
import { VirtualLineDevice } from './virtual-line-device.js';

/**
 * A robot base on the far end of a PTY: numbered commands answered `#n OK` / `#n ERR CODE`,
 * events as lines, `PING` → `PONG`. Behind the protocol is the same SimulatedRobot the mock uses:
 * script it through `robot` (injectObstacle, clearObstacle, fault, repair, setBattery).
 */
export class VirtualRobotBase extends VirtualLineDevice {
  readonly robot: SimulatedRobot;

  constructor(path: string, options: SimulatedRobotOptions = {}) {
    super({ path, heartbeat: 'PING', pong: 'PONG', baudRate: 115200 });
    this.robot = new SimulatedRobot(options);
    this.robot.onEvent((event) => this.send(eventLine(event)));
  }

  static async open(path: string, options: SimulatedRobotOptions = {}): Promise<VirtualRobotBase> {
    const device = new VirtualRobotBase(path, options);
    await device.connect();
    return device;
  }

  override async close(): Promise<void> {
    this.robot.close();
    await super.close();
  }

  protected override answer(line: string): void {
    const message = parseHostLine(line);
    if (message?.kind === 'command') this.send(replyLine(message.seq, this.robot.handle(message.command)));
    else if (message?.kind === 'bad') this.send(replyLine(message.seq, refusal('badCommand')));
  }
}
