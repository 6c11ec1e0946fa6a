/**
 * What is kept of a question nobody could answer: enough for staff to write the answer, nothing
 * that names the citizen. ID numbers, phone numbers and any long run of digits (even spaced, dotted or
 * slashed: "0912 345 678", a birth date) become a mark; so do e-mail addresses.
 */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
// Digits possibly split by spaces, dots or dashes; judged by how many digits they hold.
const DIGIT_RUN = /\d(?:[\s./-]*\d)*/g;
const MIN_PERSONAL_DIGITS = 6;
/** Longer than any real question: the rest is cut off. */
export const LOGGED_QUESTION_MAX = 200;

export function redactQuestion(question: string): string {
  return question
    .replace(EMAIL, '[email]')
    .replace(DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= MIN_PERSONAL_DIGITS ? '[số]' : run))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, LOGGED_QUESTION_MAX);
}
