import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceState } from '../../../devices/device-health.js';
import { LinePort, LinePortError, type LinePortOptions } from '../../../devices/serial/line-port.js';
import { advance, flush, MockBinding, MockSerial, useFakeClock } from './mock-serial.js';

const PATH = '/dev/ttyTEST';

describe('line port on SerialPortMock', () => {
  let serial: MockSerial;
  let port: LinePort | null;
  let states: DeviceState[];

  function openLinePort(options: Partial<LinePortOptions> = {}): LinePort {
    port = new LinePort({
      kind: 'presence',
      device: { path: PATH, baudRate: 9600 },
      heartbeat: 'PING',
      openPort: serial.openPort,
      listPorts: serial.listPorts,
      ...options,
    });
    port.tracker.onHealthChange((health) => states.push(health.state));
    return port;
  }

  /** Open, and answer the first heartbeat so the port is ready. */
  async function readyPort(options: Partial<LinePortOptions> = {}): Promise<LinePort> {
    const opened = openLinePort(options);
    await flush();
    serial.deviceSends('PONG\n');
    await flush();
    return opened;
  }

  beforeEach(() => {
    useFakeClock();
    MockBinding.createPort(PATH, { record: true });
    serial = new MockSerial();
    port = null;
    states = [];
  });
  afterEach(async () => {
    await port?.close();
    MockBinding.reset();
    vi.useRealTimers();
  });

  it('opens, asks at once, and is ready when the device first answers', async () => {
    const opened = openLinePort();
    expect(opened.tracker.health()).toMatchObject({ kind: 'presence', adapter: 'serial', state: 'connecting', path: PATH });
    await flush();
    expect(serial.written()).toEqual(['PING']);
    expect(opened.tracker.health().state).toBe('connecting');
    serial.deviceSends('PONG\r\n');
    await flush();
    expect(opened.tracker.health()).toMatchObject({ state: 'ready', reason: null });
    expect(opened.tracker.health().lastSeen).not.toBeNull();
  });

  it('joins lines split across chunks and splits chunks holding several lines, \\r tolerated', async () => {
    const opened = await readyPort();
    const lines: string[] = [];
    opened.onLine((line) => lines.push(line));
    serial.deviceSends('APPR');
    await flush();
    expect(lines).toEqual([]);
    serial.deviceSends('OACH L\r\nLEA');
    await flush();
    serial.deviceSends('VE\nKEY 3\n');
    await flush();
    expect(lines).toEqual(['APPROACH L', 'LEAVE', 'KEY 3']);
  });

  it('drops an overlong line whole, with a note, and reads the next line normally', async () => {
    const opened = await readyPort({ maxLineBytes: 16 });
    const lines: string[] = [];
    opened.onLine((line) => lines.push(line));
    serial.deviceSends('X'.repeat(10));
    await flush();
    serial.deviceSends('Y'.repeat(4000)); // never a newline for a while: the buffer stays bounded
    await flush();
    serial.deviceSends('Z\nLEAVE\n');
    await flush();
    serial.deviceSends(`${'W'.repeat(17)}\nSHORT\n`);
    await flush();
    expect(lines).toEqual(['LEAVE', 'SHORT']);
    expect(opened.tracker.health().lastError).toBe('dropped a line longer than 16 bytes');
  });

  it('answers a request with the matching line, which listeners do not see', async () => {
    const opened = await readyPort();
    const lines: string[] = [];
    opened.onLine((line) => lines.push(line));
    const reply = opened.request('LED 2', (line) => (line.startsWith('OK') ? line : null), 1000);
    await flush();
    expect(serial.written().at(-1)).toBe('LED 2');
    serial.deviceSends('KEY 1\nOK 2\n');
    expect(await reply).toBe('OK 2');
    expect(lines).toEqual(['KEY 1']);
  });

  it('fails a request that gets no reply in time, and one that is aborted', async () => {
    const opened = await readyPort();
    const unanswered = opened.request('LED 2', (line) => (line === 'OK 2' ? line : null), 1000);
    const check = expect(unanswered).rejects.toMatchObject({ name: 'LinePortError', code: 'timeout' });
    await advance(1000);
    await check;

    const controller = new AbortController();
    const aborted = opened.request('LED 3', (line) => (line === 'OK 3' ? line : null), 1000, controller.signal);
    controller.abort(new Error('session ended'));
    await expect(aborted).rejects.toThrow('session ended');
  });

  it('retries a missing port after 0.5, 1, 2, 4... s, capped at 30 s', async () => {
    MockBinding.reset(); // nothing plugged in
    const opened = openLinePort();
    await flush();
    expect(opened.tracker.health()).toMatchObject({ state: 'offline', reason: 'openFailed' });
    await advance(5 * 60_000);
    const gaps = serial.attempts.slice(1).map((at, index) => at - (serial.attempts[index] ?? 0));
    expect(gaps.slice(0, 9)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('starts the back-off over after a successful open', async () => {
    MockBinding.reset();
    openLinePort();
    await advance(500 + 1000 + 2000); // three failed retries: the next wait would be 4 s
    MockBinding.createPort(PATH, { record: true });
    await advance(4000);
    expect(serial.current.isOpen).toBe(true);
    const opens = serial.attempts.length;
    serial.unplug();
    await flush();
    await advance(499);
    expect(serial.attempts.length).toBe(opens);
    await advance(1);
    expect(serial.attempts.length).toBe(opens + 1);
  });

  it('finds a USB device by vendor and product id, whatever the case', async () => {
    MockBinding.createPort('/dev/ttyUSB3', { vendorId: '1A86', productId: '7523', record: true });
    const opened = openLinePort({ device: { vendorId: '1a86', productId: '7523', baudRate: 9600 } });
    expect(opened.tracker.health().path).toBe('usb:1a86:7523');
    await flush();
    expect(serial.current.path).toBe('/dev/ttyUSB3');
    expect(opened.tracker.health()).toMatchObject({ state: 'connecting', path: '/dev/ttyUSB3' });
  });

  it('keeps looking for a USB id that is not plugged in, and opens it once it appears', async () => {
    const opened = openLinePort({ device: { vendorId: '0403', productId: '6001', baudRate: 9600 } });
    await flush();
    expect(opened.tracker.health()).toMatchObject({ state: 'offline', reason: 'notFound' });
    expect(serial.opened).toEqual([]);
    MockBinding.createPort('/dev/ttyUSB0', { vendorId: '0403', productId: '6001', record: true });
    await advance(500);
    expect(serial.current.path).toBe('/dev/ttyUSB0');
    expect(serial.current.isOpen).toBe(true);
  });

  it('rejects a device with neither a path nor a USB id', () => {
    expect(() => openLinePort({ device: { vendorId: '0403', baudRate: 9600 } })).toThrow(TypeError);
  });

  it('pings a silent device every 3 s and counts it offline after two missed answers', async () => {
    const opened = await readyPort();
    await advance(2999);
    expect(serial.written()).toEqual(['PING']);
    await advance(1);
    expect(serial.written()).toEqual(['PING', 'PING']);
    serial.deviceSends('KEY 1\n'); // any line is an answer
    await flush();
    await advance(3000);
    await advance(3000);
    expect(serial.written()).toHaveLength(4);
    expect(opened.tracker.health().state).toBe('ready');
    await advance(3000);
    expect(opened.tracker.health()).toMatchObject({ state: 'offline', reason: 'noReply' });
  });

  it('goes offline on unplug, fails waiting requests, reconnects and is ready again', async () => {
    const opened = await readyPort();
    const pending = opened.request('BATTERY?', () => null, 5000);
    serial.unplug();
    await expect(pending).rejects.toMatchObject({ code: 'offline' });
    expect(opened.tracker.health()).toMatchObject({ state: 'offline', reason: 'disconnected' });
    expect(() => opened.send('PING')).toThrow(LinePortError);
    await advance(500);
    expect(serial.opened).toHaveLength(2);
    serial.deviceSends('PONG\n');
    await flush();
    expect(states).toEqual(['ready', 'offline', 'connecting', 'ready']);
  });

  it('takes a port that reports its end twice as one loss, with one reconnect', async () => {
    await readyPort();
    const first = serial.current;
    first.emit('close');
    first.emit('close');
    await advance(500);
    expect(serial.opened).toHaveLength(2);
    expect(states).toEqual(['ready', 'offline', 'connecting']);
    expect(first.isOpen).toBe(false);
    expect(serial.current.isOpen).toBe(true);
  });

  it('closes once however often it is asked, closes the port, and never reconnects after', async () => {
    const opened = await readyPort();
    const port = serial.current;
    await Promise.all([opened.close(), opened.close()]);
    await opened.close();
    expect(port.isOpen).toBe(false);
    expect(opened.tracker.health()).toMatchObject({ state: 'offline', reason: 'closed' });
    expect(vi.getTimerCount()).toBe(0);
    await advance(60_000);
    expect(serial.opened).toHaveLength(1);
    await expect(opened.request('PING', (line) => line, 100)).rejects.toMatchObject({ code: 'offline' });
  });

  it('closing while the port is still opening leaves no port open', async () => {
    let closed: Promise<void> = Promise.resolve();
    const opened = openLinePort({
      openPort: (options) => {
        const connection = serial.openPort(options);
        closed = opened.close(); // before the open has completed
        return connection;
      },
    });
    await flush();
    await closed;
    expect(serial.opened).toHaveLength(1);
    expect(serial.current.isOpen).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
