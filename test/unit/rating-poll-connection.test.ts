/** A rating page's connection over a stand-in WebSocket: replies by id, pushes, and requests lost with the socket. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectRating } from '../../renderer/rating/rating-connection.js';

class FakeWebSocket extends EventTarget {
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static made: FakeWebSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];

  constructor(readonly url: string) {
    super();
    FakeWebSocket.made.push(this);
  }

  open(): void {
    this.readyState = FakeWebSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  send(text: string): void {
    this.sent.push(JSON.parse(text) as Record<string, unknown>);
  }

  receive(message: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }

  drop(): void {
    this.readyState = FakeWebSocket.CLOSED;
    this.dispatchEvent(new Event('close'));
  }

  close(): void {
    this.readyState = FakeWebSocket.CLOSED;
  }
}

const ticket = {
  ticketId: 4,
  number: 'A004',
  serviceDay: '2026-11-24',
  counter: 1,
  service: { vi: 'Hộ tịch', en: 'Civil status' },
  procedure: null,
  finishedAt: 1,
  rated: false,
};

function latest(): FakeWebSocket {
  const socket = FakeWebSocket.made.at(-1);
  if (socket === undefined) throw new Error('no socket opened');
  return socket;
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

function connect() {
  const events = { open: vi.fn(), lost: vi.fn(), ratable: vi.fn() };
  const connection = connectRating(events, 'ws://127.0.0.1/rating');
  return { events, connection };
}

describe('the rating connection', () => {
  it('numbers each request and answers it with the reply carrying its id', async () => {
    const { events, connection } = connect();
    latest().open();
    expect(events.open).toHaveBeenCalledTimes(1);
    const first = connection.request({ type: 'openToken', token: 'a'.repeat(20) });
    const second = connection.request({ type: 'rate', ticketId: 4, grant: { kind: 'counter', counter: 1 }, answers: { overall: 2 } });
    expect(latest().sent.map((message) => [message.type, message.id])).toEqual([
      ['openToken', 1],
      ['rate', 2],
    ]);
    const refusal = { ok: false, reason: 'alreadyRated', message: { vi: 'Đã đánh giá', en: 'Already rated' } };
    latest().receive({ type: 'reply', id: 2, result: refusal });
    latest().receive({ type: 'reply', id: 1, result: { ok: true, ticket } });
    await expect(second).resolves.toEqual(refusal);
    await expect(first).resolves.toEqual({ ok: true, ticket });
  });

  it('hands on the tablet\'s pushes and drops what it cannot read', () => {
    const { events } = connect();
    latest().open();
    latest().receive({ type: 'ratable', ticket });
    latest().receive({ type: 'ratable', ticket: null });
    latest().receive({ type: 'ratable', ticket: { ...ticket, ticketId: 'four' } });
    expect(events.ratable.mock.calls).toEqual([[ticket], [null]]);
  });

  it('answers a request in flight `lost` when the socket drops, never replays it, and opens again by itself', async () => {
    const { events, connection } = connect();
    latest().open();
    const inFlight = connection.request({ type: 'complete', ticketId: 4, grant: { kind: 'counter', counter: 1 }, completion: { reasons: ['longWait'] } });
    latest().drop();
    await expect(inFlight).resolves.toEqual({ ok: false, reason: 'lost' });
    expect(events.lost).toHaveBeenCalledTimes(1);
    await expect(connection.request({ type: 'watchCounter', counter: 1 })).resolves.toEqual({ ok: false, reason: 'lost' });

    vi.advanceTimersByTime(500);
    expect(FakeWebSocket.made).toHaveLength(2);
    latest().open();
    expect(events.open).toHaveBeenCalledTimes(2);
    expect(latest().sent).toEqual([]);
  });
});
