/** The satisfaction keypad on a serial line; protocol in devices/README.md. */
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { LINE_DEFAULTS } from '../serial/line-defaults.js';
import { LinePort, type SerialTransport } from '../serial/line-port.js';
import { ListenerSet } from '../serial/listener-set.js';
import { onParsedLine } from '../serial/parsed-lines.js';
import type { SerialDeviceOptions } from '../serial/port-target.js';
import type { Keypad, KeypadButton } from './keypad.js';
import { KEYPAD_HEARTBEAT, ledAck, ledCommand, parseKeypadLine } from './keypad-protocol.js';

export class SerialKeypad extends DeviceWithHealth implements Keypad {
  private readonly presses = new ListenerSet<KeypadButton>();

  constructor(private readonly port: LinePort) {
    super(port.tracker);
    onParsedLine(port, parseKeypadLine, (message) => {
      if (message.type === 'press') this.presses.emit(message.button);
    });
  }

  static open(device: SerialDeviceOptions, transport: SerialTransport = {}): SerialKeypad {
    return new SerialKeypad(new LinePort({ kind: 'keypad', device, heartbeat: KEYPAD_HEARTBEAT, ...transport }));
  }

  onPress(listener: (button: KeypadButton) => void): () => void {
    return this.presses.add(listener);
  }

  async light(button: KeypadButton | null, signal?: AbortSignal): Promise<void> {
    const ack = ledAck(button);
    await this.port.request(ledCommand(button), (line) => (line.trim() === ack ? line : null), LINE_DEFAULTS.replyMs, signal);
  }

  async close(): Promise<void> {
    this.presses.clear();
    await this.port.close();
  }
}
