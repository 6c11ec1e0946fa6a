/** The kiosk numbering through its service point: a closed day reaches the menu and refuses a ticket in words. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Harness, startHarness, today } from '../helpers/kiosk-harness.js';
import { walkToConfirm, walkToTicket } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => {
  vi.useRealTimers();
  await kiosk?.close();
});

describe('the kiosk and the service day', () => {
  it('shows the refusal instead of a ticket when the day closed while the citizen was choosing, and tells the menu', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToTicket('residence'), { type: 'ui.finish' });
    expect(kiosk.runtime.store.listDay(today()).map((ticket) => [ticket.number, ticket.status])).toEqual([['B001', 'printed']]);

    await kiosk.send(...walkToConfirm('residence'));
    expect(kiosk.runtime.servicePoint.act(3, { type: 'closeDay' }, 'counter 3')).toEqual({ ok: true });
    await kiosk.send({ type: 'ui.confirm' });
    const view = kiosk.runtime.currentView();
    expect(view.screen).toBe('issueRefused');
    expect(view.refusal).toBe('Bộ phận Một cửa đã ngừng nhận số hôm nay. Mời ông/bà quay lại vào ngày làm việc tiếp theo.');
    expect(view.closedMessage).toBe(view.refusal);
    expect(kiosk.runtime.store.listDay(today())).toHaveLength(1);
    expect(kiosk.logger.lines).toContain(
      'info: no ticket for residence (dayClosed): The service point has stopped issuing numbers for today. Please come back on the next working day.',
    );
  });

  it('gives the ticket the learnt estimate and the menu the waiting count', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToTicket('residence'), { type: 'ui.finish' }, ...walkToTicket('residence'));
    // One ahead at the one residence counter, at the prior pace (6 minutes).
    expect(kiosk.runtime.currentView().ticket).toMatchObject({ number: 'B002', peopleAhead: 1, estimatedWaitMinutes: 6 });
    await kiosk.send({ type: 'ui.finish' }, ...walkToConfirm('residence'));
    expect(kiosk.runtime.currentView().services.find((service) => service.id === 'residence')).toMatchObject({ waiting: 2, estimatedWaitMinutes: 15 }); // 12 minutes, rounded up to 5
  });

  it("refreshes the menu's estimates every 30 seconds, as a service in progress goes on", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = Date.now();
    kiosk = await startHarness({ now: () => new Date(now) });
    await kiosk.send(...walkToTicket('residence'), { type: 'ui.finish' }, ...walkToTicket('residence'), { type: 'ui.finish' });
    const point = kiosk.runtime.servicePoint;
    point.act(3, { type: 'callNext' }, 'counter 3');
    const serving = point.counterState(3).current;
    point.act(3, { type: 'start', ticketId: serving?.id ?? 0 }, 'counter 3');
    await kiosk.send(...walkToConfirm('residence'));
    const estimate = () => kiosk.runtime.currentView().services.find((service) => service.id === 'residence')?.estimatedWaitMinutes;
    expect(estimate()).toBe(15); // B002 waits behind a full 6-minute service, then 6 of its own: 12, rounded up

    now += 4 * 60_000;
    expect(estimate()).toBe(15); // nothing happened in the queue: no update yet
    vi.advanceTimersByTime(30_000);
    expect(estimate()).toBe(8); // 2 minutes left, then 6
  });
});
