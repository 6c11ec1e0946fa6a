/**
 * The signed rating token reaches the citizen's phone: in the QR link of a ticket issued at the host
 * kiosk or at a linked kiosk, and from there the status page offers the phone rating page once the
 * ticket is served (only for the ticket's own token), or thanks the citizen once it is rated.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { KIOSK_LINK_PATH } from '../../bridge/queue-protocol.js';
import { RATING_PATH, type RatingHostMessage } from '../../bridge/rating-protocol.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RemoteTicketIssuer } from '../../runtime/queue/remote-ticket-issuer.js';
import { type Harness, startHarness, today } from '../helpers/kiosk-harness.js';
import { printedTickets } from '../helpers/printed.js';
import { walkToTicket } from '../helpers/walks.js';

const KEY = 'rating-link-test-key-0123456789';
const RATE_PAGE = '<!doctype html><title>rate</title>';

let kiosk: Harness;
let host: RunningHost;
let site: string;

beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'motcua-site-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(site, 'rate.html'), RATE_PAGE);
  kiosk = await startHarness({ config: { ...DEFAULT_CONFIG, queue: { ...DEFAULT_CONFIG.queue, kioskKey: KEY } } });
  host = await startHttpHost({ runtime: kiosk.runtime, rendererDir: site, address: '127.0.0.1', port: 0, logger: kiosk.logger });
});

afterEach(async () => {
  await host.close();
  await kiosk.close();
  rmSync(site, { recursive: true, force: true });
});

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, host.url), (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The QR's link as a path on this host (the config's public address is the default loopback one). */
const pathOf = (statusUrl: string) => {
  const url = new URL(statusUrl);
  return `${url.pathname}${url.search}`;
};

/** Take a ticket at the kiosk; its number, id and the link its QR carries. */
async function takeTicket(serviceId: string) {
  await kiosk.send(...walkToTicket(serviceId));
  const ticket = kiosk.runtime.currentView().ticket;
  if (ticket === null) throw new Error('no ticket on screen');
  const stored = kiosk.runtime.store.findByNumber(today(), ticket.number);
  if (stored === undefined) throw new Error('ticket not stored');
  await kiosk.send({ type: 'ui.finish' });
  return { number: ticket.number, id: stored.id, link: ticket.statusUrl };
}

function serve(counter: number, ticketId: number): void {
  const { queue } = kiosk.runtime;
  const called = queue.callNext(counter, ['residence', 'civil-status'], new Date(), {});
  if (!called.ok || called.ticket.id !== ticketId) throw new Error('not the ticket expected');
  queue.startService(counter, ticketId, new Date());
  queue.finishService(counter, ticketId, new Date());
}

describe("the ticket's QR link", () => {
  it('carries a token for that ticket, on screen and on the printed slip', async () => {
    const ticket = await takeTicket('residence');
    const k = new URL(ticket.link).searchParams.get('k') ?? '';
    expect(kiosk.runtime.satisfaction.tokenNames(k, { id: ticket.id, serviceDay: today() })).toBe(true);
    expect(printedTickets(kiosk.devices.printer).at(-1)?.statusUrl).toBe(ticket.link);
  });

  it("carries one for a linked kiosk's ticket too, signed by the host", async () => {
    const robot = new RemoteTicketIssuer({
      url: `ws://127.0.0.1:${new URL(host.url).port}${KIOSK_LINK_PATH}`,
      key: KEY,
      kioskId: 'robot',
      timeZone: DEFAULT_CONFIG.servicePoint.timeZone,
      logger: new MemoryLogger(),
      issueTimeoutMs: 10_000,
    });
    try {
      const result = await robot.issue({ serviceId: 'land', procedureId: null, priority: null, kioskId: 'robot' });
      if (!result.ok) throw new Error(result.reason);
      expect(result.ticket.ratingToken).not.toBeNull();
      expect(kiosk.runtime.satisfaction.tokenNames(result.ticket.ratingToken ?? '', result.ticket)).toBe(true);
    } finally {
      robot.close();
    }
  });
});

describe('the status page', () => {
  it('offers the rating only once served and only for its own token, then thanks the citizen', async () => {
    const ticket = await takeTicket('residence');
    const other = await takeTicket('residence');
    const ownToken = new URL(ticket.link).searchParams.get('k') ?? '';
    const otherToken = new URL(other.link).searchParams.get('k') ?? '';
    const rateLink = `href="/rate#${ownToken}"`;

    expect((await get(pathOf(ticket.link))).body).not.toContain('Đánh giá dịch vụ');
    serve(3, ticket.id);
    const served = await get(pathOf(ticket.link));
    expect(text(served.body)).toContain('Đánh giá dịch vụ');
    expect(served.body).toContain(rateLink);
    // The English page keeps the token, and its own link to Vietnamese does too.
    const english = await get(`${pathOf(ticket.link)}&lang=en`);
    expect(text(english.body)).toContain('Rate this service');
    expect(english.body).toContain(`lang=vi&amp;k=${ownToken}`);
    // No token, another ticket's token, a mangled one: where the ticket stands, and no rating.
    for (const query of ['', `?k=${otherToken}`, `?k=${ownToken.slice(0, -3)}xyz`]) {
      const page = await get(`/t/${today()}/${ticket.number}${query}`);
      expect(page.status).toBe(200);
      expect(text(page.body)).toContain('Đã hoàn thành');
      expect(page.body).not.toContain('/rate#');
    }

    const rated = kiosk.runtime.satisfaction.rate(ticket.id, { kind: 'token', token: ownToken }, { overall: 5 }, 'phone');
    expect(rated.ok).toBe(true);
    const thanked = await get(pathOf(ticket.link));
    expect(text(thanked.body)).toContain('Cảm ơn ông/bà đã đánh giá.');
    expect(thanked.body).not.toContain('/rate#');
  });

  it('leads to the phone rating page the host serves at /rate, which rates through /rating', async () => {
    expect(await get('/rate')).toEqual({ status: 200, body: RATE_PAGE });
    const ticket = await takeTicket('civil-status');
    serve(1, ticket.id);
    const token = new URL(ticket.link).searchParams.get('k') ?? '';
    const socket = new WebSocket(`ws://127.0.0.1:${new URL(host.url).port}${RATING_PATH}`, { origin: host.url.replace(/\/$/, '') });
    try {
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const reply = new Promise<RatingHostMessage>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)) as RatingHostMessage)));
      socket.send(JSON.stringify({ type: 'openToken', id: 1, token }));
      expect(await reply).toMatchObject({ type: 'reply', id: 1, result: { ok: true, ticket: { ticketId: ticket.id, number: ticket.number } } });
    } finally {
      socket.close();
    }
  });
});
