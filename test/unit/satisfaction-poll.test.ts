/** The poll as data: its levels and lists, and what one submitted answer set may hold. */
import { describe, expect, it } from 'vitest';
import {
  COMMENT_MAX_LENGTH,
  CRITERIA,
  LOW_SCORE_REASONS,
  OVERALL_LEVELS,
  ratingAnswersSchema,
  ratingCompletionSchema,
} from '../../bridge/satisfaction-poll.js';

const accepts = (value: unknown) => ratingAnswersSchema.safeParse(value).success;

describe('the poll', () => {
  it('has five levels from very dissatisfied to very satisfied, each with its own face', () => {
    expect(OVERALL_LEVELS.map((level) => [level.score, level.words.vi])).toEqual([
      [1, 'Rất không hài lòng'],
      [2, 'Không hài lòng'],
      [3, 'Bình thường'],
      [4, 'Hài lòng'],
      [5, 'Rất hài lòng'],
    ]);
    expect(OVERALL_LEVELS.map((level) => level.words.en)).toContain('Very satisfied');
    expect(new Set(OVERALL_LEVELS.map((level) => level.face)).size).toBe(5);
  });

  it('asks the five SIPAS criteria and offers distinct reasons, all in both languages', () => {
    expect(CRITERIA.map((criterion) => criterion.id)).toEqual(['access', 'transparency', 'officer', 'time', 'result']);
    expect(LOW_SCORE_REASONS.map((reason) => reason.id)).toContain('other');
    for (const { label } of [...CRITERIA, ...LOW_SCORE_REASONS]) {
      expect(label.vi.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.vi).not.toBe(label.en);
    }
  });
});

describe('one submitted answer set', () => {
  it('needs only an overall score from 1 to 5', () => {
    expect(accepts({ overall: 1 })).toBe(true);
    expect(accepts({ overall: 5 })).toBe(true);
    expect(accepts({})).toBe(false);
    expect(accepts({ overall: 0 })).toBe(false);
    expect(accepts({ overall: 6 })).toBe(false);
    expect(accepts({ overall: 2.5 })).toBe(false);
    expect(accepts({ overall: '4' })).toBe(false);
  });

  it('takes any of the criteria, each scored 1 to 5, and no unknown criterion', () => {
    expect(accepts({ overall: 4, criteria: { access: 5, time: 2 } })).toBe(true);
    expect(accepts({ overall: 4, criteria: { time: 0 } })).toBe(false);
    expect(accepts({ overall: 4, criteria: { parking: 3 } })).toBe(false);
  });

  it('takes reasons from the list, each once, only at an overall score of 3 or below', () => {
    expect(accepts({ overall: 3, reasons: ['longWait', 'other'] })).toBe(true);
    expect(accepts({ overall: 1, reasons: ['unfriendlyOfficer'] })).toBe(true);
    expect(accepts({ overall: 4, reasons: ['longWait'] })).toBe(false);
    expect(accepts({ overall: 4, reasons: [] })).toBe(true);
    expect(accepts({ overall: 2, reasons: ['bribe'] })).toBe(false);
    expect(accepts({ overall: 2, reasons: ['longWait', 'longWait'] })).toBe(false);
  });

  it('trims the comment and refuses one longer than 500 characters', () => {
    expect(ratingAnswersSchema.parse({ overall: 2, comment: '  Chờ quá lâu  ' }).comment).toBe('Chờ quá lâu');
    expect(accepts({ overall: 2, comment: 'ạ'.repeat(COMMENT_MAX_LENGTH) })).toBe(true);
    expect(accepts({ overall: 2, comment: 'ạ'.repeat(COMMENT_MAX_LENGTH + 1) })).toBe(false);
  });

  it('refuses identity fields instead of quietly storing or dropping them', () => {
    expect(accepts({ overall: 5, name: 'Nguyễn Văn A' })).toBe(false);
    expect(accepts({ overall: 5, idNumber: '001099012345' })).toBe(false);
    expect(ratingCompletionSchema.safeParse({ comment: 'ok', phone: '0912345678' }).success).toBe(false);
  });

  it('never takes an overall score in a completion', () => {
    expect(ratingCompletionSchema.safeParse({ overall: 5 }).success).toBe(false);
    expect(ratingCompletionSchema.safeParse({ criteria: { result: 4 } }).success).toBe(true);
  });
});
