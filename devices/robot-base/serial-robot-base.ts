/** The robot base on a serial line; protocol in devices/README.md. */
import type { DeviceHealthTracker } from '../device-health.js';
import { LinePort, LinePortError, type SerialTransport } from '../serial/line-port.js';
import { ListenerSet } from '../serial/listener-set.js';
import { onParsedLine } from '../serial/parsed-lines.js';
import type { SerialDeviceOptions } from '../serial/port-target.js';
import { ROBOT_TIMEOUTS, RobotBaseDriver, type RobotLink, type RobotTimeouts } from './robot-base-driver.js';
import { RobotBaseError, type RobotBaseEvent } from './robot-base.js';
import { MAX_SEQ, ROBOT_HEARTBEAT, commandLine, parseBaseLine, type RobotCommand, type RobotReply } from './robot-base-protocol.js';

/** Numbered commands over a line port; a reply is matched to its command by the number. */
export class SerialRobotLink implements RobotLink {
  private readonly events = new ListenerSet<RobotBaseEvent>();
  private seq = 0;

  constructor(
    private readonly port: LinePort,
    private readonly replyTimeoutMs = ROBOT_TIMEOUTS.replyTimeoutMs,
  ) {
    // Replies reach their request; a reply arriving after its request gave up is dropped here.
    onParsedLine(port, parseBaseLine, (line) => {
      if (line.kind === 'event') this.events.emit(line.event);
    });
  }

  get tracker(): DeviceHealthTracker {
    return this.port.tracker;
  }

  async command(command: RobotCommand, signal?: AbortSignal): Promise<RobotReply> {
    this.seq = (this.seq % MAX_SEQ) + 1;
    const seq = this.seq;
    const readReply = (line: string) => {
      const parsed = parseBaseLine(line);
      return parsed?.kind === 'reply' && parsed.seq === seq ? parsed.reply : null;
    };
    try {
      return await this.port.request(commandLine(seq, command), readReply, this.replyTimeoutMs, signal);
    } catch (error) {
      if (error instanceof LinePortError) throw new RobotBaseError(error.code === 'timeout' ? 'timeout' : 'offline', error.message);
      throw error;
    }
  }

  onEvent(listener: (event: RobotBaseEvent) => void): () => void {
    return this.events.add(listener);
  }

  close(): Promise<void> {
    this.events.clear();
    return this.port.close();
  }
}

export class SerialRobotBase extends RobotBaseDriver {
  static open(device: SerialDeviceOptions, timeouts: RobotTimeouts = {}, transport: SerialTransport = {}): SerialRobotBase {
    const port = new LinePort({ kind: 'robotBase', device, heartbeat: ROBOT_HEARTBEAT, ...transport });
    return new SerialRobotBase(new SerialRobotLink(port, timeouts.replyTimeoutMs), timeouts);
  }
}
