import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Link, type LinkEvents, ReconnectingTransport } from '../../../devices/printer/transports/reconnecting-transport.js';
import { TcpTransport } from '../../../devices/printer/transports/tcp-transport.js';

/** A transport whose links open or fail as the test says, and that it can break. */
class ScriptedTransport extends ReconnectingTransport {
  readonly kind = 'tcp';
  readonly address = 'tcp://scripted:9100';
  outcomes: Array<'open' | 'fail'> = [];
  attempts: number[] = [];
  events: LinkEvents | null = null;
  closedLinks = 0;

  protected async openLink(events: LinkEvents): Promise<Link> {
    this.attempts.push(Date.now());
    if ((this.outcomes.shift() ?? 'open') === 'fail') throw new Error('refused');
    this.events = events;
    return { write: async () => undefined, close: async () => void (this.closedLinks += 1) };
  }
}

describe('ReconnectingTransport', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries after 0.5 s, 1 s, 2 s... up to 30 s, and starts over once a link opens', async () => {
    vi.useFakeTimers({ now: 0 });
    const transport = new ScriptedTransport();
    const failures: string[] = [];
    transport.onError((error) => failures.push(error.message));
    transport.outcomes = Array.from({ length: 9 }, () => 'fail' as const);
    await expect(transport.connect()).rejects.toThrow('refused');
    await vi.advanceTimersByTimeAsync(200_000);
    const gaps = transport.attempts.slice(1).map((at, index) => at - (transport.attempts[index] ?? 0));
    expect(gaps).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(transport.isOpen).toBe(true);
    expect(failures).toHaveLength(9);

    // Open now: a drop retries after 0.5 s again.
    const attempts = transport.attempts.length;
    transport.events?.lost(new Error('reset'));
    expect(transport.isOpen).toBe(false);
    await vi.advanceTimersByTimeAsync(499);
    expect(transport.attempts.length).toBe(attempts);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport.attempts.length).toBe(attempts + 1);
    await transport.close();
  });

  it('tells open, data and close; a lost link is closed and reopened', async () => {
    vi.useFakeTimers();
    const transport = new ScriptedTransport();
    const heard: string[] = [];
    transport.onOpen(() => heard.push('open'));
    transport.onData((bytes) => heard.push(`data ${bytes.toString()}`));
    transport.onClose((error) => heard.push(`close ${error?.message ?? 'on purpose'}`));
    await transport.connect();
    transport.events?.data(Buffer.from('x'));
    transport.events?.lost(new Error('reset'));
    transport.events?.lost(new Error('reset again'));
    await vi.advanceTimersByTimeAsync(500);
    transport.reconnect();
    await vi.advanceTimersByTimeAsync(500);
    expect(heard).toEqual(['open', 'data x', 'close reset', 'open', 'close on purpose', 'open']);
    expect(transport.closedLinks).toBe(2);
    await transport.close();
  });

  it('close stops the retries, closes the link, and makes connect and write fail', async () => {
    vi.useFakeTimers();
    const transport = new ScriptedTransport();
    transport.outcomes = ['fail'];
    await expect(transport.connect()).rejects.toThrow();
    await transport.close();
    await transport.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.attempts).toHaveLength(1);
    await expect(transport.connect()).rejects.toThrow(/closed/);
    await expect(transport.write(Uint8Array.of(1))).rejects.toThrow(/not connected/);
  });
});

describe('TcpTransport', () => {
  let server: Server | null = null;
  afterEach(async () => {
    const open = server;
    server = null;
    if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
  });

  it('carries bytes both ways on one socket, and reports the peer closing it', async () => {
    const received: Buffer[] = [];
    server = createServer((socket) => {
      socket.on('data', (bytes) => {
        received.push(bytes);
        socket.end(Buffer.from([0x12]));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const transport = new TcpTransport({ host: '127.0.0.1', port: address.port });
    const reply = new Promise<Buffer>((resolve) => transport.onData(resolve));
    const closed = new Promise<Error | null>((resolve) => transport.onClose(resolve));
    await transport.connect();
    expect(transport.address).toBe(`tcp://127.0.0.1:${address.port}`);
    await transport.write(Uint8Array.of(0x10, 0x04, 1));
    expect(await reply).toEqual(Buffer.from([0x12]));
    expect(await closed).toBeNull();
    expect(Buffer.concat(received)).toEqual(Buffer.from([0x10, 0x04, 1]));
    await transport.close();
  });

  it('a refused connection rejects connect and is reported through onError', async () => {
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = null;
    const transport = new TcpTransport({ host: '127.0.0.1', port: address.port });
    const failed = new Promise<Error>((resolve) => transport.onError(resolve));
    await expect(transport.connect()).rejects.toThrow(/ECONNREFUSED/);
    expect((await failed).message).toMatch(/ECONNREFUSED/);
    await transport.close();
  });
});
