/** The kiosk's service list shows how many wait in each group, live as tickets are issued and called. */
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';
import { walkToChooseService, walkToTicket } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const waiting = (id: string) => kiosk.runtime.currentView().services.find((service) => service.id === id)?.waiting;

describe('live waiting counts', () => {
  it('count the tickets issued and not yet called, per group', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToChooseService());
    expect(waiting('civil-status')).toBe(0);
    await kiosk.send(...walkToTicket('civil-status'), { type: 'ui.finish' }, ...walkToTicket('civil-status'), { type: 'ui.finish' });
    await kiosk.send(...walkToTicket('land'), { type: 'ui.finish' });
    await kiosk.send(...walkToChooseService());
    expect([waiting('civil-status'), waiting('land'), waiting('residence')]).toEqual([2, 1, 0]);

    const called = kiosk.runtime.queue.callNext(1, ['civil-status'], new Date(), {});
    expect(called).toMatchObject({ ok: true });
    await kiosk.advance(0);
    expect(waiting('civil-status')).toBe(1);
  });

  it('count only those still waiting as people ahead of a new ticket', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToTicket('residence'), { type: 'ui.finish' }, ...walkToTicket('residence'), { type: 'ui.finish' });
    kiosk.runtime.queue.callNext(3, ['residence'], new Date(), {});
    await kiosk.send(...walkToTicket('residence'));
    expect(kiosk.runtime.currentView().ticket).toMatchObject({ number: 'B003', peopleAhead: 1 });
  });
});
