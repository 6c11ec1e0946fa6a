/** The board's socket over real loopback WebSockets, in front of a real service point on a temp store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { BoardCall, BoardHostMessage, BoardState } from '../../bridge/queue-protocol.js';
import { BoardSocket, MAX_BOARD_MESSAGE_BYTES } from '../../runtime/host/board-socket.js';
import { type EndpointServer, serveEndpoint } from '../helpers/endpoint-server.js';
import { ServicePointRig } from '../helpers/service-point-rig.js';

/** A board: every message the host sent, and a way to wait for the next that matches. */
class BoardClient {
  readonly messages: BoardHostMessage[] = [];
  private waiters: Array<() => void> = [];

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as BoardHostMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(url: string): Promise<BoardClient> {
    const socket = new WebSocket(url);
    const client = new BoardClient(socket);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return client;
  }

  /** The first message from `from` on that `accepts`, waiting for it if need be. */
  async next<Type extends BoardHostMessage>(accepts: (message: BoardHostMessage) => message is Type, from = 0): Promise<Type> {
    const deadline = Date.now() + 3_000;
    for (;;) {
      const found = this.messages.slice(from).find(accepts);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no such message; got ${JSON.stringify(this.messages.map((m) => m.type))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  boards(): BoardState[] {
    return this.messages.flatMap((message) => (message.type === 'board' ? [message.state] : []));
  }

  announced(): BoardCall[] {
    return this.messages.flatMap((message) => (message.type === 'announce' ? [message.call] : []));
  }
}

const isBoard = (message: BoardHostMessage): message is Extract<BoardHostMessage, { type: 'board' }> => message.type === 'board';
const isAnnounce = (message: BoardHostMessage): message is Extract<BoardHostMessage, { type: 'announce' }> => message.type === 'announce';
const isError = (message: BoardHostMessage): message is Extract<BoardHostMessage, { type: 'error' }> => message.type === 'error';
const isReply = (message: BoardHostMessage): message is Extract<BoardHostMessage, { type: 'reply' }> => message.type === 'reply';

/** Let the socket's once-a-tick push go out and arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let rig: ServicePointRig;
let board: BoardSocket;
let server: EndpointServer;
let url: string;
const clients: BoardClient[] = [];

beforeEach(async () => {
  rig = new ServicePointRig();
  board = new BoardSocket(rig.point, rig.logger);
  server = await serveEndpoint(() => board);
  url = server.url;
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.socket.close();
  board.close();
  await server.close();
  rig.close();
});

async function connect(): Promise<BoardClient> {
  const client = await BoardClient.open(url);
  clients.push(client);
  return client;
}

describe('BoardSocket', () => {
  it('sends the whole board on connect, with no sign-in', async () => {
    rig.ticket('civil-status');
    const client = await connect();
    const { state } = await client.next(isBoard);
    expect(state.servicePointName.vi).toBeTruthy();
    expect(state.groups.find((group) => group.id === 'civil-status')?.waiting).toBe(1);
    expect(state.nowServing).toEqual([]);
    expect(state.lastCalls).toEqual([]);
  });

  it('pushes the new waiting counts after an issue, once for a burst of changes in one tick', async () => {
    const client = await connect();
    await client.next(isBoard);
    const before = client.messages.length;
    rig.ticket('civil-status');
    rig.ticket('civil-status');
    rig.ticket('residence');
    // The push crosses a real socket: wait for it (a loaded machine is slow), then for any second one.
    await expect.poll(() => client.boards().length).toBeGreaterThan(1);
    await settle();
    const pushed = client.boards().slice(1);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.groups.find((group) => group.id === 'civil-status')?.waiting).toBe(2);
    expect(pushed[0]?.groups.find((group) => group.id === 'residence')?.waiting).toBe(1);
    expect(client.messages.length).toBe(before + 1);
  });

  it('announces a call and a recall with distinct call ids, after the board that shows them', async () => {
    rig.ticket('civil-status', { priority: 'elderly' });
    const client = await connect();
    await client.next(isBoard);
    const ticketId = rig.at(1).call(1);
    const called = await client.next(isAnnounce);
    expect(called.call).toMatchObject({ number: 'A001', counter: 1, serviceId: 'civil-status', priority: 'elderly', kind: 'call' });
    // The board that came just before already has the ticket at its counter.
    const boardIndex = client.messages.findIndex((message) => message === called) - 1;
    const shown = client.messages[boardIndex];
    expect(shown?.type === 'board' && shown.state.nowServing).toEqual([
      { counter: 1, number: 'A001', serviceId: 'civil-status', state: 'called', priority: 'elderly' },
    ]);

    expect(rig.at(2).act(1, { type: 'recall', ticketId })).toEqual({ ok: true });
    const recalled = await client.next(isAnnounce, client.messages.indexOf(called) + 1);
    expect(recalled.call).toMatchObject({ number: 'A001', counter: 1, kind: 'recall' });
    expect(recalled.call.callId).not.toBe(called.call.callId);
    // The ids are the store's: the board's last calls carry the same ones.
    const latest = client.boards().at(-1);
    expect(latest?.lastCalls.map((call) => call.callId)).toEqual([recalled.call.callId, called.call.callId]);
  });

  it('tells every connected board, and not about changes other than calls', async () => {
    rig.ticket('civil-status');
    const first = await connect();
    const second = await connect();
    await first.next(isBoard);
    await second.next(isBoard);
    const ticketId = rig.at(1).call(1);
    rig.at(2).act(1, { type: 'start', ticketId });
    await first.next(isAnnounce);
    await second.next(isAnnounce);
    await settle();
    for (const client of [first, second]) {
      expect(client.announced().map((call) => call.number)).toEqual(['A001']);
      expect(client.boards().at(-1)?.nowServing[0]).toMatchObject({ number: 'A001', state: 'serving' });
    }
  });

  it('replies to hello and answers malformed messages with an error, staying connected', async () => {
    const client = await connect();
    await client.next(isBoard);
    client.socket.send(JSON.stringify({ type: 'hello', id: 7, locale: 'en' }));
    expect(await client.next(isReply)).toEqual({ type: 'reply', id: 7, result: { ok: true } });

    client.socket.send('not json');
    expect((await client.next(isError)).message).toBe('message is not JSON');
    client.socket.send(JSON.stringify({ type: 'hello', id: 8, locale: 'fr' }));
    expect((await client.next(isError, client.messages.length)).message).toMatch(/malformed message/);
    client.socket.send(JSON.stringify({ type: 'callNext', id: 9 }));
    await settle();
    expect(client.messages.filter(isError)).toHaveLength(3);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    expect(rig.logger.lines.filter((line) => line.startsWith('warn: board:'))).toHaveLength(3);
  });

  it('sends the board again after a quiet while, so a board can tell a live link from a dead one', async () => {
    board.close();
    board = new BoardSocket(rig.point, rig.logger, 100);
    const client = await connect();
    await client.next(isBoard);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(client.boards().length).toBeGreaterThanOrEqual(3);
    expect(client.announced()).toEqual([]);
  });

  it('drops a board that sends more than a hello could ever need', async () => {
    const client = await connect();
    await client.next(isBoard);
    const closed = new Promise<number>((resolve) => client.socket.once('close', resolve));
    client.socket.send('x'.repeat(MAX_BOARD_MESSAGE_BYTES + 1));
    expect(await closed).toBe(1009);
  });
});
