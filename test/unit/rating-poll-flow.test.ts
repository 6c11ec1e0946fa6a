import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH } from '../../bridge/satisfaction-poll.js';
import { completionOf, nextStep, stepsAfterOverall, toggleCriterion, toggleReason } from '../../renderer/rating/poll-flow.js';

const none = { criteria: {}, reasons: [], comment: '' };

describe('the rating poll steps', () => {
  it('asks for reasons and a comment only after a score of 3 or below', () => {
    expect(nextStep('overall', 3)).toBe('criteria');
    expect(nextStep('criteria', 3)).toBe('reasons');
    expect(nextStep('reasons', 3)).toBe('comment');
    expect(nextStep('comment', 3)).toBe('thanks');
    expect(nextStep('criteria', 4)).toBe('thanks');
    expect(stepsAfterOverall(1)).toEqual(['criteria', 'reasons', 'comment']);
    expect(stepsAfterOverall(5)).toEqual(['criteria']);
  });

  it('a criterion tapped twice is skipped again; reasons toggle in the order chosen', () => {
    const chosen = toggleCriterion({}, 'time', 2);
    expect(chosen).toEqual({ time: 2 });
    expect(toggleCriterion(chosen, 'time', 4)).toEqual({ time: 4 });
    expect(toggleCriterion(chosen, 'time', 2)).toEqual({});
    expect(toggleReason(toggleReason([], 'longWait'), 'other')).toEqual(['longWait', 'other']);
    expect(toggleReason(['longWait', 'other'], 'longWait')).toEqual(['other']);
  });

  it('sends only what a step answered, nothing for a skipped step', () => {
    expect(completionOf('criteria', none)).toBeNull();
    expect(completionOf('criteria', { ...none, criteria: { officer: 1 } })).toEqual({ criteria: { officer: 1 } });
    expect(completionOf('reasons', none)).toBeNull();
    expect(completionOf('reasons', { ...none, reasons: ['longWait'] })).toEqual({ reasons: ['longWait'] });
    expect(completionOf('comment', { ...none, comment: '   ' })).toBeNull();
    expect(completionOf('comment', { ...none, comment: ' chờ lâu ' })).toEqual({ comment: 'chờ lâu' });
    const long = completionOf('comment', { ...none, comment: 'a'.repeat(COMMENT_MAX_LENGTH + 20) });
    expect(long?.comment).toHaveLength(COMMENT_MAX_LENGTH);
    expect(completionOf('overall', { ...none, reasons: ['other'] })).toBeNull();
  });
});
