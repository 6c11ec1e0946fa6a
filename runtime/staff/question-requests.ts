/**
 * The questions screen of staff mode (operators): the questions the kiosk could not answer, read
 * back from its log and grouped, marked handled or opened again; and the answers staff add, change
 * and remove, used by the kiosk's question answering at once. Every change is audited under the
 * staff member's name with the question it concerns (as logged: nothing that names a citizen).
 */
import type { Locale } from '../../bridge/contract.js';
import type { StaffRefusal } from '../../bridge/staff-protocol.js';
import type { AddedAnswerView, QuestionGroupView } from '../../bridge/staff-question-protocol.js';
import type { AddedAnswer } from '../advice/added-answer-schema.js';
import type { AddedAnswers } from '../advice/added-answers.js';
import { HandledQuestions } from '../advice/handled-questions.js';
import { groupQuestions } from '../advice/question-groups.js';
import { readRecentQuestions } from '../advice/unknown-question-reader.js';
import type { UnknownQuestionLog } from '../advice/unknown-questions.js';
import { type FieldWords, inLocale } from '../config/field-problems.js';
import type { Logger } from '../log.js';
import type { AuditAction } from '../store/audit-trail.js';
import type { StaffAudit } from './staff-mode.js';
import type { StaffHandlers } from './staff-requests.js';

export interface QuestionRequestDeps {
  /** The kiosk's advice: its log of unanswered questions and the answers staff added (runtime/advice/kiosk-advice.ts). */
  advice: { unknownQuestions: UnknownQuestionLog; addedAnswers: AddedAnswers };
  dataDir: string;
  audit: StaffAudit;
  logger: Logger;
  now: () => Date;
  /** What staff screens show changed: they ask again. */
  changed: () => void;
}

type QuestionRequestType = 'unansweredQuestions' | 'markQuestionHandled' | 'addedAnswers' | 'saveAddedAnswer' | 'removeAddedAnswer';

/** More than staff read through on a kiosk's screen: the rest are older or asked once. */
export const MAX_GROUPS_SHOWN = 300;
/** The question in an audit line: enough to recognise it. */
const AUDITED_QUESTION_LENGTH = 120;

export function questionHandlers(deps: QuestionRequestDeps): StaffHandlers<QuestionRequestType> {
  const { advice, logger } = deps;
  const handled = new HandledQuestions(deps.dataDir, logger);
  const audit = (actor: string, action: AuditAction, question: string, more = '') =>
    deps.audit.append({ at: deps.now().getTime(), actor, action, detail: `"${question.slice(0, AUDITED_QUESTION_LENGTH)}"${more}` });
  const groups = async () => {
    const recent = await readRecentQuestions(advice.unknownQuestions.path);
    if (recent.unreadable > 0) logger.warn(`unanswered questions: ${recent.unreadable} unreadable line(s) in ${advice.unknownQuestions.path} left out`);
    return { groups: groupQuestions(recent.entries, handled.current()), unreadable: recent.unreadable };
  };
  const findGroup = async (key: string): Promise<QuestionGroupView | undefined> => (await groups()).groups.find((group) => group.key === key);
  const answers = () => advice.addedAnswers.list().map(answerView);

  return {
    unansweredQuestions: async () => {
      const found = await groups();
      return { ok: true, result: { groups: found.groups.slice(0, MAX_GROUPS_SHOWN), unreadable: found.unreadable } };
    },
    markQuestionHandled: async ({ key, handled: done }, { actor }) => {
      const group = await findGroup(key);
      if (done) handled.mark(key, deps.now());
      else handled.unmark(key);
      audit(actor, done ? 'questionHandled' : 'questionReopened', group?.question ?? key, group === undefined ? '' : asked(group.count));
      deps.changed();
      return { ok: true, result: null };
    },
    addedAnswers: () => ({ ok: true, result: { answers: answers() } }),
    saveAddedAnswer: async ({ id, question, answer, fromQuestion, locale }, { actor }) => {
      const from = fromQuestion === undefined ? undefined : await findGroup(fromQuestion);
      const saved = advice.addedAnswers.save(
        { ...(id === undefined ? {} : { id }), question, answer, ...(from === undefined ? {} : { asked: from.question }) },
        deps.now(),
      );
      if (!saved.ok) return invalid(saved.fields, locale, NOT_SAVED);
      if (fromQuestion !== undefined) handled.mark(fromQuestion, deps.now());
      audit(actor, saved.added ? 'answerAdded' : 'answerChanged', saved.entry.question.vi, from === undefined ? '' : `, for "${from.question.slice(0, AUDITED_QUESTION_LENGTH)}"`);
      deps.changed();
      return { ok: true, result: { answers: answers(), id: saved.entry.id } };
    },
    removeAddedAnswer: ({ id, locale }, { actor }) => {
      const removed = advice.addedAnswers.remove(id);
      if (removed === null) return invalid([{ path: 'id', message: GONE }], locale, NOT_REMOVED);
      audit(actor, 'answerRemoved', removed.question.vi);
      deps.changed();
      return { ok: true, result: { answers: answers() } };
    },
  };
}

function answerView(entry: AddedAnswer): AddedAnswerView {
  return {
    id: entry.id,
    question: { vi: entry.question.vi, en: entry.question.en ?? null },
    answer: { vi: entry.answer.vi, en: entry.answer.en ?? null },
    asked: entry.asked,
    changedAt: entry.changedAt,
  };
}

function asked(count: number): string {
  return count === 1 ? ', asked once' : `, asked ${count} times`;
}

const NOT_SAVED = { vi: 'Chưa lưu câu trả lời: có mục chưa đúng.', en: 'The answer was not saved: some fields are wrong.' };
const NOT_REMOVED = { vi: 'Chưa xoá câu trả lời.', en: 'The answer was not removed.' };
const GONE = { vi: 'Câu trả lời này không còn (đã bị xoá).', en: 'This answer is no longer there (it was removed).' };

function invalid(fields: readonly FieldWords[], locale: Locale, message: StaffRefusal['message']): StaffRefusal {
  return { ok: false, reason: 'invalid', message, fields: inLocale(fields, locale) };
}
