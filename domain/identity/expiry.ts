/**
 * When a card expires. A card must be renewed when its holder turns 25, 40 and 60 (and, for the
 * thẻ căn cước issued to children since 1 July 2024, 14). A card issued or renewed within the
 * 2 years before one of those ages is valid until the next one; one issued at 58 or later never
 * expires. A card is valid up to and including its expiry date.
 */
import { addYears, ageOn, isIsoDate, parseIsoDate } from './calendar.js';
import { check, type Check } from './checks.js';

/** The ages at which a card must be renewed. 14 only concerns cards issued before that age. */
export const RENEWAL_AGES: readonly number[] = [14, 25, 40, 60];

/** How long before a renewal age an issue already counts for the next one. */
export const RENEWAL_GRACE_YEARS = 2;

/**
 * The age up to which a card issued at `ageAtIssue` is valid, or null when it never expires.
 */
export function validUntilAge(ageAtIssue: number): number | null {
  for (const age of RENEWAL_AGES) {
    if (ageAtIssue < age - RENEWAL_GRACE_YEARS) return age;
  }
  return null;
}

/**
 * The expiry date the rules give a card (YYYY-MM-DD), or null for no expiry. Throws a RangeError
 * when either date is not a YYYY-MM-DD date.
 */
export function expectedExpiry(dateOfBirth: string, dateOfIssue: string): string | null {
  const untilAge = validUntilAge(ageOn(dateOfBirth, dateOfIssue));
  return untilAge === null ? null : addYears(dateOfBirth, untilAge);
}

/**
 * The dates a card expiring at `age` may carry: the birthday that year; for someone born on
 * 29 February, 28 February or 1 March in a common year.
 */
function birthdayDates(dateOfBirth: string, age: number): string[] {
  const dates = [addYears(dateOfBirth, age)];
  const birth = parseIsoDate(dateOfBirth);
  if (birth && birth.month === 2 && birth.day === 29 && !dates[0]?.endsWith('-02-29')) {
    dates.push(`${String(birth.year + age).padStart(4, '0')}-03-01`);
  }
  return dates;
}

export interface ExpiryFacts {
  dateOfBirth: string;
  dateOfIssue?: string;
  /** As read from the card: a date, null for "no expiry", undefined when not read. */
  dateOfExpiry?: string | null;
}

const show = (expiry: string | null) => expiry ?? 'no expiry';

/**
 * Whether the card's expiry is the one the age rules give. Without an issue date, only that the
 * expiry falls on one of the renewal birthdays (or none, for someone who is 58 or older today).
 */
export function checkExpiryRule(facts: ExpiryFacts, today?: string): Check<'expiryRule'> {
  const { dateOfBirth, dateOfIssue, dateOfExpiry } = facts;
  if (dateOfExpiry === undefined) return check('expiryRule', 'notAvailable', 'expiry not read');
  if (!isIsoDate(dateOfBirth)) return check('expiryRule', 'notAvailable', 'no valid date of birth');
  if (dateOfExpiry !== null && !isIsoDate(dateOfExpiry)) return check('expiryRule', 'failed', `not a date: ${dateOfExpiry}`);
  if (dateOfIssue !== undefined && isIsoDate(dateOfIssue)) {
    if (dateOfIssue < dateOfBirth) return check('expiryRule', 'failed', `issued ${dateOfIssue}, before birth`);
    if (dateOfExpiry !== null && dateOfExpiry <= dateOfIssue) {
      return check('expiryRule', 'failed', `expires ${dateOfExpiry}, not after issue ${dateOfIssue}`);
    }
    const untilAge = validUntilAge(ageOn(dateOfBirth, dateOfIssue));
    const allowed: Array<string | null> = untilAge === null ? [null] : birthdayDates(dateOfBirth, untilAge);
    if (allowed.includes(dateOfExpiry)) return check('expiryRule', 'passed');
    return check('expiryRule', 'failed', `card says ${show(dateOfExpiry)}, rules give ${show(allowed[0] ?? null)}`);
  }
  if (dateOfExpiry === null) {
    const oldEnough = (RENEWAL_AGES[RENEWAL_AGES.length - 1] ?? 60) - RENEWAL_GRACE_YEARS;
    if (today === undefined || !isIsoDate(today)) return check('expiryRule', 'notAvailable', 'no expiry, and no issue date or today to judge it');
    return ageOn(dateOfBirth, today) >= oldEnough
      ? check('expiryRule', 'passed', 'issue date unknown')
      : check('expiryRule', 'failed', `no expiry, but the holder is not yet ${oldEnough}`);
  }
  const onRenewalBirthday = RENEWAL_AGES.some((age) => birthdayDates(dateOfBirth, age).includes(dateOfExpiry));
  return onRenewalBirthday
    ? check('expiryRule', 'passed', 'issue date unknown: expiry falls on a renewal birthday')
    : check('expiryRule', 'failed', `${dateOfExpiry} is not the holder's ${RENEWAL_AGES.join('th, ')}th birthday`);
}

/** Whether a card with this expiry is expired on `today` (valid through its expiry date). */
export function isExpired(dateOfExpiry: string | null, today: string): boolean {
  return dateOfExpiry !== null && today > dateOfExpiry;
}
