/**
 * Writing an answer the kiosk will give: the question and its answer in Vietnamese, English when
 * staff know it, typed on the on-screen keys with Telex (as the configuration editor does). When it
 * answers an unanswered question, that question is shown above and its wording starts the draft.
 * Each field shows the runtime's problem with it, in the staff member's language.
 */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import { type ConfigTranslate, configTranslator } from '../config/config-i18n.js';
import { FieldFrame, TextField } from '../config/fields.js';
import { TextEntry } from '../config/TextEntry.js';
import type { QuestionsTranslate } from './questions-i18n.js';

/** As the runtime accepts it (runtime/advice/added-answer-schema.ts); a question's 200 is the keys' own limit. */
const ANSWER_MAX = 1000;

export interface AnswerDraft {
  /** The answer changed; a new one without. */
  id?: string;
  question: { vi: string; en: string };
  answer: { vi: string; en: string };
  /** The unanswered question it answers: its key, wording and how often it was asked. */
  from?: { key: string; question: string; count: number };
  /** Citizens' wordings it already answers (an edit). */
  asked: string[];
}

interface AnswerFormProps {
  draft: AnswerDraft;
  problems: Map<string, string>;
  locale: Locale;
  t: QuestionsTranslate;
  onChange(draft: AnswerDraft): void;
  onSave(): void;
  onCancel(): void;
}

export function AnswerForm({ draft, problems, locale, t, onChange, onSave, onCancel }: AnswerFormProps) {
  const keys = configTranslator(locale);
  const text = (part: 'question' | 'answer', language: Locale) => (value: string) => onChange({ ...draft, [part]: { ...draft[part], [language]: value } });
  return (
    <div className="staff-card qa-form" data-testid="answer-form">
      <h2>{draft.id === undefined ? t('formNew') : t('formEdit')}</h2>
      {draft.from !== undefined && (
        <p className="qa-asked" data-testid="answer-from">
          {t('citizenAsked', { question: draft.from.question, count: draft.from.count })}
        </p>
      )}
      {draft.asked.length > 0 && <p className="staff-note">{t('alsoAsked', { wordings: draft.asked.map((wording) => `"${wording}"`).join(', ') })}</p>}
      <div className="cfg-grid">
        <TextField label={t('questionVi')} value={draft.question.vi} problem={problems.get('question.vi')} testId="answer-question-vi" words t={keys} onChange={text('question', 'vi')} />
        <TextField label={t('questionEn')} value={draft.question.en} problem={problems.get('question.en')} testId="answer-question-en" t={keys} onChange={text('question', 'en')} />
        <LongTextField label={t('answerVi')} value={draft.answer.vi} problem={problems.get('answer.vi')} testId="answer-answer-vi" words t={t} keys={keys} onChange={text('answer', 'vi')} />
        <LongTextField label={t('answerEn')} value={draft.answer.en} problem={problems.get('answer.en')} testId="answer-answer-en" words={false} t={t} keys={keys} onChange={text('answer', 'en')} />
      </div>
      {draft.answer.en.trim() === '' && <p className="staff-note">{t('noEnglish')}</p>}
      {problems.get('') !== undefined && (
        <p className="cfg-field__problem" role="alert">
          {problems.get('')}
        </p>
      )}
      <div className="staff-actions">
        <button type="button" className="staff-button" data-testid="answer-cancel" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className="staff-button staff-button--go" data-testid="answer-save" onClick={onSave}>
          {t('save')}
        </button>
      </div>
    </div>
  );
}

interface LongTextFieldProps {
  label: string;
  value: string;
  problem: string | undefined;
  testId: string;
  words: boolean;
  t: QuestionsTranslate;
  keys: ConfigTranslate;
  onChange(value: string): void;
}

/** An answer: a paragraph across the form, with how much of its length is used, typed on the same keys as any field. */
function LongTextField({ label, value, problem, testId, words, t, keys, onChange }: LongTextFieldProps) {
  const [typing, setTyping] = useState(false);
  return (
    <FieldFrame label={label} problem={problem} testId={testId} wide>
      <button type="button" className="cfg-text qa-long" data-testid={`edit-${testId}`} onClick={() => setTyping(true)}>
        <span className={value === '' ? 'cfg-text__empty' : ''}>{value === '' ? keys('empty') : value}</span>
        <span className="cfg-text__edit">{keys('edit')}</span>
      </button>
      <span className="staff-note">{t('characters', { count: [...value].length, max: ANSWER_MAX })}</span>
      {typing && (
        <TextEntry
          label={label}
          value={value}
          words={words}
          maxLength={ANSWER_MAX}
          t={keys}
          onCancel={() => setTyping(false)}
          onDone={(next) => {
            setTyping(false);
            onChange(next);
          }}
        />
      )}
    </FieldFrame>
  );
}
