import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type CounterHostMessage, type CounterState } from '../../bridge/queue-protocol.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { CounterSessions } from '../../runtime/host/counter-sessions.js';
import { CounterSocket, MAX_COUNTER_MESSAGE_BYTES } from '../../runtime/host/counter-socket.js';
import { MemoryLogger } from '../../runtime/log.js';
import { type EndpointServer, serveEndpoint } from '../helpers/endpoint-server.js';
import { ServicePointRig } from '../helpers/service-point-rig.js';

const PINS: Record<number, string> = { 1: '1111', 2: '2222', 3: '3333' };

type Reply = Extract<CounterHostMessage, { type: 'reply' }>['result'];

/** A counter page's socket as the test drives it: every message it got, and waits on them. */
class Page {
  readonly received: CounterHostMessage[] = [];
  private nextId = 1;
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as CounterHostMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(url: string): Promise<Page> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new Page(socket);
  }

  /** Wait for the first message from `from` on that matches. */
  async next<Type extends CounterHostMessage['type']>(type: Type, from = 0): Promise<Extract<CounterHostMessage, { type: Type }>> {
    for (;;) {
      const found = this.received.slice(from).find((message) => message.type === type);
      if (found) return found as Extract<CounterHostMessage, { type: Type }>;
      if (this.socket.readyState !== WebSocket.OPEN) throw new Error(`socket closed while waiting for ${type}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  send(request: Record<string, unknown>): Promise<Reply> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ ...request, id }));
    return this.reply(id);
  }

  async reply(id: number): Promise<Reply> {
    for (;;) {
      const found = this.received.find((message) => message.type === 'reply' && message.id === id);
      if (found?.type === 'reply') return found.result;
      if (this.socket.readyState !== WebSocket.OPEN) throw new Error('socket closed before the reply');
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** The newest state pushed after message number `from`. */
  async stateAfter(from: number): Promise<CounterState> {
    return (await this.next('state', from)).state;
  }

  close(): void {
    this.socket.close();
  }
}

let hashes: Array<{ number: number; pinHash: string }>;
let rig: ServicePointRig;
let server: EndpointServer;
let endpoint: CounterSocket;
let logger: MemoryLogger;
let url: string;
const pages: Page[] = [];

beforeAll(async () => {
  hashes = await Promise.all([1, 2, 3].map(async (number) => ({ number, pinHash: await hashPin(PINS[number] ?? '') })));
});

beforeEach(async () => {
  rig = new ServicePointRig({ counters: hashes });
  logger = new MemoryLogger();
  const sessions = new CounterSessions({ counters: () => rig.config.counters, timeZone: 'Asia/Ho_Chi_Minh', logger, now: () => rig.clock });
  endpoint = new CounterSocket(rig.point, sessions, logger);
  server = await serveEndpoint(() => endpoint);
  url = server.url;
});

afterEach(async () => {
  for (const page of pages.splice(0)) page.close();
  endpoint.close();
  await server.close();
  rig.close();
});

async function openPage(): Promise<Page> {
  const page = await Page.open(url);
  pages.push(page);
  return page;
}

async function signedIn(counter: number): Promise<Page> {
  const page = await openPage();
  const reply = await page.send({ type: 'signIn', counter, pin: PINS[counter] });
  expect(reply.ok).toBe(true);
  await page.next('state');
  return page;
}

/** Everything the queue keeps, to show a refused or malformed request changed nothing. */
function snapshot() {
  return [rig.store.connection.prepare('SELECT * FROM ticket ORDER BY id').all(), rig.store.connection.prepare('SELECT * FROM call ORDER BY id').all()];
}

describe('the counter socket', () => {
  it('refuses every action before sign-in, and changes nothing', async () => {
    rig.ticket('civil-status');
    const before = snapshot();
    const page = await openPage();
    for (const request of [{ type: 'callNext' }, { type: 'pause', reason: 'Nghỉ' }, { type: 'closeDay' }]) {
      expect(await page.send(request)).toMatchObject({ ok: false, reason: 'notSignedIn', message: { vi: expect.stringContaining('đăng nhập') } });
    }
    expect(await page.send({ type: 'resumeSession', token: 'x'.repeat(43) })).toMatchObject({ ok: false, reason: 'notSignedIn' });
    expect(snapshot()).toEqual(before);
    expect(page.received.some((message) => message.type === 'state')).toBe(false);
  });

  it('signs in with the PIN, pushes the counter state, and never logs the PIN', async () => {
    const page = await openPage();
    expect(await page.send({ type: 'signIn', counter: 1, pin: '9999' })).toMatchObject({ ok: false, reason: 'wrongPin' });
    const reply = await page.send({ type: 'signIn', counter: 1, pin: '1111' });
    expect(reply).toEqual({ ok: true, token: expect.stringMatching(/^[\w-]{43}$/) });
    const state = await page.next('state');
    expect(state.state).toMatchObject({ counter: 1, current: null, paused: null });
    expect(state.state.groups.map((group) => group.id)).toEqual(['civil-status']);
    expect(logger.lines.join('\n')).not.toMatch(/9999|1111/);
  });

  it('calls the next ticket, says "no one waiting" when the queue is empty, and pushes every change', async () => {
    const page = await signedIn(1);
    const mark = page.received.length;
    const ticket = rig.ticket('civil-status');
    // Issued elsewhere (a kiosk): the counter hears of it with no request of its own.
    expect((await page.stateAfter(mark)).groups[0]?.waiting).toBe(1);

    const beforeCall = page.received.length;
    expect(await page.send({ type: 'callNext' })).toEqual({ ok: true });
    const called = await page.stateAfter(beforeCall);
    expect(called.current).toMatchObject({ id: ticket.id, number: 'A001', state: 'called' });
    expect(called.groups[0]?.waiting).toBe(0);

    expect(await page.send({ type: 'start', ticketId: ticket.id })).toEqual({ ok: true });
    expect(await page.send({ type: 'finish', ticketId: ticket.id })).toEqual({ ok: true });
    expect(await page.send({ type: 'callNext' })).toEqual({
      ok: false,
      reason: 'noOneWaiting',
      message: { vi: 'Không có ai đang chờ.', en: 'No one is waiting.' },
    });
  });

  it("answers a counter's action in the middle of a round of state pushes, not after every counter's state", async () => {
    // Working out a counter's state is made slow (20 ms each), so a round for three counters is long.
    const order: string[] = [];
    endpoint.close();
    endpoint = new CounterSocket(
      {
        act: (counter, action, actor) => rig.point.act(counter, action, actor),
        onChange: (listener) => rig.point.onChange(listener),
        counterState: (counter) => {
          const until = Date.now() + 20;
          while (Date.now() < until);
          return rig.point.counterState(counter);
        },
      },
      new CounterSessions({ counters: () => rig.config.counters, timeZone: 'Asia/Ho_Chi_Minh', logger, now: () => rig.clock }),
      logger,
    );
    const [one, two, three] = [await signedIn(1), await signedIn(2), await signedIn(3)];
    for (const [name, page] of [['one', one], ['two', two], ['three', three]] as const) {
      page.socket.on('message', (data) => order.push(`${name} ${(JSON.parse(String(data)) as CounterHostMessage).type}`));
    }
    const mark = three.received.length;
    rig.ticket('civil-status');
    const called = one.send({ type: 'callNext' });
    expect(await called).toEqual({ ok: true });
    await three.stateAfter(mark);
    expect(order.indexOf('one reply')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('one reply')).toBeLessThan(order.indexOf('three state'));
  });

  it('never gives two counters calling at the same instant the same ticket', async () => {
    const [one, two] = await Promise.all([signedIn(1), signedIn(2)]);
    for (let n = 0; n < 3; n += 1) rig.ticket('civil-status');
    const numbers: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      // Both requests are on the wire before either is answered.
      const replies = await Promise.all([one.send({ type: 'callNext' }), two.send({ type: 'callNext' })]);
      for (const [page, reply] of [[one, replies[0]], [two, replies[1]]] as const) {
        if (!reply?.ok) {
          expect(reply).toMatchObject({ reason: 'noOneWaiting' });
          continue;
        }
        const counter = page === one ? 1 : 2;
        const held = rig.point.counterState(counter).current;
        if (held === null) throw new Error('called but holds nothing');
        numbers.push(held.number);
        await page.send({ type: 'start', ticketId: held.id });
        await page.send({ type: 'finish', ticketId: held.id });
      }
    }
    expect(numbers.sort()).toEqual(['A001', 'A002', 'A003']);
  });

  it("refuses a stale page's action on a finished ticket with a reason, and shows it the truth", async () => {
    const desk = await signedIn(1);
    const ticket = rig.ticket('civil-status');
    await desk.send({ type: 'callNext' });
    await desk.send({ type: 'start', ticketId: ticket.id });
    await desk.send({ type: 'finish', ticketId: ticket.id });
    const before = snapshot();

    // The page had not yet heard that the ticket was finished (a double tap, a slow push).
    const mark = desk.received.length;
    expect(await desk.send({ type: 'finish', ticketId: ticket.id })).toMatchObject({
      ok: false,
      reason: 'alreadyFinished',
      message: { vi: expect.stringContaining('đã xong') },
    });
    expect((await desk.stateAfter(mark)).current).toBeNull();
    expect(await desk.send({ type: 'recall', ticketId: ticket.id })).toMatchObject({ ok: false, reason: 'alreadyFinished' });
    expect(snapshot()).toEqual(before);
  });

  it('answers a malformed message with an error and changes nothing', async () => {
    const page = await signedIn(1);
    rig.ticket('civil-status');
    const before = snapshot();
    const bad = [
      'not json',
      JSON.stringify({ type: 'callNext' }), // no id
      JSON.stringify({ type: 'callNext', id: 1, counter: 2 }), // a field the request does not have
      JSON.stringify({ type: 'finish', id: 2, ticketId: 'A001' }),
      JSON.stringify({ type: 'pause', id: 3, reason: '   ' }),
      JSON.stringify({ type: 'explode', id: 4 }),
    ];
    for (const text of bad) {
      const mark = page.received.length;
      page.socket.send(text);
      expect((await page.next('error', mark)).message).toMatch(/not JSON|malformed/);
    }
    expect(snapshot()).toEqual(before);
    expect(page.received.some((message) => message.type === 'reply')).toBe(true); // only the sign-in's

    // Too big to be a counter request: the socket is closed, nothing read.
    const closed = new Promise<number>((resolve) => page.socket.once('close', resolve));
    page.socket.send(JSON.stringify({ type: 'pause', id: 9, reason: 'x'.repeat(MAX_COUNTER_MESSAGE_BYTES) }));
    expect(await closed).toBe(1009);
    expect(snapshot()).toEqual(before);
  });

  it('resumes a session from its token on a new socket, and a new sign-in elsewhere takes the counter over', async () => {
    const first = await openPage();
    const reply = await first.send({ type: 'signIn', counter: 1, pin: '1111' });
    if (!reply.ok || reply.token === undefined) throw new Error('no token');
    const reloaded = await openPage();
    expect(await reloaded.send({ type: 'resumeSession', token: reply.token })).toEqual({ ok: true, token: reply.token });
    expect((await reloaded.next('state')).state.counter).toBe(1);

    const elsewhere = await signedIn(1);
    await first.next('signedOut');
    await reloaded.next('signedOut');
    expect(await reloaded.send({ type: 'callNext' })).toMatchObject({ ok: false, reason: 'notSignedIn' });
    rig.ticket('civil-status');
    expect(await elsewhere.send({ type: 'callNext' })).toEqual({ ok: true });

    // Signing in again from the page that holds the counter ends the old session but not the page.
    expect((await elsewhere.send({ type: 'signIn', counter: 1, pin: '1111' })).ok).toBe(true);
    expect(elsewhere.received.some((message) => message.type === 'signedOut')).toBe(false);
    expect(await elsewhere.send({ type: 'recall', ticketId: rig.point.counterState(1).current?.id ?? 0 })).toEqual({ ok: true });
  });

  it('passes pause, resume and the day through as the counter', async () => {
    const page = await signedIn(3);
    expect(await page.send({ type: 'pause', reason: 'Nghỉ giải lao' })).toEqual({ ok: true });
    let mark = page.received.length - 1;
    expect((await page.stateAfter(mark)).paused).toMatchObject({ reason: 'Nghỉ giải lao' });
    expect(await page.send({ type: 'callNext' })).toMatchObject({ ok: false, reason: 'counterPaused' });
    expect(await page.send({ type: 'resumeCounter' })).toEqual({ ok: true });
    expect(await page.send({ type: 'openDay' })).toEqual({ ok: true });
    mark = page.received.length;
    expect(await page.send({ type: 'closeDay' })).toEqual({ ok: true });
    expect((await page.stateAfter(mark)).day.open).toBe(false);
    expect(rig.issue('residence')).toMatchObject({ ok: false, reason: 'dayClosed' });
  });
});
