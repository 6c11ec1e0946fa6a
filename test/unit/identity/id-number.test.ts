import { describe, expect, it } from 'vitest';
import { centurySexDigit, checkIdNumber, parseIdNumber } from '../../../domain/identity/id-number.js';
import { maskId } from '../../../domain/identity/identity-card.js';
import { PROVINCE_CODES, provinceName } from '../../../domain/identity/province-codes.js';

const statusOf = (idNumber: string, facts: Parameters<typeof checkIdNumber>[1] = {}) =>
  Object.fromEntries(checkIdNumber(idNumber, facts).map((check) => [check.name, check.status]));

describe('province codes', () => {
  it('has the 63 pre-2025 provinces, 001 Hà Nội to 096 Cà Mau', () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(63);
    expect(provinceName('001')).toBe('Hà Nội');
    expect(provinceName('079')).toBe('Hồ Chí Minh');
    expect(provinceName('096')).toBe('Cà Mau');
    expect(Object.keys(PROVINCE_CODES).every((code) => /^0\d\d$/.test(code))).toBe(true);
    expect(Object.values(PROVINCE_CODES).every((name) => name === name.normalize('NFC'))).toBe(true);
  });

  it.each(['000', '003', '097', '100', 'constructor', 'toString'])('knows no province %s', (code) => {
    expect(provinceName(code)).toBeUndefined();
  });
});

describe('parseIdNumber', () => {
  it.each([
    [0, 1900, 'M'],
    [1, 1900, 'F'],
    [2, 2000, 'M'],
    [3, 2000, 'F'],
    [4, 2100, 'M'],
    [5, 2100, 'F'],
    [8, 2300, 'M'],
    [9, 2300, 'F'],
  ] as const)('digit 4 = %i: born in the %i s, sex %s', (digit, century, sex) => {
    const parts = parseIdNumber(`001${digit}85012345`);
    expect(parts).toMatchObject({ provinceCode: '001', provinceName: 'Hà Nội', centurySexDigit: digit, sex, birthYear: century + 85, serial: '012345' });
    expect(centurySexDigit(century + 85, sex)).toBe(digit);
  });

  it.each(['', '00108501234', '0010850123456', '00108501234a', ' 001085012345', '００１０８５０１２３４５'])('refuses %j', (id) => {
    expect(parseIdNumber(id)).toBeNull();
  });
});

describe('checkIdNumber', () => {
  it('passes a number that matches the card', () => {
    expect(statusOf('001085012345', { dateOfBirth: '1985-04-12', sex: 'M', today: '2025-01-01' })).toEqual({
      idNumberStructure: 'passed',
      provinceCode: 'passed',
      idMatchesBirthYear: 'passed',
      idMatchesSex: 'passed',
    });
    expect(statusOf('079303001234', { dateOfBirth: '2003-07-09', sex: 'F' })).toMatchObject({ idMatchesBirthYear: 'passed', idMatchesSex: 'passed' });
  });

  it.each([
    ['another year', '001086012345', { dateOfBirth: '1985-04-12', sex: 'M' as const }, 'idMatchesBirthYear'],
    ['another century', '001285012345', { dateOfBirth: '1985-04-12', sex: 'M' as const }, 'idMatchesBirthYear'],
    ['the other sex', '001185012345', { dateOfBirth: '1985-04-12', sex: 'M' as const }, 'idMatchesSex'],
    ['an unknown province', '003085012345', { dateOfBirth: '1985-04-12', sex: 'M' as const }, 'provinceCode'],
    ['a birth year in the future', '001430012345', { today: '2025-01-01' }, 'idNumberStructure'],
  ])('fails %s', (_, id, facts, failing) => {
    const checks = checkIdNumber(id, facts);
    expect(checks.filter((check) => check.status === 'failed').map((check) => check.name)).toEqual([failing]);
    expect(checks.find((check) => check.name === failing)?.detail).toBeTruthy();
  });

  it('says what it cannot check', () => {
    expect(statusOf('001085012345')).toMatchObject({ idMatchesBirthYear: 'notAvailable', idMatchesSex: 'notAvailable' });
    expect(statusOf('12345')).toEqual({ idNumberStructure: 'failed', provinceCode: 'notAvailable', idMatchesBirthYear: 'notAvailable', idMatchesSex: 'notAvailable' });
  });
});

describe('maskId', () => {
  it.each([
    ['033187001208', '0331******08'],
    ['001085012345', '0010******45'],
    ['0331 8700 1208', '0331******08'],
    ['0331870', '*******'],
    ['', ''],
  ])('%s → %s', (id, masked) => {
    expect(maskId(id)).toBe(masked);
  });
});
