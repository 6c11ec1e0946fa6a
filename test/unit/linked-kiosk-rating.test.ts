/**
 * Rating at a kiosk linked to another host (the robot numbering through the stand): its tickets
 * live in the stand's store, so it finds them, lists its offers and keeps ratings there, over the
 * real `/queue` socket. A second rating is refused politely, an unknown number too, and with the
 * stand gone the robot says so in the citizen's words and rates again once it is back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskUiEvent } from '../../bridge/contract.js';
import { KIOSK_LINK_PATH, type LinkedTicket } from '../../bridge/queue-protocol.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { ticketStatusUrl } from '../../domain/queue/ticket-status-link.js';
import { type MockDeviceSet, createMockDevices } from '../../runtime/devices.js';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RemoteTicketIssuer } from '../../runtime/queue/remote-ticket-issuer.js';
import { tempDir, today, waitUntil } from '../helpers/kiosk-harness.js';
import { walkToMenu } from '../helpers/walks.js';

const KEY = 'linked-rating-test-key-0123456789';
const COUNTER = 1;

describe('rating at a kiosk linked to another host', () => {
  let standDir: ReturnType<typeof tempDir>;
  let robotDir: ReturnType<typeof tempDir>;
  let stand: KioskRuntime;
  let host: RunningHost | undefined;
  let port: number;
  let issuer: RemoteTicketIssuer;
  let robotDevices: MockDeviceSet;
  let robot: KioskRuntime;

  async function startHost(): Promise<void> {
    host = await startHttpHost({ runtime: stand, rendererDir: standDir.path, address: '127.0.0.1', port, logger: new MemoryLogger() });
    port = Number(new URL(host.url).port);
  }

  beforeEach(async () => {
    standDir = tempDir('motcua-stand-');
    robotDir = tempDir('motcua-robot-');
    const standConfig: KioskConfig = { ...DEFAULT_CONFIG, kioskId: 'stand', queue: { ...DEFAULT_CONFIG.queue, kioskKey: KEY } };
    stand = new KioskRuntime({ config: standConfig, dataDir: standDir.path, devices: createMockDevices(), logger: new MemoryLogger() });
    port = 0;
    await startHost();
    const url = `ws://127.0.0.1:${port}${KIOSK_LINK_PATH}`;
    issuer = new RemoteTicketIssuer({ url, key: KEY, kioskId: 'robot', timeZone: DEFAULT_CONFIG.servicePoint.timeZone, logger: new MemoryLogger(), issueTimeoutMs: 2_000 });
    const robotConfig: KioskConfig = { ...DEFAULT_CONFIG, kioskId: 'robot', queue: { ...DEFAULT_CONFIG.queue, server: { kind: 'remote', url, key: KEY } } };
    robotDevices = createMockDevices();
    robot = new KioskRuntime({ config: robotConfig, dataDir: robotDir.path, devices: robotDevices, logger: new MemoryLogger(), issuer });
  });

  afterEach(async () => {
    await robot.stop();
    await host?.close();
    await stand.stop();
    robotDir.remove();
    standDir.remove();
  });

  async function issueAtRobot(): Promise<LinkedTicket> {
    const result = await issuer.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'robot' });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    return result.ticket;
  }

  /** The stand's counter calls, starts and finishes the next ticket. */
  function serveNext(): void {
    const point = stand.servicePoint;
    expect(point.act(COUNTER, { type: 'callNext' }, 'test')).toMatchObject({ ok: true });
    const held = point.counterState(COUNTER).current;
    if (held === null) throw new Error('called, but the counter holds nothing');
    expect(point.act(COUNTER, { type: 'start', ticketId: held.id }, 'test')).toEqual({ ok: true });
    expect(point.act(COUNTER, { type: 'finish', ticketId: held.id }, 'test')).toEqual({ ok: true });
  }

  function send(...events: KioskUiEvent[]): void {
    for (const event of events) expect(robot.dispatch(event)).toEqual({ ok: true });
  }

  const screen = () => robot.currentView().screen;
  const rating = () => robot.currentView().rating;
  const keptAtStand = (ticketId: number) => stand.satisfaction.ratings.find(ticketId);
  const ratingsAtStand = (ticketId: number) =>
    stand.store.connection.prepare<[number], { count: number }>(`SELECT COUNT(*) AS count FROM rating WHERE ticket_id = ?`).get(ticketId)?.count;

  async function rateByNumber(number: string): Promise<void> {
    send(...walkToMenu(), { type: 'ui.menu', item: 'rate' }, { type: 'ui.rateNumber', text: number }, { type: 'ui.confirm' });
    await waitUntil(() => screen() === 'rateOverall' || (rating()?.refusal ?? null) !== null, `the robot's answer to ${number}`);
  }

  function backToAttract(): void {
    send({ type: 'ui.cancel' });
    expect(screen()).toBe('attract');
  }

  it("offers the robot's served tickets and keeps their ratings once, in the stand's store, refusing a second rating and an unknown number", async () => {
    stand.servicePoint.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'stand' });
    const first = await issueAtRobot();
    const second = await issueAtRobot();
    serveNext();
    serveNext();
    serveNext();
    // Newest first, and never the stand's own ticket.
    await waitUntil(() => robot.currentView().ratingOffers.join() === [second.number, first.number].join(), "the robot's offers");

    await rateByNumber(first.number);
    expect(screen()).toBe('rateOverall');
    expect(rating()?.ticket).toEqual({ number: first.number, counter: COUNTER, service: 'Hộ tịch, chứng thực', procedure: null });
    send({ type: 'ui.rateOverall', score: 2 });
    await waitUntil(() => screen() === 'rateCriteria', 'the criteria step');
    expect(keptAtStand(first.id)).toMatchObject({ overall: 2, channel: 'kiosk', counter: COUNTER });
    expect(robot.satisfaction.ratings.find(first.id)).toBeUndefined();

    send({ type: 'ui.rateCriteria', criteria: { officer: 1 } }, { type: 'ui.confirm' });
    await waitUntil(() => screen() === 'rateReasons', 'the reasons step');
    expect(keptAtStand(first.id)?.criteria).toEqual({ officer: 1 });
    backToAttract();
    // The stand told the robot a rating landed: the rated ticket has left its offers.
    await waitUntil(() => robot.currentView().ratingOffers.join() === second.number, 'the offer withdrawn');

    await rateByNumber(first.number);
    expect(screen()).toBe('rate');
    expect(rating()?.refusal).toMatchObject({ reason: 'alreadyRated', message: expect.stringContaining('Xin cảm ơn') });
    expect(ratingsAtStand(first.id)).toBe(1);
    backToAttract();

    await rateByNumber('A099');
    expect(rating()?.refusal).toMatchObject({ reason: 'unknownTicket', message: expect.stringContaining('Không tìm thấy số thứ tự này') });
  });

  it("rates the ticket whose QR is held up at the robot's reader", async () => {
    const ticket = await issueAtRobot();
    serveNext();
    if (ticket.ratingToken === null) throw new Error('the stand signed no rating token');
    const link = ticketStatusUrl(DEFAULT_CONFIG.host.publicUrl, { serviceDay: today(), number: ticket.number, ratingToken: ticket.ratingToken });
    robotDevices.idReader.script.queueValue({ qrText: link });
    send(...walkToMenu(), { type: 'ui.menu', item: 'rate' });
    await waitUntil(() => screen() === 'rateOverall', 'the ticket opened from its QR');
    expect(rating()?.ticket?.number).toBe(ticket.number);
    send({ type: 'ui.rateOverall', score: 5 });
    await waitUntil(() => keptAtStand(ticket.id) !== undefined, 'the rating at the stand');
    expect(keptAtStand(ticket.id)).toMatchObject({ overall: 5, channel: 'kiosk' });
    expect(ratingsAtStand(ticket.id)).toBe(1);
  });

  it('says the server cannot be reached while the stand is gone, and rates once it is back', async () => {
    const ticket = await issueAtRobot();
    serveNext();
    await waitUntil(() => robot.currentView().ratingOffers.includes(ticket.number), "the robot's offer");
    await host?.close();
    host = undefined;
    // Nothing can be rated while the stand is gone: the offer leaves the robot's screen.
    await waitUntil(() => robot.currentView().ratingOffers.length === 0, 'the offers withdrawn with the link');

    await rateByNumber(ticket.number);
    expect(screen()).toBe('rate');
    expect(rating()?.refusal).toMatchObject({ reason: 'serverUnreachable', message: expect.stringContaining('Không kết nối được máy chủ') });
    backToAttract();
    expect(keptAtStand(ticket.id)).toBeUndefined();

    await startHost();
    // Linked again, the robot asks for its offers at once: nothing was lost.
    await waitUntil(() => robot.currentView().ratingOffers.includes(ticket.number), 'the offer back after the link returns');
    await rateByNumber(ticket.number);
    send({ type: 'ui.rateOverall', score: 4 });
    await waitUntil(() => keptAtStand(ticket.id) !== undefined, 'the rating at the stand');
    expect(keptAtStand(ticket.id)).toMatchObject({ overall: 4, channel: 'kiosk' });
  }, 15_000);
});
