/** The dashboard's ranges, counted back from the service point's today, and the check on a custom one. */
import { describe, expect, it } from 'vitest';
import { isValidRange, presetRange } from '../../renderer/dashboard/day-range.js';

describe('the dashboard ranges', () => {
  it('counts today, 7 and 30 days back from the day the host names, across a month and a year end', () => {
    expect(presetRange('today', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
    expect(presetRange('last7', '2026-12-03')).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(presetRange('last30', '2027-01-10')).toEqual({ from: '2026-12-12', to: '2027-01-10' });
  });

  it('takes a custom range from an earlier day to a later one, at most 366 days long', () => {
    expect(isValidRange({ from: '2026-01-01', to: '2026-12-31' })).toBe(true);
    expect(isValidRange({ from: '2026-11-23', to: '2026-11-20' })).toBe(false);
    expect(isValidRange({ from: '2025-01-01', to: '2026-01-02' })).toBe(false);
    expect(isValidRange({ from: '', to: '2026-11-20' })).toBe(false);
  });
});
