/**
 * The dashboard's socket and its exports behind a real http server: sign-in through the counters'
 * lockout (or the dashboard's own PIN), a report for the watched range, a fresh one pushed within a
 * second of a rating, a resumed sign-in after a reconnect, and downloads only with a fresh token.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DASHBOARD_PATH, EXPORT_CSV_PATH, type DashboardHostMessage, type DashboardReply } from '../../bridge/dashboard-protocol.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { CounterSessions } from '../../runtime/host/counter-sessions.js';
import { DashboardAccess } from '../../runtime/host/dashboard-access.js';
import { serveDashboardExport } from '../../runtime/host/dashboard-export.js';
import { DashboardSocket, MAX_DASHBOARD_MESSAGE_BYTES } from '../../runtime/host/dashboard-socket.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RatingStore, type StoredRating } from '../../runtime/satisfaction/rating-store.js';
import { statisticsNames } from '../../runtime/satisfaction/statistics-names.js';
import type { StatisticsSource } from '../../runtime/satisfaction/statistics-source.js';
import { type EndpointServer, serveEndpoint } from '../helpers/endpoint-server.js';
import { CATALOGUE, DAY, ServicePointRig } from '../helpers/service-point-rig.js';

const COUNTER_PIN = '1111';
const DASHBOARD_PIN = '246810';
const RANGE = { from: DAY, to: DAY };

class Page {
  readonly received: DashboardHostMessage[] = [];
  private nextId = 1;
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as DashboardHostMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(url: string): Promise<Page> {
    const socket = new WebSocket(url);
    const page = new Page(socket);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return page;
  }

  async next<Type extends DashboardHostMessage['type']>(type: Type, from = 0): Promise<Extract<DashboardHostMessage, { type: Type }>> {
    for (;;) {
      const found = this.received.slice(from).find((message) => message.type === type);
      if (found) return found as Extract<DashboardHostMessage, { type: Type }>;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async send(request: Record<string, unknown>): Promise<DashboardReply> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ ...request, id }));
    for (;;) {
      const found = this.received.find((message) => message.type === 'reply' && message.id === id);
      if (found?.type === 'reply') return found.result;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

let counterHash: string;
let dashboardHash: string | undefined;
let rig: ServicePointRig;
let ratings: RatingStore;
let sessions: CounterSessions;
let server: EndpointServer;
let endpoint: DashboardSocket;
let base: string;
const listeners = new Set<(rating: StoredRating) => void>();
const pages: Page[] = [];

beforeAll(async () => {
  counterHash = await hashPin(COUNTER_PIN);
});

beforeEach(async () => {
  dashboardHash = undefined;
  rig = new ServicePointRig();
  rig.config = { ...rig.config, counters: [{ number: 1, pinHash: counterHash }] };
  ratings = new RatingStore(rig.store, () => new Date(rig.clock));
  const logger = new MemoryLogger();
  sessions = new CounterSessions({ counters: () => rig.config.counters, timeZone: 'Asia/Ho_Chi_Minh', logger, now: () => rig.clock });
  const access = new DashboardAccess({ sessions, dashboardPinHash: () => dashboardHash, now: () => rig.clock });
  const source: StatisticsSource = { ratings, store: rig.store, names: () => statisticsNames(rig.config, CATALOGUE), now: () => rig.clock };
  endpoint = new DashboardSocket(access, source, { onRated: (listener) => (listeners.add(listener), () => listeners.delete(listener)) }, () => DAY, logger);
  server = await serveEndpoint(
    () => endpoint,
    (req, res) => {
      if (!serveDashboardExport(new URL(req.url ?? '/', 'http://host'), res, { access, source, logger })) res.writeHead(404).end();
    },
  );
  base = server.base;
});

afterEach(async () => {
  for (const page of pages.splice(0)) page.socket.close();
  endpoint.close();
  await server.close();
  listeners.clear();
  rig.close();
});

async function page(): Promise<Page> {
  const opened = await Page.open(`ws://${base}${DASHBOARD_PATH}`);
  pages.push(opened);
  return opened;
}

/** Serve a ticket at counter 1 and rate it as the rating service would, telling the dashboard. */
function rateOne(overall: 1 | 2 | 3 | 4 | 5, minute: number): void {
  rig.at(minute).ticket('civil-status');
  const id = rig.call(1);
  expect(rig.act(1, { type: 'start', ticketId: id })).toEqual({ ok: true });
  rig.at(minute + 5);
  expect(rig.act(1, { type: 'finish', ticketId: id })).toEqual({ ok: true });
  const result = ratings.record(id, 'kiosk', { overall });
  if (!result.ok) throw new Error(result.reason);
  for (const listener of listeners) listener(result.rating);
}

async function signedIn(): Promise<{ dashboard: Page; token: string }> {
  const dashboard = await page();
  const reply = await dashboard.send({ type: 'signIn', counter: 1, pin: COUNTER_PIN });
  if (!reply.ok || !('session' in reply)) throw new Error(`sign-in failed: ${JSON.stringify(reply)}`);
  return { dashboard, token: reply.session.token };
}

