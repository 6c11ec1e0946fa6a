/**
 * Several kiosks, one numbering: the stand hosts the service point's queue and serves `/queue` on
 * loopback; the robot is a second kiosk configured `remote`, numbering through it with the
 * RemoteTicketIssuer. Both issue at once; a link with a wrong key (or to a host with no key) is
 * refused; the host goes away in the middle (once right after a commit, before its reply) and
 * comes back, and the robot carries on without a second ticket for a retried request.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_CONFIG, DEFAULT_SERVICE_GROUPS, type KioskConfig } from '../../domain/config/schema.js';
import { KIOSK_LINK_PATH, type KioskLinkHostMessage, type LinkedTicket } from '../../bridge/queue-protocol.js';
import { createMockDevices } from '../../runtime/devices.js';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { type Logger, MemoryLogger } from '../../runtime/log.js';
import { RemoteTicketIssuer } from '../../runtime/queue/remote-ticket-issuer.js';
import type { IssueResult } from '../../runtime/queue/service-point-api.js';
import { tempDir, today, waitUntil } from '../helpers/kiosk-harness.js';
import { walkToChooseService, walkToConfirm } from '../helpers/walks.js';

const KEY = 'multi-kiosk-test-key-0123456789';
const TIME_ZONE = DEFAULT_CONFIG.servicePoint.timeZone;

function hostConfig(kioskKey: string | undefined): KioskConfig {
  return { ...DEFAULT_CONFIG, kioskId: 'stand', queue: { ...DEFAULT_CONFIG.queue, ...(kioskKey === undefined ? {} : { kioskKey }) } };
}

function issued(results: IssueResult[]): LinkedTicket[] {
  return results.map((result) => {
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    return result.ticket;
  });
}

/** Each prefix's sequences of the day, in the store, must be 1..n with no number twice. */
function expectOneContiguousNumbering(runtime: KioskRuntime): void {
  const rows = runtime.store.listDay(today());
  expect(new Set(rows.map((row) => row.number)).size).toBe(rows.length);
  for (const group of DEFAULT_SERVICE_GROUPS) {
    const sequences = rows.filter((row) => row.prefix === group.prefix).map((row) => row.sequence).sort((a, b) => a - b);
    expect(sequences, `prefix ${group.prefix}`).toEqual(sequences.map((_, index) => index + 1));
  }
}

