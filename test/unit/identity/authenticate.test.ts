import { describe, expect, it } from 'vitest';
import {
  authenticateCard,
  foldName,
  qualifiesForAgePriority,
  type Authenticated,
  type CheckName,
  type CheckStatus,
} from '../../../domain/identity/authenticate.js';
import { SAMPLE, SAMPLE_QR, buildMrz, mrzText, overwrite, qr2021, qr2021NoOldId, type MrzSpec } from './cards.js';

const TODAY = '2025-06-01';

function ok(input: Parameters<typeof authenticateCard>[0]): Authenticated {
  const result = authenticateCard(input);
  if (!result.ok) throw new Error(`expected an identity, got ${result.error.code}: ${result.error.message}`);
  return result;
}

const statuses = (result: Authenticated) => Object.fromEntries(result.checks.map((check) => [check.name, check.status])) as Record<CheckName, CheckStatus>;
const detail = (result: Authenticated, name: CheckName) => result.checks.find((check) => check.name === name)?.detail;

describe('authenticateCard: both sides read and agreeing', () => {
  const result = ok({ qr: qr2021(SAMPLE_QR), mrz: mrzText(SAMPLE), today: TODAY });

  it('merges the identity: the QR for the name and residence, the MRZ for the expiry', () => {
    expect(result.source).toBe('both');
    expect(result.identity).toEqual({
      idNumber: '001085012345',
      oldIdNumber: '013456789',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-04-12',
      sex: 'M',
      dateOfIssue: '2023-06-01',
      placeOfResidence: SAMPLE_QR.residence,
      dateOfExpiry: '2045-04-12',
    });
    expect(result.age).toBe(40);
    expect(result.expired).toBe(false);
    expect(result.authentic).toBe(true);
  });

  it('passes every check, each named once', () => {
    expect(result.checks.map((check) => check.name).sort()).toEqual(
      [
        'mrzCheckDigits',
        'mrzCompositeCheck',
        'idNumberStructure',
        'provinceCode',
        'idMatchesBirthYear',
        'idMatchesSex',
        'expiryRule',
        'notExpired',
        'qrMrzAgree',
        'documentNumberMatchesId',
      ].sort(),
    );
    expect(result.checks.every((check) => check.status === 'passed')).toBe(true);
  });

  it('compares names without diacritics, Đ as D', () => {
    const qr = qr2021({ ...SAMPLE_QR, fullName: 'Đặng Thị Ánh Nguyệt', sex: 'Nữ', idNumber: '001185012345' });
    const mrz = mrzText({ ...SAMPLE, idNumber: '001185012345', sex: 'F', surname: 'DANG', givenNames: ['THI', 'ANH', 'NGUYET'] });
    const both = ok({ qr, mrz, today: TODAY });
    expect(statuses(both).qrMrzAgree).toBe('passed');
    expect(both.identity.fullName).toBe('Đặng Thị Ánh Nguyệt');
    expect(foldName('Nguyễn Thị Thuỷ'.normalize('NFD'))).toBe('NGUYEN THI THUY');
  });

  it('accepts a name the MRZ cut short', () => {
    const qr = qr2021({ ...SAMPLE_QR, fullName: 'Tôn Nữ Thị Phương Thảo Nguyễn Minh' });
    const mrz = mrzText({ ...SAMPLE, surname: 'TON<NU', givenNames: ['THI', 'PHUONG', 'THAO', 'NGUYEN', 'MINH'] });
    expect(statuses(ok({ qr, mrz, today: TODAY })).qrMrzAgree).toBe('passed');
  });
});

describe('authenticateCard: QR and MRZ disagree', () => {
  it.each<[string, Partial<MrzSpec>, string]>([
    ['idNumber', { idNumber: '001085012346' }, 'idNumber'],
    ['dateOfBirth', { birth: '850413' }, 'dateOfBirth'],
    ['sex', { sex: 'F' }, 'sex'],
    ['fullName', { givenNames: ['VAN', 'ANH'] }, 'fullName'],
  ])('names %s', (_, change, field) => {
    const result = ok({ qr: qr2021(SAMPLE_QR), mrz: mrzText({ ...SAMPLE, ...change }), today: TODAY });
    expect(statuses(result).qrMrzAgree).toBe('failed');
    expect(detail(result, 'qrMrzAgree')).toBe(`QR and MRZ disagree on ${field}`);
    expect(result.authentic).toBe(false);
  });

  it('names every field that differs', () => {
    const result = ok({ qr: qr2021(SAMPLE_QR), mrz: mrzText({ ...SAMPLE, birth: '850413', surname: 'TRAN' }), today: TODAY });
    expect(detail(result, 'qrMrzAgree')).toBe('QR and MRZ disagree on dateOfBirth, fullName');
  });
});

