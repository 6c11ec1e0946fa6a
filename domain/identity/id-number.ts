/**
 * The 12-digit personal identification number: PPP C YY RRRRRR, where PPP is the province code of
 * the place of birth registration, C encodes century and sex (0/1: 1900s male/female, 2/3: 2000s,
 * 4/5: 2100s, 6/7: 2200s, 8/9: 2300s), YY the last two digits of the birth year and RRRRRR random.
 */
import { parseIsoDate } from './calendar.js';
import { check, type Check } from './checks.js';
import { provinceName } from './province-codes.js';

export interface IdNumberParts {
  provinceCode: string;
  /** Undefined when the code is not one of the 63 provinces. */
  provinceName: string | undefined;
  centurySexDigit: number;
  sex: 'M' | 'F';
  /** The full birth year the number encodes. */
  birthYear: number;
  serial: string;
}

export function isIdNumberShape(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/** The parts of a 12-digit number, or null when it is not 12 ASCII digits. */
export function parseIdNumber(idNumber: string): IdNumberParts | null {
  if (!isIdNumberShape(idNumber)) return null;
  const provinceCode = idNumber.slice(0, 3);
  const centurySexDigit = Number(idNumber[3]);
  return {
    provinceCode,
    provinceName: provinceName(provinceCode),
    centurySexDigit,
    sex: centurySexDigit % 2 === 0 ? 'M' : 'F',
    birthYear: 1900 + Math.floor(centurySexDigit / 2) * 100 + Number(idNumber.slice(4, 6)),
    serial: idNumber.slice(6),
  };
}

/** The century-and-sex digit for a birth year and sex: 1985, male → 0; 2003, female → 3. */
export function centurySexDigit(birthYear: number, sex: 'M' | 'F'): number | null {
  const century = Math.floor(birthYear / 100) - 19;
  if (century < 0 || century > 4) return null;
  return century * 2 + (sex === 'F' ? 1 : 0);
}

export type IdNumberCheckName = 'idNumberStructure' | 'provinceCode' | 'idMatchesBirthYear' | 'idMatchesSex';

export interface IdNumberFacts {
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
  sex?: 'M' | 'F';
  /** YYYY-MM-DD: a number that encodes a birth year after this year is not well formed. */
  today?: string;
}

/** The four ID-number checks, in a fixed order; a check whose facts are missing is `notAvailable`. */
export function checkIdNumber(idNumber: string, facts: IdNumberFacts = {}): Check<IdNumberCheckName>[] {
  const parts = parseIdNumber(idNumber);
  if (!parts) {
    const why = 'not 12 digits';
    return [
      check('idNumberStructure', 'failed', why),
      check('provinceCode', 'notAvailable', why),
      check('idMatchesBirthYear', 'notAvailable', why),
      check('idMatchesSex', 'notAvailable', why),
    ];
  }
  const checks: Check<IdNumberCheckName>[] = [];
  const todayYear = facts.today === undefined ? undefined : parseIsoDate(facts.today)?.year;
  if (todayYear !== undefined && parts.birthYear > todayYear) {
    checks.push(check('idNumberStructure', 'failed', `digit 4 (${parts.centurySexDigit}) encodes birth year ${parts.birthYear}, in the future`));
  } else {
    checks.push(check('idNumberStructure', 'passed'));
  }
  checks.push(
    parts.provinceName === undefined
      ? check('provinceCode', 'failed', `unknown province code ${parts.provinceCode}`)
      : check('provinceCode', 'passed', `${parts.provinceCode} ${parts.provinceName}`),
  );
  const birth = facts.dateOfBirth === undefined ? null : parseIsoDate(facts.dateOfBirth);
  if (!birth) {
    checks.push(check('idMatchesBirthYear', 'notAvailable', 'no date of birth'));
  } else if (birth.year === parts.birthYear) {
    checks.push(check('idMatchesBirthYear', 'passed'));
  } else {
    checks.push(check('idMatchesBirthYear', 'failed', `number encodes ${parts.birthYear}, date of birth is in ${birth.year}`));
  }
  if (facts.sex === undefined) {
    checks.push(check('idMatchesSex', 'notAvailable', 'no sex'));
  } else if (facts.sex === parts.sex) {
    checks.push(check('idMatchesSex', 'passed'));
  } else {
    checks.push(check('idMatchesSex', 'failed', `number encodes ${parts.sex}, card says ${facts.sex}`));
  }
  return checks;
}