describe('kiosks sharing one numbering over /queue', () => {
  let dir: ReturnType<typeof tempDir>;
  let stand: KioskRuntime;
  let host: RunningHost | undefined;
  let hostLog: MemoryLogger;
  let port: number;
  const issuers: RemoteTicketIssuer[] = [];

  async function startHost(logger: Logger = hostLog): Promise<RunningHost> {
    host = await startHttpHost({ runtime: stand, rendererDir: dir.path, address: '127.0.0.1', port, logger });
    port = Number(new URL(host.url).port);
    return host;
  }

  function robot(key = KEY, issueTimeoutMs = 10_000): RemoteTicketIssuer {
    const issuer = new RemoteTicketIssuer({ url: `ws://127.0.0.1:${port}${KIOSK_LINK_PATH}`, key, kioskId: 'robot', timeZone: TIME_ZONE, logger: new MemoryLogger(), issueTimeoutMs });
    issuers.push(issuer);
    return issuer;
  }

  const request = (index: number) => ({
    serviceId: DEFAULT_SERVICE_GROUPS[index % DEFAULT_SERVICE_GROUPS.length]?.id ?? 'civil-status',
    procedureId: null,
    priority: index % 7 === 0 ? ('pregnant' as const) : null,
    kioskId: 'robot',
  });

  beforeEach(async () => {
    dir = tempDir('motcua-multi-');
    hostLog = new MemoryLogger();
    stand = new KioskRuntime({ config: hostConfig(KEY), dataDir: dir.path, devices: createMockDevices(), logger: hostLog });
    port = 0;
    await startHost();
  });

  afterEach(async () => {
    for (const issuer of issuers.splice(0)) issuer.close();
    await host?.close();
    await stand.stop();
    dir.remove();
  });

  it('the stand and the robot issue 100 tickets each at the same time: one numbering, no duplicate, no gap', async () => {
    const robotIssuer = robot();
    const standTickets: IssueResult[] = [];
    const standIssues = (async () => {
      for (let index = 0; index < 100; index += 1) {
        // Interleave with the robot's requests arriving over the socket.
        await new Promise((resolve) => setImmediate(resolve));
        standTickets.push(stand.servicePoint.issue({ ...request(index), kioskId: 'stand' }));
      }
    })();
    const robotTickets = await Promise.all(Array.from({ length: 100 }, (_, index) => robotIssuer.issue(request(index))));
    await standIssues;

    const all = [...issued(standTickets), ...issued(robotTickets)];
    expect(new Set(all.map((ticket) => ticket.number)).size).toBe(200);
    expectOneContiguousNumbering(stand);
    const rows = stand.store.listDay(today());
    expect(rows).toHaveLength(200);
    // The robot's tickets really came from the stand's store, numbered among the stand's own.
    for (const ticket of issued(robotTickets)) expect(stand.store.get(ticket.id)?.number).toBe(ticket.number);
    const robotSequencesA = issued(robotTickets).filter((ticket) => ticket.prefix === 'A').map((ticket) => ticket.sequence);
    const standSequencesA = issued(standTickets).filter((ticket) => ticket.prefix === 'A').map((ticket) => ticket.sequence);
    expect(Math.min(...robotSequencesA)).toBeLessThan(Math.max(...standSequencesA));
    expect(issued(robotTickets).filter((ticket) => ticket.priority === 'pregnant')).toHaveLength(15);
  });

  it("a citizen at the robot gets a ticket numbered by the stand, and the robot's menu shows the stand's queue", async () => {
    const robotDir = tempDir('motcua-robot-');
    const remote = { kind: 'remote' as const, url: `ws://127.0.0.1:${port}${KIOSK_LINK_PATH}`, key: KEY };
    const config: KioskConfig = { ...DEFAULT_CONFIG, kioskId: 'robot', queue: { ...DEFAULT_CONFIG.queue, server: remote } };
    const robotKiosk = new KioskRuntime({ config, dataDir: robotDir.path, devices: createMockDevices(), logger: new MemoryLogger(), issuer: robot() });
    try {
      stand.servicePoint.issue({ ...request(1), kioskId: 'stand' });
      const dispatch = (events: ReturnType<typeof walkToConfirm>) => {
        for (const event of events) expect(robotKiosk.dispatch(event)).toEqual({ ok: true });
      };
      dispatch(walkToChooseService());
      const residence = () => robotKiosk.currentView().services.find((service) => service.id === 'residence');
      await waitUntil(() => residence()?.waiting === 1, "the stand's waiting count on the robot's menu");
      dispatch([...walkToConfirm('residence').slice(walkToChooseService().length), { type: 'ui.confirm' }]);
      await waitUntil(() => robotKiosk.currentView().ticket !== null, 'the ticket on the robot');
      expect(robotKiosk.currentView().ticket?.number).toBe('B002');
      expect(stand.store.findByNumber(today(), 'B002')).toMatchObject({ serviceId: 'residence' });
      // The robot's slip came out: the stand's store hears so.
      await waitUntil(() => stand.store.findByNumber(today(), 'B002')?.status === 'printed', 'the print reported to the stand');
      expect(stand.store.findByNumber(today(), 'B002')).toMatchObject({ kioskId: 'robot', printAttempts: 1 });
      // Numbered by the stand only: the robot's own file holds no ticket.
      expect(robotKiosk.store.listDay(today())).toEqual([]);
    } finally {
      await robotKiosk.stop();
      robotDir.remove();
    }
  });

  it('the robot learns the waiting counts from the host and hears every change', async () => {
    const robotIssuer = robot();
    let updates = 0;
    robotIssuer.onUpdate(() => (updates += 1));
    await waitUntil(() => robotIssuer.day().open, 'the first waiting push');
    expect(robotIssuer.day().day).toBe(today());
    stand.servicePoint.issue({ ...request(0), kioskId: 'stand' });
    stand.servicePoint.issue({ ...request(0), kioskId: 'stand' });
    await waitUntil(() => robotIssuer.groups().find((group) => group.id === 'civil-status')?.waiting === 2, 'the waiting count after two tickets');
    expect(robotIssuer.groups().map((group) => group.prefix)).toEqual(DEFAULT_SERVICE_GROUPS.map((group) => group.prefix));
    expect(updates).toBeGreaterThanOrEqual(2);
  });

  it('refuses a link with a wrong key, and every link while the host has no key, saying how to set one', async () => {
    const wrong = await robot('not-the-right-key-0000').issue(request(0));
    expect(wrong).toMatchObject({ ok: false, reason: 'badKey' });
    expect(hostLog.lines.some((line) => line.includes('"robot" refused: wrong key'))).toBe(true);

    stand.applyConfig(hostConfig(undefined));
    const keyless = await robot(KEY).issue(request(0));
    expect(keyless).toMatchObject({ ok: false, reason: 'badKey' });
    expect(hostLog.lines.some((line) => line.includes('until queue.kioskKey') && line.includes('queue.server.key'))).toBe(true);
    expect(stand.store.listDay(today())).toHaveLength(0);
  });

  it('tells the kiosk the server is unreachable when no answer comes in time, and recovers when the host is back', async () => {
    const robotIssuer = robot(KEY, 400);
    await waitUntil(() => robotIssuer.day().open, 'the link');
    await host?.close();
    const refused = await robotIssuer.issue(request(0));
    expect(refused).toMatchObject({ ok: false, reason: 'serverUnreachable', message: { vi: expect.stringContaining('Không kết nối được máy chủ xếp hàng') } });
    // Down longer than an issue may wait: the menu says so instead of offering tickets.
    await waitUntil(() => !robotIssuer.day().open, 'the day reported unreachable');
    expect(robotIssuer.day().closedMessage?.en).toContain('cannot be reached');
    await startHost();
    await waitUntil(() => robotIssuer.day().open, 'the link again');
    expect(await robotIssuer.issue(request(0))).toMatchObject({ ok: true, ticket: { number: 'A001' } });
    expect(stand.store.listDay(today())).toHaveLength(1);
  });

  it('answers a request key it has seen with the same ticket, and refuses an issue before hello', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${KIOSK_LINK_PATH}`);
    const replies: KioskLinkHostMessage[] = [];
    socket.on('message', (data) => replies.push(JSON.parse(String(data)) as KioskLinkHostMessage));
    await new Promise((resolve) => socket.once('open', resolve));
    const requestKey = randomUUID();
    const issue = (id: number) => ({ type: 'issue', id, requestKey, serviceId: 'residence', procedureId: null, priority: null });
    socket.send(JSON.stringify(issue(1)));
    socket.send(JSON.stringify({ type: 'hello', id: 2, kioskId: 'raw', key: KEY }));
    socket.send(JSON.stringify(issue(3)));
    socket.send(JSON.stringify(issue(4)));
    socket.send(JSON.stringify({ ...issue(5), requestKey: 'not-a-uuid' }));
    await waitUntil(() => replies.filter((reply) => reply.type !== 'waiting').length === 5, 'five answers');
    socket.close();

    const answer = (id: number) => replies.find((reply) => reply.type === 'reply' && reply.id === id);
    expect(answer(1)).toMatchObject({ result: { ok: false, reason: 'notSignedIn' } });
    const first = answer(3);
    const again = answer(4);
    expect(first).toMatchObject({ result: { ok: true, ticket: { number: 'B001' } } });
    expect(again).toEqual({ ...first, id: 4 });
    expect(replies.some((reply) => reply.type === 'error' && reply.message.includes('requestKey'))).toBe(true);
    expect(stand.store.listDay(today())).toHaveLength(1);
  });

  it("keeps a linked kiosk's print outcomes until the host confirms them, and refuses reports on others' tickets", async () => {
    const standTicket = stand.servicePoint.issue({ ...request(1), kioskId: 'stand' });
    const robotIssuer = robot();
    const [robotTicket] = issued([await robotIssuer.issue(request(2))]);
    if (robotTicket === undefined || !standTicket.ok) throw new Error('no tickets');
    // Reported while the host is away: kept, and sent once the link is back.
    await host?.close();
    robotIssuer.recordPrint(robotTicket.id, false);
    robotIssuer.recordPrint(standTicket.ticket.id, true);
    await startHost();
    await waitUntil(() => stand.store.get(robotTicket.id)?.status === 'print_failed', "the robot's failed print on the stand");
    await waitUntil(() => hostLog.lines.some((line) => line.includes(`reported a print for ticket ${standTicket.ticket.id}`)), 'the refusal');
    expect(stand.store.get(standTicket.ticket.id)?.status).toBe('issued');
  });

  it('carries on across a host restart, including a reply lost after its commit, without a second ticket', async () => {
    await host?.close();
    // The host logs a linked ticket after its commit and before its reply: closing the host right
    // there, at the 30th, loses that reply as a crash at the worst moment would. It is back 300 ms later.
    let linkedTickets = 0;
    let restarted: Promise<unknown> | undefined;
    const cutting: Logger = {
      info(message) {
        hostLog.info(message);
        if (!message.startsWith('kiosk link: ticket') || ++linkedTickets !== 30) return;
        const closing = host?.close();
        restarted = (async () => {
          await closing;
          await new Promise((resolve) => setTimeout(resolve, 300));
          await startHost();
        })();
      },
      warn: (message) => hostLog.warn(message),
      error: (message) => hostLog.error(message),
    };
    await startHost(cutting);
    const robotIssuer = robot();
    const results: IssueResult[] = [];
    for (let index = 0; index < 60; index += 1) results.push(await robotIssuer.issue(request(index)));
    await restarted;

    const tickets = issued(results);
    expect(restarted).toBeDefined();
    expect(new Set(tickets.map((ticket) => ticket.number)).size).toBe(60);
    // Exactly the tickets the robot received are in the store: the retried request made none more.
    expect(stand.store.listDay(today()).map((row) => row.number).sort()).toEqual(tickets.map((ticket) => ticket.number).sort());
    expectOneContiguousNumbering(stand);
    expect(hostLog.lines.filter((line) => line.includes('"robot" linked'))).toHaveLength(2);
    // The 30th was answered twice: once into the cut, once to the retry with the same key.
    const thirtieth = tickets[29]?.number ?? '';
    expect(hostLog.lines.filter((line) => line.endsWith(`ticket ${thirtieth} for "robot"`))).toHaveLength(2);
  });
});
