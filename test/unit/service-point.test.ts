/** The service point: issuing with refusals, counter actions in words, and the snapshots pages show. */
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueEvent } from '../../runtime/queue/queue-events.js';
import { DAY, ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
afterEach(() => rig?.close());

describe('issuing', () => {
  it('numbers per group and places a priority ticket before the normal ones already waiting', () => {
    rig = new ServicePointRig();
    expect(rig.ticket('civil-status')).toMatchObject({ number: 'A001', serviceDay: DAY, peopleAhead: 0, priority: null });
    rig.ticket('civil-status');
    expect(rig.ticket('residence')).toMatchObject({ number: 'B001', peopleAhead: 0 });
    expect(rig.ticket('civil-status')).toMatchObject({ number: 'A003', peopleAhead: 2 });
    expect(rig.ticket('civil-status', { priority: 'elderly' })).toMatchObject({ number: 'A004', peopleAhead: 0, priority: 'elderly' });
  });

  it('estimates from the prior pace before any service: two counters share the people ahead', () => {
    rig = new ServicePointRig({ queue: { serviceTime: { priorMinutes: 6 } } });
    expect(rig.ticket('civil-status').estimatedWaitMinutes).toBe(0);
    rig.ticket('civil-status');
    // Two ahead, two free counters: each takes one, the first to finish (6 min) takes this one.
    expect(rig.ticket('civil-status').estimatedWaitMinutes).toBe(6);
    rig.ticket('civil-status');
    expect(rig.ticket('civil-status').estimatedWaitMinutes).toBe(15); // 12 min, rounded up to 5 past 10
  });

  it("follows each group's calling policy from the config: interleaved here, strict where none is set", () => {
    rig = new ServicePointRig({ queue: { callingPolicies: { 'civil-status': { kind: 'interleaved', normalPerPriority: 2 } } } });
    const number = (id: number) => rig.store.get(id)?.number;
    const serveAll = (counter: number, count: number) =>
      Array.from({ length: count }, () => {
        const id = rig.call(counter);
        rig.act(counter, { type: 'noShow', ticketId: id });
        return number(id);
      });
    for (const group of ['civil-status', 'residence']) {
      rig.ticket(group);
      rig.ticket(group);
      rig.ticket(group);
      // Interleaved: the priority newcomer has the first call (one is due at the start) and no one ahead.
      expect(rig.ticket(group, { priority: 'young-child' }).peopleAhead).toBe(0);
      rig.ticket(group, { priority: 'disability' });
    }
    expect(serveAll(1, 5)).toEqual(['A004', 'A001', 'A002', 'A005', 'A003']);
    expect(serveAll(3, 5)).toEqual(['B004', 'B005', 'B001', 'B002', 'B003']);
  });

  it('refuses an unknown group in words for the citizen', () => {
    rig = new ServicePointRig();
    expect(rig.issue('passport')).toMatchObject({ ok: false, reason: 'unknownGroup', message: { vi: expect.stringContaining('Không có nhóm dịch vụ') } });
    expect(rig.store.listDay(DAY)).toEqual([]);
  });
});

describe('counter actions', () => {
  it('calls, starts and finishes, showing the ticket on the counter page and the board', () => {
    rig = new ServicePointRig();
    rig.ticket('civil-status');
    rig.ticket('civil-status', { priority: 'pregnant' });
    const id = rig.at(2).call(1);
    const state = rig.point.counterState(1);
    expect(state).toMatchObject({
      counter: 1,
      current: { id, number: 'A002', state: 'called', priority: 'pregnant', recallCount: 0 },
      paused: null,
      servedToday: 0,
      day: { day: DAY, open: true, closedMessage: null },
    });
    expect(state.groups.map((group) => [group.id, group.waiting])).toEqual([['civil-status', 1]]);
    expect(state.allGroups.map((group) => group.prefix)).toEqual(['A', 'B', 'C', 'D']);

    expect(rig.act(1, { type: 'recall', ticketId: id })).toEqual({ ok: true });
    const board = rig.point.boardState();
    expect(board.nowServing).toEqual([{ counter: 1, number: 'A002', serviceId: 'civil-status', state: 'called', priority: 'pregnant' }]);
    expect(board.lastCalls.map((call) => [call.number, call.kind])).toEqual([
      ['A002', 'recall'],
      ['A002', 'call'],
    ]);
    expect(new Set(board.lastCalls.map((call) => call.callId)).size).toBe(2);
    expect(board.servicePointName).toEqual(rig.config.servicePoint.name);

    expect(rig.act(1, { type: 'start', ticketId: id })).toEqual({ ok: true });
    expect(rig.at(10).act(1, { type: 'finish', ticketId: id })).toEqual({ ok: true });
    expect(rig.point.counterState(1)).toMatchObject({ current: null, servedToday: 1 });
    expect(rig.point.boardState().nowServing).toEqual([]);
  });

  it('refuses in words a clerk understands, changing nothing', () => {
    rig = new ServicePointRig();
    expect(rig.act(1, { type: 'callNext' })).toEqual({
      ok: false,
      reason: 'noOneWaiting',
      message: { vi: 'Không có ai đang chờ.', en: 'No one is waiting.' },
    });
    rig.ticket('civil-status');
    rig.ticket('civil-status');
    const id = rig.call(1);
    expect(rig.act(1, { type: 'callNext' })).toMatchObject({ reason: 'counterBusy', message: { en: expect.stringContaining('A001') } });
    expect(rig.act(2, { type: 'noShow', ticketId: id })).toMatchObject({ reason: 'notYourTicket' });
    expect(rig.act(1, { type: 'finish', ticketId: id })).toMatchObject({ reason: 'wrongState', message: { vi: 'Số này chưa bắt đầu phục vụ.' } });
    rig.act(1, { type: 'noShow', ticketId: id });
    // A stale page: the ticket was marked absent meanwhile.
    expect(rig.act(1, { type: 'start', ticketId: id })).toMatchObject({ reason: 'alreadyFinished', message: { en: expect.stringContaining('already') } });
    expect(rig.act(1, { type: 'recall', ticketId: 9999 })).toMatchObject({ reason: 'unknownTicket' });
    expect(rig.act(1, { type: 'pause', reason: '   ' })).toMatchObject({ reason: 'missingReason' });
  });

  it('refuses a counter that no group is served at, and a transfer to a group that does not exist', () => {
    rig = new ServicePointRig();
    rig.ticket('civil-status');
    expect(rig.act(9, { type: 'callNext' })).toMatchObject({ ok: false, reason: 'unknownCounter', message: { en: 'Counter 9 serves no service group: check the configuration.' } });
    const id = rig.call(1);
    expect(rig.act(1, { type: 'transfer', ticketId: id, toGroupId: 'passport' })).toMatchObject({ ok: false, reason: 'unknownGroup' });
    expect(rig.point.counterState(1).current).toMatchObject({ id, serviceId: 'civil-status', state: 'called' });
    expect(rig.act(1, { type: 'transfer', ticketId: id, toGroupId: 'residence' })).toEqual({ ok: true });
    expect(rig.point.groups().find((group) => group.id === 'residence')?.waiting).toBe(1);
  });

  it('shows a paused counter on its page and the board, and calls nobody there', () => {
    rig = new ServicePointRig();
    rig.ticket('residence');
    expect(rig.act(3, { type: 'pause', reason: 'Họp giao ban' })).toEqual({ ok: true });
    expect(rig.point.counterState(3).paused).toEqual({ reason: 'Họp giao ban', since: rig.clock });
    expect(rig.point.boardState().paused).toEqual([{ counter: 3, reason: 'Họp giao ban' }]);
    expect(rig.act(3, { type: 'callNext' })).toMatchObject({ reason: 'counterPaused' });
    expect(rig.act(3, { type: 'pause', reason: 'again' })).toMatchObject({ reason: 'wrongState', message: { en: 'This counter is already paused.' } });
    expect(rig.act(3, { type: 'resumeCounter' })).toEqual({ ok: true });
    expect(rig.act(3, { type: 'resumeCounter' })).toMatchObject({ reason: 'wrongState', message: { en: 'This counter is not paused.' } });
  });

  it('tells listeners of every committed change, the day opening included', () => {
    rig = new ServicePointRig();
    const events: QueueEvent[] = [];
    const stop = rig.point.onChange((event) => events.push(event));
    rig.ticket('residence');
    const id = rig.call(3);
    rig.act(3, { type: 'callNext' }); // refused: nothing to hear
    rig.act(3, { type: 'recall', ticketId: id });
    expect(events.map((event) => event.type)).toEqual(['dayOpened', 'issued', 'called', 'recalled']);
    const [called, recalled] = events.slice(2);
    const callIds = rig.point.boardState().lastCalls.map((call) => call.callId);
    expect([recalled && 'callId' in recalled && recalled.callId, called && 'callId' in called && called.callId]).toEqual(callIds);
    stop();
    rig.ticket('residence');
    expect(events).toHaveLength(4);
  });
});
