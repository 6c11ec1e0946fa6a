/**
 * Staff mode's questions (operators: the information desk knows the answers): the questions the
 * kiosk could not answer, grouped, with a mark for those staff have dealt with; and the answers
 * staff add, which the kiosk's question answering uses at once.
 *
 * An answer arrives as typed, empty English included: the runtime checks it and a refusal's
 * `fields` name each wrong field in the staff member's language.
 */
import { z } from 'zod';
import { type Locale, localeSchema as locale } from './contract.js';
import type { RequestRoles } from './staff-protocol.js';

/** Longer than any answer's field the runtime accepts: those are refused at the field, not here. */
const typed = z.string().max(4000);
const typedText = z.strictObject({ vi: typed, en: typed });
/** A group of the same question: its words folded (no marks, lower case). */
const questionKey = z.string().min(1).max(400);

export const questionRequests = [
  z.strictObject({ type: z.literal('unansweredQuestions') }),
  /** Mark a group dealt with (it leaves the open list until asked again), or open it again. */
  z.strictObject({ type: z.literal('markQuestionHandled'), key: questionKey, handled: z.boolean() }),
  z.strictObject({ type: z.literal('addedAnswers') }),
  /**
   * Add an answer (no `id`) or change one. `fromQuestion`: the unanswered group it answers, whose
   * citizens' wording is kept as a way of asking it, and which is marked handled.
   */
  z.strictObject({
    type: z.literal('saveAddedAnswer'),
    id: z.string().min(1).max(40).optional(),
    question: typedText,
    answer: typedText,
    fromQuestion: questionKey.optional(),
    locale,
  }),
  z.strictObject({ type: z.literal('removeAddedAnswer'), id: z.string().min(1).max(40), locale }),
] as const satisfies readonly z.ZodObject[];

export type QuestionRequest = z.infer<(typeof questionRequests)[number]>;
export const questionRequestRoles: RequestRoles<QuestionRequest['type']> = {
  unansweredQuestions: 'operator',
  markQuestionHandled: 'operator',
  addedAnswers: 'operator',
  saveAddedAnswer: 'operator',
  removeAddedAnswer: 'operator',
};

/** The same question asked by one or more citizens (as logged: redacted). */
export interface QuestionGroupView {
  key: string;
  /** Its most legible wording (with marks, not in capitals; the latest of equals). */
  question: string;
  count: number;
  /** ISO 8601. */
  firstAt: string;
  lastAt: string;
  /** The languages it was asked in. */
  locales: Locale[];
  /** When staff marked it handled (ISO 8601), or null. */
  handledAt: string | null;
  /** Not marked handled, or asked again since. */
  open: boolean;
}

export interface AddedAnswerView {
  id: string;
  question: { vi: string; en: string | null };
  answer: { vi: string; en: string | null };
  /** Citizens' own wording kept from the unanswered questions it answers. */
  asked: string[];
  /** ISO 8601. */
  changedAt: string;
}

export interface QuestionResults {
  /**
   * The newest questions' groups, open first (most asked first), then those handled. `unreadable`:
   * lines of the log that could not be read and were left out.
   */
  unansweredQuestions: { groups: QuestionGroupView[]; unreadable: number };
  markQuestionHandled: null;
  addedAnswers: { answers: AddedAnswerView[] };
  saveAddedAnswer: { answers: AddedAnswerView[]; id: string };
  removeAddedAnswer: { answers: AddedAnswerView[] };
}
