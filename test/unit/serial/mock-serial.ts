/**
 * serialport's SerialPortMock behind the line port's transport hooks, with the device's side of
 * the cable: what the host wrote, bytes the device sends, and pulling the plug.
 */
import { SerialPortMock } from 'serialport';
import { vi } from 'vitest';
import type { PortOpener } from '../../../devices/serial/line-port.js';
import type { PortLister } from '../../../devices/serial/port-target.js';

// The binding SerialPortMock itself uses (importing @serialport/binding-mock could load a second
// copy of it: ESM beside serialport's CommonJS).
export const MockBinding = SerialPortMock.binding;

export class MockSerial {
  /** Every port the line port opened, oldest first. */
  readonly opened: SerialPortMock[] = [];
  /** When each open was attempted (fake clock), to check the back-off. */
  readonly attempts: number[] = [];

  readonly openPort: PortOpener = ({ path, baudRate }) => {
    this.attempts.push(Date.now());
    const port = new SerialPortMock({ path, baudRate, autoOpen: false });
    this.opened.push(port);
    return port;
  };

  readonly listPorts: PortLister = () => SerialPortMock.list();

  get current(): SerialPortMock {
    const port = this.opened.at(-1);
    if (!port) throw new Error('no port opened yet');
    return port;
  }

  /** The device sends bytes (one chunk, however it splits lines). */
  deviceSends(data: string | Buffer): void {
    const binding = this.current.port;
    if (!binding) throw new Error('port not open');
    binding.emitData(data);
  }

  /** Lines the host has written to the current port. */
  written(): string[] {
    const text: string = this.current.port?.recording.toString('utf8') ?? '';
    return text.split('\n').filter((line) => line !== '');
  }

  /** A read error as the real binding reports an unplugged adapter (closes with DisconnectedError). */
  unplug(): void {
    this.current._disconnected(new Error('EIO: i/o error'));
  }
}

/** Fake the clock but not setImmediate/nextTick, which the mock binding and streams run on. */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/** Let the mock binding's ticks and the streams run. */
export async function flush(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Move the fake clock and let I/O run after it. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await flush();
}
