/**
 * Staff mode's questions screen ("Câu hỏi", operators): what citizens asked the kiosk that it could
 * not answer, to mark handled or answer; and the answers staff added, to edit or remove. An answer
 * saved is used by the kiosk at once. While an answer is written, the form takes the screen.
 */
import { useState } from 'react';
import type { StaffRefusal } from '../../../bridge/staff-protocol.js';
import type { AddedAnswerView, QuestionGroupView } from '../../../bridge/staff-question-protocol.js';
import { problemsByPath } from '../config/config-draft.js';
import type { StaffPanelProps } from '../staff-panel.js';
import { useStaffQuery } from '../use-staff-query.js';
import { AddedAnswersCard } from './AddedAnswersCard.js';
import { type AnswerDraft, AnswerForm } from './AnswerForm.js';
import { questionsTranslator } from './questions-i18n.js';
import { UnansweredCard } from './UnansweredCard.js';
import '../config/config.css';
import './questions.css';

const blank = (): AnswerDraft => ({ question: { vi: '', en: '' }, answer: { vi: '', en: '' }, asked: [] });

function fromGroup(group: QuestionGroupView): AnswerDraft {
  return { ...blank(), question: { vi: group.question, en: '' }, from: { key: group.key, question: group.question, count: group.count } };
}

function fromAnswer(answer: AddedAnswerView): AnswerDraft {
  return {
    id: answer.id,
    question: { vi: answer.question.vi, en: answer.question.en ?? '' },
    answer: { vi: answer.answer.vi, en: answer.answer.en ?? '' },
    asked: answer.asked,
  };
}

export function QuestionsPanel({ call, locale, revision }: StaffPanelProps) {
  const t = questionsTranslator(locale);
  const groups = useStaffQuery(call, { type: 'unansweredQuestions' }, revision);
  const answers = useStaffQuery(call, { type: 'addedAnswers' }, revision);
  const [draft, setDraft] = useState<AnswerDraft | null>(null);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<string | null>(null);

  const refresh = () => {
    groups.refresh();
    answers.refresh();
  };
  const refused = (reply: StaffRefusal) => setOutcome([reply.message[locale], ...(reply.fields ?? []).map((field) => field.message)].join(' '));
  const open = (next: AnswerDraft | null) => {
    setDraft(next);
    setProblems(new Map());
    setOutcome(null);
  };
  const save = (answer: AnswerDraft) => {
    const request = {
      type: 'saveAddedAnswer',
      ...(answer.id === undefined ? {} : { id: answer.id }),
      question: answer.question,
      answer: answer.answer,
      ...(answer.from === undefined ? {} : { fromQuestion: answer.from.key }),
      locale,
    } as const;
    call(request).then(
      (reply) => {
        if (!reply.ok) {
          setProblems(problemsByPath(reply.fields));
          setOutcome(reply.message[locale]);
          return;
        }
        open(null);
        setOutcome(t('saved'));
        refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  };
  const mark = (group: QuestionGroupView, handled: boolean) =>
    call({ type: 'markQuestionHandled', key: group.key, handled }).then(
      (reply) => {
        if (reply.ok) setOutcome(handled ? t('marked') : t('reopened'));
        else refused(reply);
        refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  const remove = (answer: AddedAnswerView) =>
    call({ type: 'removeAddedAnswer', id: answer.id, locale }).then(
      (reply) => {
        if (reply.ok) setOutcome(t('removed'));
        else refused(reply);
        refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );

  const outcomeLine = outcome !== null && (
    <p className="staff-outcome" role="status" data-testid="questions-outcome">
      {outcome}
    </p>
  );
  if (draft !== null) {
    return (
      <section className="staff-panel staff-panel--wide cfg" data-testid="questions-panel">
        <AnswerForm draft={draft} problems={problems} locale={locale} t={t} onChange={setDraft} onSave={() => save(draft)} onCancel={() => open(null)} />
        {outcomeLine}
      </section>
    );
  }
  const listed = groups.reply?.ok ? groups.reply.result : null;
  const added = answers.reply?.ok ? answers.reply.result.answers : null;
  return (
    <section className="staff-panel staff-panel--wide cfg" data-testid="questions-panel">
      {outcomeLine}
      {groups.reply?.ok === false && <p className="staff-outcome">{groups.reply.message[locale]}</p>}
      <UnansweredCard groups={listed?.groups ?? null} unreadable={listed?.unreadable ?? 0} locale={locale} t={t} onAnswer={(group) => open(fromGroup(group))} onMark={(group, handled) => void mark(group, handled)} />
      <AddedAnswersCard answers={added} locale={locale} t={t} onAdd={() => open(blank())} onEdit={(answer) => open(fromAnswer(answer))} onRemove={(answer) => void remove(answer)} />
    </section>
  );
}