describe('signing in to the dashboard', () => {
  it("asks for a counter's PIN where no dashboard PIN is set, and refuses figures before sign-in", async () => {
    const dashboard = await page();
    expect(await dashboard.next('hello')).toEqual({ type: 'hello', signIn: 'counterPin', today: DAY });
    expect(await dashboard.send({ type: 'watch', range: RANGE })).toMatchObject({ ok: false, reason: 'notSignedIn' });
    expect(await dashboard.send({ type: 'exportToken' })).toMatchObject({ ok: false, reason: 'notSignedIn' });
  });

  it("counts wrong PINs with the counter's own sign-ins: five here lock the counter's sign-in too", async () => {
    const dashboard = await page();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await dashboard.send({ type: 'signIn', counter: 1, pin: '0000' })).toMatchObject({ ok: false, reason: 'wrongPin' });
    }
    expect(await dashboard.send({ type: 'signIn', counter: 1, pin: '0000' })).toMatchObject({ ok: false, reason: 'lockedOut' });
    expect(await dashboard.send({ type: 'signIn', counter: 1, pin: COUNTER_PIN })).toMatchObject({ ok: false, reason: 'lockedOut' });
    expect(await sessions.signIn(1, COUNTER_PIN)).toMatchObject({ ok: false, reason: 'lockedOut' });
  });

  it('signs in with no counter session opened: the counter itself can still sign in', async () => {
    await signedIn();
    const counter = await sessions.signIn(1, COUNTER_PIN);
    expect(counter.ok).toBe(true);
  });

  it("takes the dashboard's own PIN where the config sets one, and then not a counter's", async () => {
    dashboardHash = await hashPin(DASHBOARD_PIN);
    const dashboard = await page();
    expect(await dashboard.next('hello')).toEqual({ type: 'hello', signIn: 'dashboardPin', today: DAY });
    const refused = await dashboard.send({ type: 'signIn', counter: 1, pin: COUNTER_PIN });
    expect(refused).toMatchObject({ ok: false, reason: 'wrongPin' });
    // The dashboard's PIN has a count of its own, and the refusal names what it locks.
    expect(!refused.ok && refused.message.vi).toBe('Sai mã PIN. Còn 4 lần thử trước khi bảng thống kê bị khoá 5 phút.');
    expect(await sessions.signIn(1, '0000')).toMatchObject({ message: { vi: 'Sai mã PIN. Còn 4 lần thử trước khi quầy bị khoá 5 phút.' } });
    expect(await dashboard.send({ type: 'signIn', pin: DASHBOARD_PIN })).toMatchObject({ ok: true, session: { token: expect.any(String) } });
  });

  it('lets a reconnected page resume with its token, and not with a made-up one', async () => {
    const { token } = await signedIn();
    const again = await page();
    expect(await again.send({ type: 'resume', token: 'x'.repeat(43) })).toMatchObject({ ok: false, reason: 'notSignedIn' });
    expect(await again.send({ type: 'resume', token })).toEqual({ ok: true });
    expect(await again.send({ type: 'watch', range: RANGE })).toMatchObject({ ok: true, report: { range: RANGE } });
  });

  it('answers a malformed or oversized message with an error and nothing else', async () => {
    const dashboard = await page();
    dashboard.socket.send('{"type":"watch","id":1,"range":{"from":"2026-11-30","to":"2026-11-01"}}');
    expect((await dashboard.next('error')).message).toMatch(/malformed/);
    dashboard.socket.send('x'.repeat(MAX_DASHBOARD_MESSAGE_BYTES * 2));
    await new Promise<void>((resolve) => dashboard.socket.once('close', () => resolve()));
  });
});

describe('the live report', () => {
  it('answers a watch with the range’s figures and pushes a fresh report within a second of a rating', async () => {
    rateOne(5, 0);
    rateOne(2, 10);
    const { dashboard } = await signedIn();
    const reply = await dashboard.send({ type: 'watch', range: RANGE });
    expect(reply).toMatchObject({ ok: true, today: DAY, report: { overall: { ratings: 2, satisfied: 1, index: 0.5, meanScore: 3.5 } } });
    const before = dashboard.received.length;
    const started = Date.now();
    rateOne(4, 20);
    const pushed = await dashboard.next('report', before);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(pushed.today).toBe(DAY);
    expect(pushed.report.overall).toMatchObject({ ratings: 3, satisfied: 2, meanScore: 11 / 3 });
    expect(pushed.report.byCounter).toEqual([expect.objectContaining({ counter: 1, ratings: 3, served: 3 })]);
  });

  it('pushes nothing to a page watching other days', async () => {
    const { dashboard } = await signedIn();
    await dashboard.send({ type: 'watch', range: { from: '2026-11-01', to: '2026-11-22' } });
    const before = dashboard.received.length;
    rateOne(5, 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dashboard.received.slice(before)).toEqual([]);
  });
});

describe('the exports', () => {
  async function exportUrl(dashboard: Page): Promise<string> {
    const reply = await dashboard.send({ type: 'exportToken' });
    if (!reply.ok || !('exportToken' in reply)) throw new Error('no export token');
    return `http://${base}${EXPORT_CSV_PATH}?from=${DAY}&to=${DAY}&token=${reply.exportToken.token}`;
  }

  it('downloads the CSV with a file name, only with a token that has not run out', async () => {
    rateOne(3, 0);
    const { dashboard } = await signedIn();
    const url = await exportUrl(dashboard);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="danh-gia-hai-long_${DAY}_${DAY}.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[1]).toMatch(/^2026-11-23,08:05,A001,1,/);

    expect((await fetch(url.replace(/token=.*/, 'token=forged'))).status).toBe(403);
    expect((await fetch(url.replace(`to=${DAY}`, 'to=2026-13-45'))).status).toBe(400);
    rig.clock += 61_000;
    expect((await fetch(url)).status).toBe(403);
  });
});
