import { describe, expect, it } from 'vitest';
import { counterFromSearch, tokenFromHash } from '../../renderer/rating/page-address.js';
import { parseRatingMessage } from '../../renderer/rating/rating-message.js';

const ticket = {
  ticketId: 7,
  number: 'A012',
  serviceDay: '2026-11-24',
  counter: 3,
  service: { vi: 'Hộ tịch', en: 'Civil status' },
  procedure: null,
  finishedAt: 1,
  rated: false,
};

describe('what a rating page reads from its address', () => {
  it('takes the tablet counter from the query, nothing else', () => {
    expect(counterFromSearch('?counter=3')).toBe(3);
    expect(counterFromSearch('?lang=en&counter=12')).toBe(12);
    for (const bad of ['', '?counter=', '?counter=0', '?counter=-1', '?counter=2.5', '?counter=abc']) expect(counterFromSearch(bad)).toBeNull();
  });

  it('takes the phone token from the fragment, refusing what cannot be one', () => {
    expect(tokenFromHash('#abcdefghijklmnop.qrs')).toBe('abcdefghijklmnop.qrs');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#short')).toBeNull();
    expect(tokenFromHash(`#${'x'.repeat(300)}`)).toBeNull();
    expect(tokenFromHash('#%E0%A4%A')).toBeNull();
  });
});

describe('the host messages a rating page accepts', () => {
  it('reads pushes and replies with a ticket or a refusal in the citizen\'s words', () => {
    expect(parseRatingMessage(JSON.stringify({ type: 'ratable', ticket }))).toEqual({ type: 'ratable', ticket });
    expect(parseRatingMessage(JSON.stringify({ type: 'ratable', ticket: null }))).toEqual({ type: 'ratable', ticket: null });
    expect(parseRatingMessage(JSON.stringify({ type: 'reply', id: 2, result: { ok: true, ticket } }))).toEqual({ type: 'reply', id: 2, result: { ok: true, ticket } });
    const message = { vi: 'Đã đánh giá', en: 'Already rated' };
    expect(parseRatingMessage(JSON.stringify({ type: 'reply', id: 3, result: { ok: false, reason: 'alreadyRated', message } }))).toEqual({
      type: 'reply',
      id: 3,
      result: { ok: false, reason: 'alreadyRated', message },
    });
  });

  it('drops what is malformed', () => {
    expect(parseRatingMessage('not json')).toBeNull();
    expect(parseRatingMessage(JSON.stringify({ type: 'ratable', ticket: { ...ticket, number: 12 } }))).toBeNull();
    expect(parseRatingMessage(JSON.stringify({ type: 'reply', id: 3, result: { ok: false, reason: 'alreadyRated' } }))).toBeNull();
    expect(parseRatingMessage(JSON.stringify({ type: 'reply', result: { ok: true } }))).toBeNull();
    expect(parseRatingMessage(JSON.stringify({ type: 'surprise' }))).toBeNull();
  });
});
