import { describe, expect, it } from 'vitest';
import { ticketStatusUrl } from '../../domain/queue/ticket-status-link.js';

describe('ticket status link', () => {
  it('names the day and the number under the public address, with or without a trailing slash', () => {
    const ticket = { serviceDay: '2026-11-23', number: 'A012' };
    expect(ticketStatusUrl('http://192.168.1.20:8787', ticket)).toBe('http://192.168.1.20:8787/t/2026-11-23/A012');
    expect(ticketStatusUrl('https://motcua.example.vn/phuong/', ticket)).toBe('https://motcua.example.vn/phuong/t/2026-11-23/A012');
  });

  it("carries the ticket's rating token as k, and nothing when it has none", () => {
    const ticket = { serviceDay: '2026-11-23', number: 'A012' };
    expect(ticketStatusUrl('http://192.168.1.20:8787', { ...ticket, ratingToken: 'MTJ8MjAyNi0xMS0yMw.abc-_DEF' })).toBe(
      'http://192.168.1.20:8787/t/2026-11-23/A012?k=MTJ8MjAyNi0xMS0yMw.abc-_DEF',
    );
    expect(ticketStatusUrl('http://192.168.1.20:8787', { ...ticket, ratingToken: null })).toBe('http://192.168.1.20:8787/t/2026-11-23/A012');
  });
});
