/** The pages' reconnecting socket: back-off doubling to a ceiling, reset when the host is really there, never after close. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReconnectingSocket } from '../../renderer/bridge/reconnecting-socket.js';

/** Just enough of a browser WebSocket: the test opens, closes and feeds it. */
class FakeWebSocket extends EventTarget {
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static made: FakeWebSocket[] = [];
  readyState = 0;
  closeCalls = 0;

  constructor(readonly url: string) {
    super();
    FakeWebSocket.made.push(this);
  }

  open(): void {
    this.readyState = FakeWebSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  receive(data: string): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  /** The host went away. */
  drop(): void {
    this.readyState = FakeWebSocket.CLOSED;
    this.dispatchEvent(new Event('close'));
  }

  close(): void {
    this.closeCalls += 1;
    this.readyState = FakeWebSocket.CLOSED;
  }
}

const OPTIONS = { url: 'ws://127.0.0.1:8787/board', minDelayMs: 500, maxDelayMs: 5_000 };

function latest(): FakeWebSocket {
  const socket = FakeWebSocket.made.at(-1);
  if (socket === undefined) throw new Error('no socket opened');
  return socket;
}

/** Drop the current socket and measure how long until the next one is made. */
function reconnectDelay(): number {
  const before = FakeWebSocket.made.length;
  latest().drop();
  let waited = 0;
  while (FakeWebSocket.made.length === before) {
    vi.advanceTimersByTime(100);
    waited += 100;
    if (waited > 60_000) throw new Error('never reconnected');
  }
  return waited;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.made = [];
  vi.stubGlobal('WebSocket', FakeWebSocket);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a page socket that comes back by itself', () => {
  it('waits twice as long after every failed attempt, up to the ceiling', () => {
    const events = { message: vi.fn(), down: vi.fn() };
    openReconnectingSocket(OPTIONS, events);
    const delays = Array.from({ length: 6 }, () => reconnectDelay());
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000]);
    expect(events.down).toHaveBeenCalledTimes(6);
  });

  it('starts the back-off afresh once the page says the host is really there', () => {
    const link = openReconnectingSocket(OPTIONS, { message: vi.fn(), down: vi.fn() });
    reconnectDelay();
    reconnectDelay();
    link.resetBackoff();
    expect(reconnectDelay()).toBe(500);
  });

  it('hands on messages and the open socket, and drops a silent link on request', () => {
    const events = { open: vi.fn(), message: vi.fn(), down: vi.fn() };
    const link = openReconnectingSocket(OPTIONS, events);
    expect(link.openSocket()).toBeNull();
    latest().open();
    latest().receive('{"type":"board"}');
    expect(events.open).toHaveBeenCalledWith(latest());
    expect(events.message).toHaveBeenCalledWith('{"type":"board"}');
    expect(link.openSocket()).toBe(latest());

    const silent = latest();
    link.drop();
    expect(silent.closeCalls).toBe(1);
    expect(events.down).toHaveBeenCalledTimes(1);
    expect(link.openSocket()).toBeNull();
    vi.advanceTimersByTime(500);
    expect(latest()).not.toBe(silent);
  });

  it('never reconnects after close, and tells no one the socket went down', () => {
    const events = { message: vi.fn(), down: vi.fn() };
    const link = openReconnectingSocket(OPTIONS, events);
    const socket = latest();
    link.close();
    socket.drop();
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(socket.closeCalls).toBe(1);
    expect(events.down).not.toHaveBeenCalled();
  });
});
