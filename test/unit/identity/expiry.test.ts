import { describe, expect, it } from 'vitest';
import { addYears, ageOn } from '../../../domain/identity/calendar.js';
import { checkExpiryRule, expectedExpiry, isExpired, validUntilAge } from '../../../domain/identity/expiry.js';

const DOB = '2000-03-15';
/** The day someone born on DOB turns `age`, and the day before. */
const turns = (age: number) => addYears(DOB, age);
const dayBefore = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

describe('expectedExpiry: renew at 25, 40, 60 (and 14); within 2 years before counts for the next', () => {
  it.each([
    ['at 5', addYears(DOB, 5), turns(14)],
    ['the day before 12', dayBefore(turns(12)), turns(14)],
    ['at 12', turns(12), turns(25)],
    ['at 14', turns(14), turns(25)],
    ['the day before 23', dayBefore(turns(23)), turns(25)],
    ['at 23', turns(23), turns(40)],
    ['at 24', turns(24), turns(40)],
    ['the day before 25', dayBefore(turns(25)), turns(40)],
    ['at 25', turns(25), turns(40)],
    ['the day before 38', dayBefore(turns(38)), turns(40)],
    ['at 38', turns(38), turns(60)],
    ['at 40', turns(40), turns(60)],
    ['the day before 58', dayBefore(turns(58)), turns(60)],
    ['at 58', turns(58), null],
    ['at 60', turns(60), null],
    ['at 75', turns(75), null],
  ])('issued %s → %s', (_, issued, expiry) => {
    expect(expectedExpiry(DOB, issued)).toBe(expiry);
  });

  it('gives the ages directly', () => {
    expect([0, 11, 12, 22, 23, 37, 38, 57, 58, 90].map(validUntilAge)).toEqual([14, 14, 25, 25, 40, 40, 60, 60, null, null]);
  });

  it('puts a 29 February birthday on 28 February in a common year', () => {
    expect(expectedExpiry('2004-02-29', '2019-06-01')).toBe('2029-02-28');
    expect(expectedExpiry('2004-02-29', '2014-01-01')).toBe('2018-02-28');
    expect(expectedExpiry('2000-02-29', '2030-01-01')).toBe('2040-02-29');
  });

  it('refuses dates that are not YYYY-MM-DD', () => {
    expect(() => expectedExpiry('15/03/2000', '2025-01-01')).toThrow(RangeError);
  });
});

describe('checkExpiryRule', () => {
  it.each([
    ['the expected expiry', { dateOfIssue: turns(24), dateOfExpiry: turns(40) }, 'passed'],
    ['no expiry when issued at 58', { dateOfIssue: turns(58), dateOfExpiry: null }, 'passed'],
    ['renewal at 25 when issued at 23', { dateOfIssue: turns(23), dateOfExpiry: turns(25) }, 'failed'],
    ['no expiry when issued at 57', { dateOfIssue: addYears(DOB, 57), dateOfExpiry: null }, 'failed'],
    ['an expiry when issued at 60', { dateOfIssue: turns(60), dateOfExpiry: turns(70) }, 'failed'],
    ['an issue date before birth', { dateOfIssue: '1999-01-01', dateOfExpiry: turns(14) }, 'failed'],
    ['an expiry before issue', { dateOfIssue: turns(30), dateOfExpiry: turns(25) }, 'failed'],
    ['no expiry read', { dateOfIssue: turns(30) }, 'notAvailable'],
  ] as const)('%s → %s', (_, facts, status) => {
    const check = checkExpiryRule({ dateOfBirth: DOB, ...facts });
    expect(check.name).toBe('expiryRule');
    expect(check.status).toBe(status);
    if (status === 'failed') expect(check.detail).toBeTruthy();
  });

  it('accepts 1 March for a 29 February birthday in a common year', () => {
    expect(checkExpiryRule({ dateOfBirth: '2004-02-29', dateOfIssue: '2019-06-01', dateOfExpiry: '2029-03-01' }).status).toBe('passed');
    expect(checkExpiryRule({ dateOfBirth: '2004-02-29', dateOfIssue: '2019-06-01', dateOfExpiry: '2029-03-02' }).status).toBe('failed');
  });

  it('without an issue date, checks the expiry falls on a renewal birthday', () => {
    for (const age of [14, 25, 40, 60]) expect(checkExpiryRule({ dateOfBirth: DOB, dateOfExpiry: turns(age) }).status).toBe('passed');
    expect(checkExpiryRule({ dateOfBirth: DOB, dateOfExpiry: turns(30) }).status).toBe('failed');
    expect(checkExpiryRule({ dateOfBirth: DOB, dateOfExpiry: dayBefore(turns(40)) }).status).toBe('failed');
    expect(checkExpiryRule({ dateOfBirth: '1960-01-01', dateOfExpiry: null }, '2025-01-01').status).toBe('passed');
    expect(checkExpiryRule({ dateOfBirth: '1985-01-01', dateOfExpiry: null }, '2025-01-01').status).toBe('failed');
    expect(checkExpiryRule({ dateOfBirth: '1960-01-01', dateOfExpiry: null }).status).toBe('notAvailable');
  });
});

describe('isExpired and ageOn', () => {
  it('a card is valid through its expiry date', () => {
    expect(isExpired('2025-04-12', '2025-04-11')).toBe(false);
    expect(isExpired('2025-04-12', '2025-04-12')).toBe(false);
    expect(isExpired('2025-04-12', '2025-04-13')).toBe(true);
    expect(isExpired(null, '2999-12-31')).toBe(false);
  });

  it('counts completed years', () => {
    expect(ageOn('1985-04-12', '2025-04-11')).toBe(39);
    expect(ageOn('1985-04-12', '2025-04-12')).toBe(40);
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });
});
