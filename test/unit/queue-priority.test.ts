import { describe, expect, it } from 'vitest';
import { PRIORITY_GROUPS, PRIORITY_GROUP_IDS, priorityGroupIdSchema, qualifiesAsElderly } from '../../domain/queue/priority.js';

describe('priority groups', () => {
  it('describes each group under its own id, in both languages, with a button label that fits a kiosk button', () => {
    for (const id of PRIORITY_GROUP_IDS) {
      const group = PRIORITY_GROUPS[id];
      expect(group.id).toBe(id);
      for (const locale of ['vi', 'en'] as const) {
        expect(group.button[locale].length, `${id} ${locale}`).toBeLessThanOrEqual(20);
        expect(group.name[locale].length, `${id} ${locale}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses the decrees’ wording for young children: under 36 months', () => {
    expect(PRIORITY_GROUPS['young-child'].name.vi).toBe('Người có con nhỏ dưới 36 tháng tuổi');
  });

  it('asks no proof of a pregnancy or a young child, and a certificate of meritorious service', () => {
    expect(PRIORITY_GROUPS.pregnant.proof).toBeNull();
    expect(PRIORITY_GROUPS['young-child'].proof).toBeNull();
    expect(PRIORITY_GROUPS.meritorious.proof?.vi).toMatch(/chứng nhận/);
  });

  it('accepts only known group ids from the wire', () => {
    expect(priorityGroupIdSchema.parse('disability')).toBe('disability');
    expect(priorityGroupIdSchema.safeParse('vip').success).toBe(false);
  });

  it.each([
    [59, 60, false],
    [60, 60, true],
    [72, 60, true],
    [68, 70, false],
    [null, 60, false],
  ])('age %s with the threshold at %i: elderly priority %s', (age, threshold, expected) => {
    expect(qualifiesAsElderly(age, threshold)).toBe(expected);
  });
});
