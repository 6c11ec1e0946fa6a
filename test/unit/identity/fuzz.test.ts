/**
 * 100,000 random and mutated QR and MRZ texts through the parsers (and a tenth of them through
 * authenticateCard): no exception escapes, every failure carries a named error code, every success
 * a well-formed identity. Seeded, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import { authenticateCard } from '../../../domain/identity/authenticate.js';
import { isIsoDate } from '../../../domain/identity/calendar.js';
import type { CccdIdentity } from '../../../domain/identity/cccd-identity.js';
import { parseCccdMrz, type MrzErrorCode } from '../../../domain/identity/mrz.js';
import { PROVINCE_CODES } from '../../../domain/identity/province-codes.js';
import { parseCccdQr, type QrErrorCode } from '../../../domain/identity/qr-payload.js';
import { buildMrz } from './cards.js';

const TOTAL = 100_000;
const SEED = 0x5eed_c0de;

const QR_CODES: readonly QrErrorCode[] = ['empty', 'tooLong', 'notCccd', 'badIdNumber', 'badName', 'badDate', 'badSex'];
const MRZ_CODES: readonly MrzErrorCode[] = [
  'empty',
  'tooLong',
  'badLineCount',
  'badLineLength',
  'badCharacters',
  'notCccd',
  'badIdNumber',
  'badDate',
  'badSex',
  'badName',
];

/** mulberry32: small, fast, good enough to spread inputs. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const GIVEN = ['Văn', 'Thị', 'Minh', 'Đức', 'Ánh', 'Nguyệt', 'Thuỷ', 'Hương', 'Quốc', 'Hưng', 'Ngọc', 'Bích', 'Khoa', 'Lộc', 'Phúc', 'Yến'];
const PLACES = ['Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội', 'Xã Tân Phú, Huyện Đức Hòa, Long An', 'Số 5, Đường Lê Lợi, TP Huế', 'Ấp 3, Xã Ea Kao, Đắk Lắk'];
const QR_NOISE = [...'0123456789|| ||abcxyzNAMnữNữđĐăâêôơưẠỹ\u0303\u0301\n\r\t\u0000\uFEFF\u200B🙂<>/.,-'];
const MRZ_NOISE = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<KLC«» \n\r\tabcđỄ#|'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const provinces = Object.keys(PROVINCE_CODES);

function randomPerson(rng: Rng) {
  const year = 1930 + rng.int(90);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const sex = rng.pick(['M', 'F'] as const);
  const digit = (Math.floor(year / 100) - 19) * 2 + (sex === 'F' ? 1 : 0);
  const idNumber = `${rng.pick(provinces)}${digit}${pad(year % 100, 2)}${pad(rng.int(1_000_000), 6)}`;
  const surname = rng.pick(SURNAMES);
  const given = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(GIVEN));
  return { year, month, day, sex, idNumber, surname, given };
}

function validQr(rng: Rng): string {
  const p = randomPerson(rng);
  const fields = [
    p.idNumber,
    rng.next() < 0.5 ? pad(rng.int(1e9), 9) : '',
    [p.surname, ...p.given].join(' '),
    `${pad(p.day, 2)}${pad(p.month, 2)}${p.year}`,
    p.sex === 'M' ? 'Nam' : 'Nữ',
    rng.pick(PLACES),
    `${pad(1 + rng.int(28), 2)}${pad(1 + rng.int(12), 2)}${2021 + rng.int(4)}`,
  ];
  if (rng.next() < 0.3) fields.splice(1, 1);
  const text = fields.join('|');
  return rng.next() < 0.2 ? text.normalize('NFD') : text;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'D').toUpperCase();
}

function validMrz(rng: Rng): string {
  const p = randomPerson(rng);
  const expiry = rng.next() < 0.15 ? '<<<<<<' : `${pad((p.year + rng.pick([25, 40, 60])) % 100, 2)}${pad(p.month, 2)}${pad(p.day, 2)}`;
  return buildMrz({
    idNumber: p.idNumber,
    birth: `${pad(p.year % 100, 2)}${pad(p.month, 2)}${pad(p.day, 2)}`,
    sex: p.sex,
    expiry,
    surname: fold(p.surname),
    givenNames: p.given.map(fold),
  }).join(rng.pick(['\n', '\r\n', '\n\n', ' ', '']));
}

function mutate(rng: Rng, text: string, noise: readonly string[]): string {
  let out = text;
  const count = 1 + rng.int(4);
  for (let i = 0; i < count; i += 1) {
    const at = rng.int(out.length + 1);
    switch (rng.int(7)) {
      case 0: // flip
        out = out.slice(0, at) + rng.pick(noise) + out.slice(at + 1);
        break;
      case 1: // insert
        out = out.slice(0, at) + rng.pick(noise) + out.slice(at);
        break;
      case 2: // delete
        out = out.slice(0, at) + out.slice(at + 1 + rng.int(3));
        break;
      case 3: // truncate
        out = out.slice(0, at);
        break;
      case 4: // duplicate a segment
        out = out.slice(0, at) + out.slice(at, at + rng.int(12)) + out.slice(at);
        break;
      case 5: // swap neighbours
        if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
        break;
      default: // case change
        out = out.slice(0, at) + out.slice(at, at + 5).toLowerCase() + out.slice(at + 5);
    }
  }
  return out;
}

function randomText(rng: Rng, noise: readonly string[]): string {
  return Array.from({ length: rng.int(rng.next() < 0.05 ? 2000 : 120) }, () => rng.pick(noise)).join('');
}

function identityProblems(identity: CccdIdentity): string[] {
  const problems: string[] = [];
  if (!/^\d{12}$/.test(identity.idNumber)) problems.push('idNumber');
  if (!isIsoDate(identity.dateOfBirth)) problems.push('dateOfBirth');
  if (identity.sex !== 'M' && identity.sex !== 'F') problems.push('sex');
  if (identity.fullName.trim() === '' || identity.fullName !== identity.fullName.trim()) problems.push('fullName');
  if (identity.fullName !== identity.fullName.normalize('NFC')) problems.push('fullName not NFC');
  for (const [key, value] of Object.entries(identity)) if (value === '') problems.push(`${key} empty`);
  if (identity.dateOfExpiry !== undefined && identity.dateOfExpiry !== null && !isIsoDate(identity.dateOfExpiry)) problems.push('dateOfExpiry');
  if (identity.dateOfIssue !== undefined && !isIsoDate(identity.dateOfIssue)) problems.push('dateOfIssue');
  return problems;
}

function* inputs(seed: number, total: number): Generator<{ kind: 'qr' | 'mrz'; text: string }> {
  const rng = prng(seed);
  for (let i = 0; i < total; i += 1) {
    const kind = i % 2 === 0 ? 'qr' : 'mrz';
    const noise = kind === 'qr' ? QR_NOISE : MRZ_NOISE;
    const roll = rng.next();
    let text: string;
    if (roll < 0.15) text = randomText(rng, noise);
    else if (roll < 0.2) text = kind === 'qr' ? validQr(rng) : validMrz(rng);
    else text = mutate(rng, kind === 'qr' ? validQr(rng) : validMrz(rng), noise);
    yield { kind, text };
  }
}

describe('fuzz: the parsers never throw and always name what went wrong', () => {
  it('is deterministic for a seed', () => {
    const first = [...inputs(SEED, 500)].map((input) => input.text);
    const second = [...inputs(SEED, 500)].map((input) => input.text);
    expect(second).toEqual(first);
  });

  it(`survives ${TOTAL.toLocaleString('en')} random and mutated QR and MRZ texts`, { timeout: 30_000 }, () => {
    const problems: string[] = [];
    const note = (input: string, what: string) => {
      if (problems.length < 10) problems.push(`${what}: ${JSON.stringify(input)}`);
    };
    const tally: Record<string, number> = {};
    let lastQr = '';
    let index = 0;
    for (const { kind, text } of inputs(SEED, TOTAL)) {
      index += 1;
      try {
        if (kind === 'qr') {
          lastQr = text;
          const result = parseCccdQr(text);
          if (result.ok) {
            for (const problem of identityProblems(result.identity)) note(text, `QR identity ${problem}`);
          } else if (!QR_CODES.includes(result.error.code) || result.error.message === '') {
            note(text, `QR error ${JSON.stringify(result.error)}`);
          }
          tally[`qr:${result.ok ? 'ok' : result.error.code}`] = (tally[`qr:${result.ok ? 'ok' : result.error.code}`] ?? 0) + 1;
        } else {
          const result = parseCccdMrz(text);
          if (result.ok) {
            for (const problem of identityProblems(result.identity)) note(text, `MRZ identity ${problem}`);
          } else if (!MRZ_CODES.includes(result.error.code) || result.error.message === '') {
            note(text, `MRZ error ${JSON.stringify(result.error)}`);
          }
          tally[`mrz:${result.ok ? 'ok' : result.error.code}`] = (tally[`mrz:${result.ok ? 'ok' : result.error.code}`] ?? 0) + 1;
          if (index % 10 === 0) {
            const auth = authenticateCard({ qr: lastQr, mrz: text, today: '2025-06-01' });
            if (auth.ok && new Set(auth.checks.map((check) => check.name)).size !== 10) note(text, 'checks not all named once');
            if (!auth.ok && auth.error.code !== 'unreadable') note(text, `auth error ${auth.error.code}`);
          }
        }
      } catch (error) {
        note(text, `threw ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
    // The mix reaches both outcomes and most error codes, or the fuzzing proves little.
    expect(tally['qr:ok']).toBeGreaterThan(5_000);
    expect(tally['mrz:ok']).toBeGreaterThan(5_000);
    expect(Object.keys(tally).filter((key) => key.startsWith('qr:')).length).toBeGreaterThanOrEqual(7);
    expect(Object.keys(tally).filter((key) => key.startsWith('mrz:')).length).toBeGreaterThanOrEqual(9);
  });
});

describe('fuzz: look-alike misreads are undone exactly', () => {
  const DIGIT_LOOKALIKES: Record<string, string> = { '0': 'OQDU', '1': 'IL', '2': 'Z', '5': 'S', '6': 'G', '7': 'T', '8': 'B' };
  const NAME_LOOKALIKES: Record<string, string> = { O: '0', I: '1', Z: '2', A: '4', S: '5', G: '6', T: '7', B: '8' };
  /** 0-based [line, start, end) spans of line 1 and 2 that hold digits (and check digits). */
  const DIGIT_SPANS: Array<[number, number, number]> = [
    [0, 5, 27],
    [1, 0, 7],
    [1, 8, 15],
    [1, 29, 30],
  ];
  const FILLER_SPANS: Array<[number, number, number]> = [
    [0, 27, 30],
    [1, 18, 29],
  ];

  it('recovers the zone as printed from 5,000 zones with 1-6 OCR confusions each', () => {
    const rng = prng(SEED ^ 0xabcdef);
    const problems: string[] = [];
    for (let i = 0; i < 5_000; i += 1) {
      const lines = validMrz(rng).replace(/\s+/g, '').match(/.{30}/g) as string[];
      const rows = lines.map((line) => [...line]);
      const substitutions = 1 + rng.int(6);
      for (let s = 0; s < substitutions; s += 1) {
        const kind = rng.int(4);
        if (kind === 0) {
          const [line, start, end] = rng.pick(DIGIT_SPANS);
          const at = start + rng.int(end - start);
          const options = DIGIT_LOOKALIKES[rows[line]![at]!];
          if (options) rows[line]![at] = rng.pick([...options]);
        } else if (kind === 1) {
          const [line, start, end] = rng.pick(FILLER_SPANS);
          rows[line]![start + rng.int(end - start)] = rng.pick(['K', 'L', 'C']);
        } else if (kind === 2) {
          const at = rng.int(30);
          const replacement = NAME_LOOKALIKES[rows[2]![at]!];
          if (replacement) rows[2]![at] = replacement;
        } else {
          // The constants IDVNM / VNM, and the sex (confirmed by the ID number's sex digit).
          const [line, at, to] = rng.pick([
            [0, 0, '1'],
            [0, 1, '0'],
            [0, 3, 'H'],
            [1, 15, 'Y'],
            [1, 17, 'W'],
            [1, 7, lines[1]![7] === 'M' ? 'H' : 'E'],
          ] as const);
          rows[line]![at] = to;
        }
      }
      const misread = rows.map((row) => row.join(''));
      const result = parseCccdMrz(misread);
      if (!result.ok || !result.valid || result.lines.join('') !== lines.join('')) {
        if (problems.length < 5) problems.push(`${misread.join('/')} → ${result.ok ? result.lines.join('/') : result.error.code}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
