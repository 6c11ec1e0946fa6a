import { describe, expect, it } from 'vitest';
import { initialPace, recordService, serviceTimeSchema } from '../../domain/queue/service-time.js';
import { estimateWaitMinutes, type GroupLoad } from '../../domain/queue/wait-estimate.js';

const MINUTE = 60_000;
const config = serviceTimeSchema.parse({});

describe('service pace (exponentially weighted)', () => {
  it('starts from the prior before any service is finished', () => {
    expect(initialPace(config)).toEqual({ minutes: 6, samples: 0 });
  });

  it('moves by alpha towards each finished service', () => {
    const once = recordService(initialPace(config), 16 * MINUTE, config);
    expect(once.minutes).toBeCloseTo(0.2 * 16 + 0.8 * 6);
    expect(once.samples).toBe(1);
    const twice = recordService(once, 4 * MINUTE, config);
    expect(twice.minutes).toBeCloseTo(0.2 * 4 + 0.8 * once.minutes);
  });

  it('converges on a steady pace', () => {
    let pace = initialPace(config);
    for (let service = 0; service < 60; service += 1) pace = recordService(pace, 10 * MINUTE, config);
    expect(pace.minutes).toBeCloseTo(10, 3);
  });

  it.each([
    ['a mistaken start-finish click', 5_000],
    ['a service left open over lunch', 3 * 60 * MINUTE],
    ['a clock that went backwards', -MINUTE],
    ['garbage', Number.NaN],
  ])('ignores %s', (_case, duration) => {
    const pace = { minutes: 7, samples: 4 };
    expect(recordService(pace, duration, config)).toBe(pace);
  });

  it('counts the shortest and longest plausible services', () => {
    const pace = initialPace(config);
    expect(recordService(pace, 20_000, config).samples).toBe(1);
    expect(recordService(pace, 120 * MINUTE, config).samples).toBe(1);
  });

  it('validates its config', () => {
    expect(serviceTimeSchema.safeParse({ alpha: 0 }).success).toBe(false);
    expect(serviceTimeSchema.safeParse({ alpha: 1.5 }).success).toBe(false);
    expect(serviceTimeSchema.parse({ alpha: 0.5, priorMinutes: 10 })).toEqual({ alpha: 0.5, priorMinutes: 10 });
  });
});

const load = (overrides: Partial<GroupLoad>): GroupLoad => ({ peopleAhead: 0, openCounters: 1, paceMinutes: 6, inServiceMinutes: [], ...overrides });

describe('estimated wait from the learnt pace', () => {
  it('is unknown when no counter of the group is open', () => {
    expect(estimateWaitMinutes(load({ openCounters: 0, peopleAhead: 3 }))).toBeNull();
  });

  it('is zero with nobody ahead and a counter free', () => {
    expect(estimateWaitMinutes(load({ openCounters: 2, inServiceMinutes: [1] }))).toBe(0);
  });

  it('shares the people ahead among the open counters', () => {
    expect(estimateWaitMinutes(load({ peopleAhead: 1 }))).toBe(6);
    expect(estimateWaitMinutes(load({ peopleAhead: 4, openCounters: 2 }))).toBe(15); // 12 min, rounded up to 5
    // Two start at once, the third at 4 minutes; this ticket takes the other counter at 4.
    expect(estimateWaitMinutes(load({ peopleAhead: 3, openCounters: 2, paceMinutes: 4 }))).toBe(4);
  });

  it('counts what is left of the services in progress', () => {
    // Both counters busy: one frees in 1 minute, the other in 4; nobody ahead.
    expect(estimateWaitMinutes(load({ openCounters: 2, inServiceMinutes: [5, 2] }))).toBe(1);
    // One ahead takes the counter free in 1 minute, until 7; the other frees at 4.
    expect(estimateWaitMinutes(load({ peopleAhead: 1, openCounters: 2, inServiceMinutes: [5, 2] }))).toBe(4);
    // A service running over its pace is taken to end now, not in negative time.
    expect(estimateWaitMinutes(load({ peopleAhead: 1, inServiceMinutes: [30] }))).toBe(6);
  });

  it('rounds up: to the minute up to 10, then to 5 minutes', () => {
    expect(estimateWaitMinutes(load({ peopleAhead: 1, paceMinutes: 6.2 }))).toBe(7);
    expect(estimateWaitMinutes(load({ peopleAhead: 1, paceMinutes: 10 }))).toBe(10);
    expect(estimateWaitMinutes(load({ peopleAhead: 2, paceMinutes: 6.5 }))).toBe(15);
    // An average's float noise does not add a step.
    expect(estimateWaitMinutes(load({ peopleAhead: 1, paceMinutes: 0.1 * 3 * 20 }))).toBe(6);
  });

  it('never drops when someone more is ahead or a counter closes', () => {
    for (let ahead = 0; ahead < 40; ahead += 1) {
      for (let counters = 1; counters <= 4; counters += 1) {
        const here = estimateWaitMinutes(load({ peopleAhead: ahead, openCounters: counters, paceMinutes: 7.3, inServiceMinutes: [2, 9] })) ?? -1;
        const moreAhead = estimateWaitMinutes(load({ peopleAhead: ahead + 1, openCounters: counters, paceMinutes: 7.3, inServiceMinutes: [2, 9] })) ?? -1;
        expect(moreAhead).toBeGreaterThanOrEqual(here);
        if (counters > 1) {
          const fewer = estimateWaitMinutes(load({ peopleAhead: ahead, openCounters: counters - 1, paceMinutes: 7.3, inServiceMinutes: [2, 9] })) ?? -1;
          expect(fewer).toBeGreaterThanOrEqual(here);
        }
      }
    }
  });
});
