import { describe, expect, it } from 'vitest';
import { estimatedWaitMinutes } from '../../domain/queue/wait-estimate.js';
import { ticketStatusUrl } from '../../domain/queue/ticket-status-link.js';

describe('estimated wait', () => {
  it.each([
    [0, 2, 6, 0],
    [1, 1, 6, 10],
    [3, 1, 6, 20],
    [3, 2, 6, 10],
    [10, 2, 6, 30],
  ])('%i people ahead at %i counters, %i min each: about %i minutes (rounded up to 5)', (ahead, counters, pace, expected) => {
    expect(estimatedWaitMinutes(ahead, counters, pace)).toBe(expected);
  });

  it('has no estimate for a group without counters', () => {
    expect(estimatedWaitMinutes(4, 0, 6)).toBeNull();
  });
});

describe('ticket status link', () => {
  it('names the day and the number under the public address, with or without a trailing slash', () => {
    const ticket = { serviceDay: '2026-11-23', number: 'A012' };
    expect(ticketStatusUrl('http://192.168.1.20:8787', ticket)).toBe('http://192.168.1.20:8787/t/2026-11-23/A012');
    expect(ticketStatusUrl('https://motcua.example.vn/phuong/', ticket)).toBe('https://motcua.example.vn/phuong/t/2026-11-23/A012');
  });
});
