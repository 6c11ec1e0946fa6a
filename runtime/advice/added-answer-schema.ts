/**
 * The answers staff add to the kiosk's frequent questions, in `<dataDir>/advice/faq-added.json`:
 * a question and its answer in Vietnamese, English when staff write it, and the citizens' own
 * wording when it answers questions the kiosk could not. Checked the same on saving and on loading.
 */
import { z } from 'zod';
import { LOGGED_QUESTION_MAX } from '../../domain/advice/redact-question.js';
import { questionWords } from '../../domain/advice/question-words.js';

export const ADDED_QUESTION_MAX = 200;
export const ADDED_ANSWER_MAX = 1000;
/** Citizens' wordings kept for one answer: the first ones staff answered from. */
export const MAX_ASKED_WORDINGS = 10;
export const MAX_ADDED_ANSWERS = 300;

/** The custom problems, by their (English) message; worded for staff in added-answers.ts. */
export const NOTHING_TO_MATCH = 'has no words a question can be matched on';
export const TOO_MANY_ANSWERS = 'too many added answers';

const text = (max: number) => z.string().trim().min(1).max(max);
/** A question the matcher can find: not only "cho tôi hỏi" or "please". */
// An empty one is only said to be empty.
const question = text(ADDED_QUESTION_MAX).refine((value) => value === '' || questionWords(value).length > 0, NOTHING_TO_MATCH);

export const addedAnswerSchema = z.strictObject({
  id: z.string().regex(/^added-[1-9]\d*$/),
  question: z.strictObject({ vi: question, en: question.optional() }),
  answer: z.strictObject({ vi: text(ADDED_ANSWER_MAX), en: text(ADDED_ANSWER_MAX).optional() }),
  asked: z.array(text(LOGGED_QUESTION_MAX)).max(MAX_ASKED_WORDINGS),
  addedAt: z.iso.datetime(),
  changedAt: z.iso.datetime(),
});
export type AddedAnswer = z.infer<typeof addedAnswerSchema>;

export const addedAnswersFileSchema = z
  .strictObject({ answers: z.array(addedAnswerSchema).max(MAX_ADDED_ANSWERS, TOO_MANY_ANSWERS) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.answers.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['answers', index, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  });
export type AddedAnswersFile = z.infer<typeof addedAnswersFileSchema>;
