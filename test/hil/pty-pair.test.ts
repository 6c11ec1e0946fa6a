import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { PtyPair } from '../../hil/pty-pair.js';

async function openPort(path: string): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  return port;
}

function closePort(port: SerialPort): Promise<void> {
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => port.close(() => resolve()));
}

/** Collect what arrives on `port` until it holds `expected`. */
function receive(port: SerialPort, expected: string): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes(expected)) {
        port.off('data', onData);
        resolve(text);
      }
    };
    port.on('data', onData);
  });
}

describe('PtyPair (socat)', () => {
  let pair: PtyPair | null = null;
  const ports: SerialPort[] = [];
  afterEach(async () => {
    await Promise.all(ports.splice(0).map(closePort));
    await pair?.close();
    pair = null;
  });

  it('carries bytes both ways between its two ends', async () => {
    pair = await PtyPair.open();
    const adapter = await openPort(pair.adapterPath);
    const device = await openPort(pair.devicePath);
    ports.push(adapter, device);

    const toDevice = receive(device, 'hello\x00\xff');
    adapter.write(Buffer.from('hello\x00\xff', 'latin1'));
    expect(await toDevice).toBe('hello\x00\xff');

    const toAdapter = receive(adapter, 'ok');
    device.write('ok');
    expect(await toAdapter).toBe('ok');
  });

  it('unplug removes both ends; replug brings them back on the same paths, working', async () => {
    pair = await PtyPair.open();
    const { adapterPath, devicePath } = pair;
    await pair.unplug();
    expect(pair.plugged).toBe(false);
    expect(existsSync(adapterPath)).toBe(false);
    expect(existsSync(devicePath)).toBe(false);
    await expect(openPort(adapterPath)).rejects.toThrow();

    await pair.replug();
    expect(pair.plugged).toBe(true);
    expect(pair.adapterPath).toBe(adapterPath);
    const adapter = await openPort(adapterPath);
    const device = await openPort(devicePath);
    ports.push(adapter, device);
    const arrived = receive(device, 'again');
    adapter.write('again');
    expect(await arrived).toBe('again');
  });

  it('an open, reading port is told when the cable is pulled', async () => {
    pair = await PtyPair.open();
    const adapter = await openPort(pair.adapterPath);
    const device = await openPort(pair.devicePath);
    ports.push(adapter, device);
    // A byte through first, then a moment, so the adapter's next read is parked on the PTY and fails
    // when it goes. (serialport's binding takes the 0-byte reads of a read begun just after the
    // hang-up for "no data yet" and retries; only a write then reports the loss.)
    const arrived = receive(adapter, '?');
    device.write('?');
    await arrived;
    // 250 ms, not less: on a loaded CI machine the next read can start late, after the hang-up.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const gone = new Promise<string>((resolve) => {
      adapter.once('close', () => resolve('close'));
      adapter.once('error', () => resolve('error'));
    });
    await pair.unplug();
    expect(['close', 'error']).toContain(await gone);
  });

  it('close is idempotent and removes its temporary folder', async () => {
    const opened = await PtyPair.open();
    const folder = dirname(opened.adapterPath);
    await opened.close();
    await opened.close();
    expect(existsSync(folder)).toBe(false);
    await expect(opened.replug()).rejects.toThrow(/closed/);
  });

  it('says why when socat cannot be started', async () => {
    await expect(PtyPair.open({ socat: '/nonexistent/socat' })).rejects.toThrow(/could not start socat/);
  });
});