describe('authenticateCard: one side only', () => {
  it('QR only: MRZ checks not available, expiry from the age rules', () => {
    const result = ok({ qr: qr2021NoOldId(SAMPLE_QR), today: TODAY });
    expect(result.source).toBe('qr');
    expect(statuses(result)).toMatchObject({
      mrzCheckDigits: 'notAvailable',
      mrzCompositeCheck: 'notAvailable',
      documentNumberMatchesId: 'notAvailable',
      qrMrzAgree: 'notAvailable',
      expiryRule: 'notAvailable',
      notExpired: 'passed',
      idMatchesBirthYear: 'passed',
    });
    expect(detail(result, 'notExpired')).toMatch(/2045-04-12 \(by the age rules/);
    expect(result.identity.dateOfExpiry).toBeUndefined();
    expect(result.unread).toEqual(['oldIdNumber']);
  });

  it('MRZ only: the name without diacritics, the expiry rule judged without an issue date', () => {
    const result = ok({ mrz: buildMrz(SAMPLE), today: TODAY });
    expect(result.source).toBe('mrz');
    expect(result.identity.fullName).toBe('NGUYEN VAN AN');
    expect(statuses(result)).toMatchObject({ mrzCheckDigits: 'passed', qrMrzAgree: 'notAvailable', expiryRule: 'passed' });
  });

  it('uses the side that could be read and says why the other could not', () => {
    const result = ok({ qr: 'garbage', mrz: mrzText(SAMPLE), today: TODAY });
    expect(result.source).toBe('mrz');
    expect(result.errors.qr?.code).toBe('notCccd');
  });

  it('fails with a named error when nothing can be read', () => {
    expect(authenticateCard({ today: TODAY })).toMatchObject({ ok: false, error: { code: 'nothingRead' } });
    const result = authenticateCard({ qr: '', mrz: 'IDVNM', today: TODAY });
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable', qr: { code: 'empty' }, mrz: { code: 'badLineCount' } } });
  });

  it('throws on a malformed today (a programming error)', () => {
    expect(() => authenticateCard({ qr: qr2021(SAMPLE_QR), today: '01/06/2025' })).toThrow(RangeError);
  });
});

describe('authenticateCard: failed checks', () => {
  it('an expired card: says so, and is still the citizen’s card', () => {
    const qr = qr2021({ ...SAMPLE_QR, issue: '20052021' }); // issued at 36: valid until 40
    const mrz = mrzText({ ...SAMPLE, expiry: '250412' });
    const result = ok({ qr, mrz, today: TODAY });
    expect(result.expired).toBe(true);
    expect(statuses(result)).toMatchObject({ notExpired: 'failed', expiryRule: 'passed' });
    expect(detail(result, 'notExpired')).toBe('expired on 2025-04-12');
    expect(result.authentic).toBe(true);
  });

  it('an expiry the age rules do not give', () => {
    const result = ok({ qr: qr2021(SAMPLE_QR), mrz: mrzText({ ...SAMPLE, expiry: '250412' }), today: '2025-01-01' });
    expect(statuses(result).expiryRule).toBe('failed');
    expect(detail(result, 'expiryRule')).toBe('card says 2025-04-12, rules give 2045-04-12');
  });

  it('a bad province and an ID that does not match the date of birth', () => {
    const qr = qr2021({ ...SAMPLE_QR, idNumber: '003090012345' });
    const result = ok({ qr, today: TODAY });
    expect(statuses(result)).toMatchObject({ provinceCode: 'failed', idMatchesBirthYear: 'failed', idMatchesSex: 'passed' });
    expect(result.authentic).toBe(false);
  });

  it('a document number that is not the end of the ID', () => {
    const result = ok({ mrz: mrzText({ ...SAMPLE, documentNumber: '085012346' }), today: TODAY });
    expect(statuses(result)).toMatchObject({ documentNumberMatchesId: 'failed', mrzCheckDigits: 'passed', mrzCompositeCheck: 'passed' });
  });

  it('wrong check digits, naming the field', () => {
    const result = ok({ mrz: overwrite(buildMrz(SAMPLE), 2, 7, '0'), today: TODAY });
    expect(statuses(result)).toMatchObject({ mrzCheckDigits: 'failed', mrzCompositeCheck: 'failed' });
    expect(detail(result, 'mrzCheckDigits')).toBe('check digit wrong for date of birth');
  });

  it('reports the repairs it made to the MRZ', () => {
    const result = ok({ mrz: overwrite(buildMrz(SAMPLE), 2, 1, 'B5O4I2'), today: TODAY });
    expect(statuses(result).mrzCheckDigits).toBe('passed');
    expect(detail(result, 'mrzCheckDigits')).toBe('3 character(s) repaired');
    expect(result.mrzRepairs).toHaveLength(3);
  });
});

describe('priority by age', () => {
  it.each([
    ['1965-06-01', 60, true],
    ['1965-06-02', 60, false],
    ['1950-01-01', 75, true],
    ['1951-01-01', 75, false],
  ] as const)('born %s, threshold %i → %s', (dob, threshold, expected) => {
    expect(qualifiesForAgePriority(dob, TODAY, threshold)).toBe(expected);
  });
});
