/**
 * The unanswered questions as staff read them: the same question asked several times is one
 * group, told apart as the catalogue search and the advice matcher fold words (no marks, đ → d,
 * lower case, punctuation and spacing ignored), with how often, when first and last, and in which
 * languages it was asked, shown by its most legible wording. A group staff marked handled stays
 * closed until someone asks it again.
 */
import { LOCALES, type Locale } from '../../bridge/contract.js';
import type { QuestionGroupView } from '../../bridge/staff-question-protocol.js';
import { foldWords } from '../../domain/catalogue/search-words.js';
import type { UnknownQuestion } from './unknown-questions.js';

/** What makes two questions the same: "Có chỗ gửi xe không?" and "co cho gui xe khong" share it. */
export function questionKey(question: string): string {
  return foldWords(question).join(' ');
}

/**
 * Groups of `entries` (oldest first, as logged), open ones first, the most asked first, then the
 * latest asked; `handled` maps a group's key to when staff marked it (ISO 8601).
 */
export function groupQuestions(entries: readonly UnknownQuestion[], handled: ReadonlyMap<string, string>): QuestionGroupView[] {
  const groups = new Map<string, QuestionGroupView>();
  for (const entry of entries) {
    const key = questionKey(entry.question);
    if (key === '') continue;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { key, question: entry.question, count: 1, firstAt: entry.at, lastAt: entry.at, locales: [entry.locale], handledAt: null, open: true });
      continue;
    }
    group.count += 1;
    if (later(group.firstAt, entry.at)) group.firstAt = entry.at;
    const latest = !later(group.lastAt, entry.at);
    if (latest) group.lastAt = entry.at;
    const clearer = legibility(entry.question) - legibility(group.question);
    if (clearer > 0 || (clearer === 0 && latest)) group.question = entry.question;
    if (!group.locales.includes(entry.locale)) group.locales.push(entry.locale);
  }
  for (const group of groups.values()) {
    group.handledAt = handled.get(group.key) ?? null;
    group.open = group.handledAt === null || later(group.lastAt, group.handledAt);
    group.locales.sort(byLocale);
  }
  return [...groups.values()].sort(
    (a, b) => Number(b.open) - Number(a.open) || b.count - a.count || Date.parse(b.lastAt) - Date.parse(a.lastAt),
  );
}

/**
 * How well a wording reads, to show the group by (and start staff's answer from): with its
 * Vietnamese marks rather than without, not shouted in capitals.
 */
function legibility(question: string): number {
  const marks = question.normalize('NFD').replace(/[^\u0300-\u036f]/g, '').length + (question.match(/[đĐ]/g)?.length ?? 0);
  const shouted = /\p{L}/u.test(question) && question === question.toUpperCase();
  return marks - (shouted ? 1000 : 0);
}

function later(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function byLocale(a: Locale, b: Locale): number {
  return LOCALES.indexOf(a) - LOCALES.indexOf(b);
}
