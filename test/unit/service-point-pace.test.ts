/** Each group's pace learnt from today's finished services, kept across a restart, and the estimates it gives. */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, ServicePointRig } from '../helpers/service-point-rig.js';

let rig: ServicePointRig;
afterEach(() => rig?.close());

const pace = (groupId: string, day = DAY) => rig.point.queue.paceOf(day, groupId, rig.config.queue.serviceTime);
const estimate = (groupId: string) => rig.point.groups().find((group) => group.id === groupId)?.estimatedWaitMinutes;

/** Call, start at `from` and finish at `to` (minutes after 08:00) at the counter. */
function serve(counter: number, from: number, to: number): void {
  const id = rig.at(from).call(counter);
  rig.act(counter, { type: 'start', ticketId: id });
  rig.at(to).act(counter, { type: 'finish', ticketId: id });
}

describe('learnt pace', () => {
  it('moves from the prior towards the real service times, ignoring implausible ones', () => {
    rig = new ServicePointRig({ queue: { serviceTime: { alpha: 0.5, priorMinutes: 6 } } });
    for (let n = 0; n < 4; n += 1) rig.ticket('residence');
    expect(pace('residence')).toEqual({ minutes: 6, samples: 0 });
    serve(3, 0, 10);
    expect(pace('residence')).toEqual({ minutes: 8, samples: 1 });
    serve(3, 10, 20);
    expect(pace('residence')).toEqual({ minutes: 9, samples: 2 });
    serve(3, 20, 20.1); // six seconds: a slip of the finger, not a service
    expect(pace('residence')).toEqual({ minutes: 9, samples: 2 });
    expect(pace('civil-status')).toEqual({ minutes: 6, samples: 0 });
  });

  it('is rebuilt from the store after a restart, and starts again from the prior the next day', () => {
    rig = new ServicePointRig({ queue: { serviceTime: { alpha: 0.5, priorMinutes: 6 } } });
    for (let n = 0; n < 4; n += 1) rig.ticket('residence');
    serve(3, 0, 10);
    serve(3, 10, 20);
    const before = { pace: pace('residence'), estimate: estimate('residence') };
    rig.restart();
    expect({ pace: pace('residence'), estimate: estimate('residence') }).toEqual(before);
    expect(before).toEqual({ pace: { minutes: 9, samples: 2 }, estimate: 20 }); // 2 ahead at 9 min: 18, rounded up to 20
    serve(3, 20, 32);
    expect(pace('residence')).toEqual({ minutes: 10.5, samples: 3 });
    expect(pace('residence', '2026-11-24')).toEqual({ minutes: 6, samples: 0 });
  });
});

describe('estimates', () => {
  it('grow with the people ahead and when a counter of the group pauses; unknown with none open', () => {
    rig = new ServicePointRig({ queue: { serviceTime: { priorMinutes: 6 } } });
    expect(estimate('civil-status')).toBe(0);
    rig.ticket('civil-status');
    rig.ticket('civil-status');
    expect(estimate('civil-status')).toBe(6); // two ahead, two counters
    rig.act(2, { type: 'pause', reason: 'Họp' });
    expect(estimate('civil-status')).toBe(15); // two ahead, one counter: 12, rounded up to 5
    rig.act(1, { type: 'pause', reason: 'Họp' });
    expect(estimate('civil-status')).toBeNull();
    rig.act(1, { type: 'resumeCounter' });
    rig.act(2, { type: 'resumeCounter' });
    expect(estimate('civil-status')).toBe(6);
  });

  it('shrink as the service in progress goes on, and grow as the learnt pace slows', () => {
    rig = new ServicePointRig({ queue: { serviceTime: { alpha: 0.5, priorMinutes: 6 } } });
    rig.ticket('residence');
    rig.ticket('residence');
    const id = rig.call(3);
    rig.act(3, { type: 'start', ticketId: id });
    // B002 waits behind a service that will take one pace (6 min) from now, then takes 6 itself.
    expect(estimate('residence')).toBe(15); // 12, rounded up to 5
    rig.at(4);
    expect(estimate('residence')).toBe(8); // 2 minutes left, then 6
    expect(rig.ticket('residence')).toMatchObject({ number: 'B003', peopleAhead: 1, estimatedWaitMinutes: 8 });
    rig.at(20).act(3, { type: 'finish', ticketId: id }); // a 20-minute service: the pace becomes 13 minutes
    expect(estimate('residence')).toBe(30); // two ahead at 13 min: 26, rounded up to 5
  });

  it('place a priority ticket by its own turn: fewer ahead, a shorter wait', () => {
    rig = new ServicePointRig({ queue: { serviceTime: { priorMinutes: 6 } } });
    for (let n = 0; n < 3; n += 1) rig.ticket('residence');
    expect(rig.ticket('residence')).toMatchObject({ peopleAhead: 3, estimatedWaitMinutes: 20 });
    expect(rig.ticket('residence', { priority: 'disability' })).toMatchObject({ peopleAhead: 0, estimatedWaitMinutes: 0 });
  });
});
