/**
 * The dashboard page's connection: replies reach the request that asked, pushes reach the page only
 * when well formed, and a request in flight when the host goes away is answered `lost`, not replayed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectDashboard } from '../../renderer/dashboard/dashboard-connection.js';

class FakeWebSocket extends EventTarget {
  static readonly OPEN = 1;
  static made: FakeWebSocket[] = [];
  readyState = 0;
  readonly sent: string[] = [];

  constructor(readonly url: string) {
    super();
    FakeWebSocket.made.push(this);
  }

  open(): void {
    this.readyState = FakeWebSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  receive(message: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: typeof message === 'string' ? message : JSON.stringify(message) }));
  }

  drop(): void {
    this.readyState = 3;
    this.dispatchEvent(new Event('close'));
  }

  send(text: string): void {
    this.sent.push(text);
  }

  close(): void {
    this.readyState = 3;
  }
}

const events = { hello: vi.fn(), lost: vi.fn(), report: vi.fn(), signedOut: vi.fn() };
let socket: FakeWebSocket;
let connection: ReturnType<typeof connectDashboard>;

beforeEach(() => {
  FakeWebSocket.made = [];
  vi.stubGlobal('WebSocket', FakeWebSocket);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const event of Object.values(events)) event.mockReset();
  connection = connectDashboard(events, 'ws://127.0.0.1:8787/satisfaction');
  socket = FakeWebSocket.made[0]!;
  socket.open();
});
afterEach(() => {
  connection.close();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the dashboard connection', () => {
  it('numbers requests and hands each reply to the request that asked', async () => {
    const first = connection.request({ type: 'exportToken' });
    const second = connection.request({ type: 'signOut' });
    expect(socket.sent.map((text) => JSON.parse(text) as unknown)).toEqual([
      { type: 'exportToken', id: 1 },
      { type: 'signOut', id: 2 },
    ]);
    socket.receive({ type: 'reply', id: 2, result: { ok: true } });
    socket.receive({ type: 'reply', id: 1, result: { ok: true, exportToken: { token: 't', expiresAt: 5 } } });
    expect(await first).toEqual({ ok: true, exportToken: { token: 't', expiresAt: 5 } });
    expect(await second).toEqual({ ok: true });
  });

  it('passes on well-formed pushes and ignores malformed ones', () => {
    socket.receive({ type: 'hello', signIn: 'counterPin', today: '2026-11-23' });
    socket.receive({ type: 'hello', signIn: 'counterPin' });
    socket.receive({ type: 'report', report: { range: {} }, today: '2026-11-23' });
    socket.receive({ type: 'report', report: 'figures', today: '2026-11-23' });
    socket.receive('not json');
    socket.receive({ type: 'signedOut', message: { vi: 'a', en: 'b' } });
    expect(events.hello).toHaveBeenCalledTimes(1);
    expect(events.report).toHaveBeenCalledWith({ range: {} }, '2026-11-23');
    expect(events.report).toHaveBeenCalledTimes(1);
    expect(events.signedOut).toHaveBeenCalledTimes(1);
  });

  it('answers a request in flight `lost` when the host goes away, and a request while down at once', async () => {
    const pending = connection.request({ type: 'watch', range: { from: '2026-11-23', to: '2026-11-23' } });
    socket.drop();
    expect(await pending).toEqual({ ok: false, reason: 'lost' });
    expect(events.lost).toHaveBeenCalledTimes(1);
    expect(await connection.request({ type: 'exportToken' })).toEqual({ ok: false, reason: 'lost' });
  });
});
