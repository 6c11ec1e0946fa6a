/** The answers staff added, newest change first: each question with its answer, to edit or remove (asks first). */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import type { AddedAnswerView } from '../../../bridge/staff-question-protocol.js';
import { type QuestionsTranslate, shortTime } from './questions-i18n.js';

interface AddedAnswersCardProps {
  answers: AddedAnswerView[] | null;
  locale: Locale;
  t: QuestionsTranslate;
  onAdd(): void;
  onEdit(answer: AddedAnswerView): void;
  onRemove(answer: AddedAnswerView): void;
}

export function AddedAnswersCard({ answers, locale, t, onAdd, onEdit, onRemove }: AddedAnswersCardProps) {
  const [removing, setRemoving] = useState<AddedAnswerView | null>(null);
  const newestFirst = [...(answers ?? [])].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <div className="staff-card" data-testid="added-answers-card">
      <div className="staff-card__head">
        <h2>{t('addedTitle')}</h2>
        <button type="button" className="staff-button staff-button--go" data-testid="answer-add" onClick={onAdd}>
          + {t('add')}
        </button>
      </div>
      <p className="staff-note">{t('addedHint')}</p>
      {answers === null && <p className="staff-note">{t('loading')}</p>}
      {answers !== null && answers.length === 0 && <p className="staff-note">{t('noAdded')}</p>}
      <ul className="qa-answers" data-testid="added-answers">
        {newestFirst.map((answer) => (
          <li key={answer.id} className="qa-answer" data-testid={`added-answer-${answer.id}`}>
            <div className="qa-answer__text">
              <p className="qa-answer__question">
                {answer.question.vi}
                {answer.question.en !== null && <span lang="en"> · {answer.question.en}</span>}
              </p>
              <p>{answer.answer.vi}</p>
              {answer.answer.en !== null && (
                <p>
                  <span className="staff-note">EN · </span>
                  <span lang="en">{answer.answer.en}</span>
                </p>
              )}
              <span className="staff-note">{t('changedAt', { time: shortTime(answer.changedAt, locale) })}</span>
            </div>
            <div className="cfg-row-actions">
              <button type="button" className="staff-button" data-testid={`answer-edit-${answer.id}`} onClick={() => onEdit(answer)}>
                {t('edit')}
              </button>
              <button type="button" className="staff-button" data-testid={`answer-remove-${answer.id}`} onClick={() => setRemoving(answer)}>
                {t('remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {removing !== null && (
        <div className="staff-confirm" role="alertdialog" aria-label={t('confirm')}>
          <p>{t('removeConfirm', { question: removing.question.vi })}</p>
          <div className="staff-actions">
            <button
              type="button"
              className="staff-button staff-button--go"
              data-testid="answer-remove-confirm"
              onClick={() => {
                setRemoving(null);
                onRemove(removing);
              }}
            >
              {t('confirm')}
            </button>
            <button type="button" className="staff-button" onClick={() => setRemoving(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
