import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalTicketIssuer } from '../../runtime/queue/local-ticket-issuer.js';
import { ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
let issuer: LocalTicketIssuer;

beforeEach(() => {
  rig = new ServicePointRig();
  issuer = new LocalTicketIssuer(rig.point, rig.store);
});

afterEach(() => {
  issuer.close();
  rig.close();
});

describe('the host kiosk numbering from its own service point', () => {
  it('hears of a burst of queue changes once, after the actions, with the counts they left', async () => {
    const heard: number[] = [];
    issuer.onUpdate(() => heard.push(issuer.groups().find((group) => group.id === 'civil-status')?.waiting ?? -1));
    for (let n = 0; n < 3; n += 1) rig.ticket('civil-status');
    // Not inside the actions: a linked kiosk's issue must not wait for the menu's counts.
    expect(heard).toEqual([]);
    await nextTurn();
    expect(heard).toEqual([3]);
    rig.ticket('civil-status');
    await nextTurn();
    expect(heard).toEqual([3, 4]);
  });

  it('tells no one once unsubscribed or closed, even of a change already made', async () => {
    let heard = 0;
    const stop = issuer.onUpdate(() => (heard += 1));
    rig.ticket('civil-status');
    stop();
    await nextTurn();
    issuer.onUpdate(() => (heard += 1));
    rig.ticket('civil-status');
    issuer.close();
    await nextTurn();
    expect(heard).toBe(0);
  });

  it('issues from the same numbering as the counters see, and records the print against the ticket', async () => {
    const first = await issuer.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'kiosk-1' });
    const second = await issuer.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'kiosk-1' });
    if (!first.ok || !second.ok) throw new Error('refused');
    expect([first.ticket.number, second.ticket.number]).toEqual(['A001', 'A002']);
    issuer.recordPrint(first.ticket.id, true);
    issuer.recordPrint(second.ticket.id, false);
    expect(rig.store.get(first.ticket.id)?.status).toBe('printed');
    expect(rig.store.get(second.ticket.id)?.status).toBe('print_failed');
  });
});
