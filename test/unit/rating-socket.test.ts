/** The `/rating` socket over a real WebSocket: the tablet's and the phone's grants, duplicates, late and foreign ratings, malformed input. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RatingHostMessage, TABLET_RATING_WINDOW_MS } from '../../bridge/rating-protocol.js';
import { RatingSocket } from '../../runtime/host/rating-socket.js';
import { MemoryLogger } from '../../runtime/log.js';
import { SatisfactionService } from '../../runtime/satisfaction/satisfaction-service.js';
import { type EndpointServer, serveEndpoint } from '../helpers/endpoint-server.js';
import { CATALOGUE, ServicePointRig } from '../helpers/service-point-rig.js';

type Reply = Extract<RatingHostMessage, { type: 'reply' }>['result'];
type Ratable = Extract<RatingHostMessage, { type: 'ratable' }>;

/** A rating page's socket as the test drives it: every message it got, and waits on them. */
class Page {
  readonly received: RatingHostMessage[] = [];
  private nextId = 1;
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as RatingHostMessage);
      this.wake();
    });
    socket.on('close', () => this.wake());
  }

  static async open(url: string): Promise<Page> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new Page(socket);
  }

  /** Send without waiting; the reply's id. */
  post(request: Record<string, unknown>): number {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ ...request, id }));
    return id;
  }

  send(request: Record<string, unknown>): Promise<Reply> {
    return this.reply(this.post(request));
  }

  reply(id: number): Promise<Reply> {
    return this.waitFor((message) => (message.type === 'reply' && message.id === id ? message.result : undefined));
  }

  /** The `index`-th (0-based) ratable push. */
  ratable(index: number): Promise<Ratable> {
    return this.waitFor((_message, all) => all.filter((each): each is Ratable => each.type === 'ratable')[index]);
  }

  /** The `index`-th (0-based) error. */
  error(index: number): Promise<string> {
    return this.waitFor((_message, all) => all.filter((each) => each.type === 'error')[index]?.message);
  }

  private async waitFor<Found>(pick: (message: RatingHostMessage, all: RatingHostMessage[]) => Found | undefined): Promise<Found> {
    for (;;) {
      for (const message of this.received) {
        const found = pick(message, this.received);
        if (found !== undefined) return found;
      }
      if (this.socket.readyState !== WebSocket.OPEN) throw new Error('socket closed while waiting');
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  close(): void {
    this.socket.close();
  }
}

let rig: ServicePointRig;
let service: SatisfactionService;
let server: EndpointServer;
let endpoint: RatingSocket;
let url: string;
const pages: Page[] = [];

beforeEach(async () => {
  rig = new ServicePointRig();
  service = new SatisfactionService({
    store: rig.store,
    dataDir: rig.dir.path,
    config: () => rig.config,
    catalogue: () => CATALOGUE,
    now: () => new Date(rig.clock),
    onQueueChange: (listener) => rig.point.onChange(listener),
  });
  endpoint = new RatingSocket(service, new MemoryLogger());
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

/** Issue, call, start and finish one ticket at a counter; returns its id. */
function serve(counter = 1): number {
  rig.ticket(counter === 3 ? 'residence' : 'civil-status', { procedureId: counter === 1 ? 'certified-copy' : null });
  const id = rig.call(counter);
  rig.act(counter, { type: 'start', ticketId: id });
  rig.act(counter, { type: 'finish', ticketId: id });
  return id;
}

const ratingCount = () => rig.store.connection.prepare('SELECT count(*) AS n FROM rating').get();
const atCounter = (counter: number) => ({ kind: 'counter', counter });

describe('the tablet at a counter', () => {
  it('is told what to rate on watching, and again each time its counter finishes a ticket; other counters are not its business', async () => {
    const tablet = await openPage();
    const other = await openPage();
    expect(await tablet.send({ type: 'watchCounter', counter: 1 })).toEqual({ ok: true, servicePointName: { vi: 'Bộ phận Một cửa phường', en: 'Ward one-stop service point' } });
    expect(await other.send({ type: 'watchCounter', counter: 3 })).toMatchObject({ ok: true });
    expect((await tablet.ratable(0)).ticket).toBeNull();
    const id = serve(1);
    expect((await tablet.ratable(1)).ticket).toEqual({
      ticketId: id,
      number: 'A001',
      serviceDay: '2026-11-23',
      counter: 1,
      service: { vi: 'Hộ tịch, chứng thực', en: 'Civil status, certification' },
      procedure: { vi: 'certified-copy', en: 'certified-copy' },
      finishedAt: rig.clock,
      rated: false,
    });
    // A page watching counter 3 from the start hears of counter 3 only.
    await other.ratable(0);
    const third = serve(3);
    expect((await other.ratable(1)).ticket).toMatchObject({ ticketId: third, counter: 3 });
    expect(tablet.received.filter((message) => message.type === 'ratable')).toHaveLength(2);
  });

  it("rates its counter's last ticket and completes it; then a second rating is refused politely", async () => {
    const tablet = await openPage();
    const id = serve(1);
    expect(await tablet.send({ type: 'rate', ticketId: id, grant: atCounter(1), answers: { overall: 3 } })).toEqual({ ok: true });
    expect(await tablet.send({ type: 'complete', ticketId: id, grant: atCounter(1), completion: { reasons: ['longWait'] } })).toEqual({ ok: true });
    expect(service.ratings.find(id)).toMatchObject({ overall: 3, reasons: ['longWait'], channel: 'counterTablet' });
    expect(await tablet.send({ type: 'rate', ticketId: id, grant: atCounter(1), answers: { overall: 5 } })).toEqual({
      ok: false,
      reason: 'alreadyRated',
      message: { vi: 'Số thứ tự này đã được đánh giá. Xin cảm ơn ông/bà đã góp ý.', en: 'This ticket has already been rated. Thank you for your feedback.' },
    });
  });

  it('may not rate an older ticket, another counter\'s, or its last one once the window has passed', async () => {
    const tablet = await openPage();
    const older = serve(1);
    const last = serve(1);
    expect(await tablet.send({ type: 'rate', ticketId: older, grant: atCounter(1), answers: { overall: 1 } })).toMatchObject({ ok: false, reason: 'notGranted' });
    expect(await tablet.send({ type: 'rate', ticketId: last, grant: atCounter(2), answers: { overall: 1 } })).toMatchObject({ ok: false, reason: 'notGranted' });
    rig.clock += TABLET_RATING_WINDOW_MS + 1;
    expect(await tablet.send({ type: 'rate', ticketId: last, grant: atCounter(1), answers: { overall: 1 } })).toMatchObject({ ok: false, reason: 'tooLate' });
    expect(ratingCount()).toEqual({ n: 0 });
  });

  it('goes idle when the ticket it offers is rated from the phone', async () => {
    const tablet = await openPage();
    const phone = await openPage();
    await tablet.send({ type: 'watchCounter', counter: 1 });
    const id = serve(1);
    expect((await tablet.ratable(1)).ticket).toMatchObject({ ticketId: id });
    expect(await phone.send({ type: 'rate', ticketId: id, grant: { kind: 'token', token: service.tokenFor({ id, serviceDay: '2026-11-23' }) }, answers: { overall: 4 } })).toEqual({ ok: true });
    expect((await tablet.ratable(2)).ticket).toBeNull();
  });
});

describe("the citizen's phone", () => {
  it('opens its token, rates the ticket it names, and is thanked on a second try', async () => {
    const phone = await openPage();
    const id = serve(3);
    const token = service.tokenFor({ id, serviceDay: '2026-11-23' });
    expect(await phone.send({ type: 'openToken', token })).toMatchObject({ ok: true, ticket: { ticketId: id, number: 'B001', procedure: null } });
    expect(await phone.send({ type: 'rate', ticketId: id, grant: { kind: 'token', token }, answers: { overall: 5, criteria: { officer: 5 } } })).toEqual({ ok: true });
    expect(service.ratings.find(id)).toMatchObject({ channel: 'phone', overall: 5, criteria: { officer: 5 } });
    expect(await phone.send({ type: 'rate', ticketId: id, grant: { kind: 'token', token }, answers: { overall: 1 } })).toMatchObject({ ok: false, reason: 'alreadyRated' });
    expect(await phone.send({ type: 'openToken', token })).toMatchObject({ ok: false, reason: 'alreadyRated', message: { vi: expect.stringContaining('Xin cảm ơn') } });
  });

  it("refuses a token for another ticket and a forged token, keeping nothing", async () => {
    const phone = await openPage();
    const mine = serve(1);
    const theirs = serve(1);
    const token = service.tokenFor({ id: mine, serviceDay: '2026-11-23' });
    expect(await phone.send({ type: 'rate', ticketId: theirs, grant: { kind: 'token', token }, answers: { overall: 1 } })).toMatchObject({ ok: false, reason: 'notGranted' });
    const forged = `${Buffer.from(`${theirs}|2026-11-23`).toString('base64url')}.${token.split('.')[1] ?? ''}`;
    expect(await phone.send({ type: 'openToken', token: forged })).toMatchObject({ ok: false, reason: 'badToken', message: { en: expect.stringContaining('not valid') } });
    expect(await phone.send({ type: 'rate', ticketId: theirs, grant: { kind: 'token', token: forged }, answers: { overall: 1 } })).toMatchObject({ reason: 'badToken' });
    expect(ratingCount()).toEqual({ n: 0 });
  });
});

it('the tablet and the phone rating the same ticket at the same moment: one lands, the other is thanked', async () => {
  const tablet = await openPage();
  const phone = await openPage();
  const id = serve(1);
  const token = service.tokenFor({ id, serviceDay: '2026-11-23' });
  const fromTablet = tablet.post({ type: 'rate', ticketId: id, grant: atCounter(1), answers: { overall: 2 } });
  const fromPhone = phone.post({ type: 'rate', ticketId: id, grant: { kind: 'token', token }, answers: { overall: 5 } });
  const results = await Promise.all([tablet.reply(fromTablet), phone.reply(fromPhone)]);
  expect(results.filter((result) => result.ok)).toHaveLength(1);
  expect(results.filter((result) => !result.ok)).toEqual([expect.objectContaining({ reason: 'alreadyRated' })]);
  expect(ratingCount()).toEqual({ n: 1 });
});

describe('malformed input', () => {
  it('gets an error and changes nothing', async () => {
    const page = await openPage();
    const id = serve(1);
    const bad: Array<string | Buffer> = [
      'not json',
      JSON.stringify({ type: 'rateEverything', id: 1 }),
      JSON.stringify({ type: 'rate', id: 2, ticketId: id, grant: atCounter(1), answers: { overall: 5, name: 'Nguyễn Văn A' } }),
      JSON.stringify({ type: 'rate', id: 3, ticketId: id, grant: atCounter(1), answers: { overall: 7 } }),
      JSON.stringify({ type: 'rate', id: 4, ticketId: id, grant: { kind: 'token', token: 'short' }, answers: { overall: 5 } }),
      JSON.stringify({ type: 'rate', id: 5, ticketId: id, grant: atCounter(1), answers: { overall: 5 }, extra: true }),
      Buffer.from([1, 2, 3]),
    ];
    for (const [index, message] of bad.entries()) {
      page.socket.send(message);
      expect(await page.error(index)).toMatch(/malformed|not JSON|text messages only/);
    }
    expect(page.received.some((each) => each.type === 'reply')).toBe(false);
    expect(ratingCount()).toEqual({ n: 0 });
    // The page still works after all that.
    expect(await page.send({ type: 'rate', ticketId: id, grant: atCounter(1), answers: { overall: 4 } })).toEqual({ ok: true });
  });
});
