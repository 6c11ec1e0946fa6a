/**
 * The questions the kiosk could not answer, grouped: the open ones most asked first, each with how
 * often and when it was last asked, "answer this" and "handled"; those handled behind a switch,
 * where they can be opened again.
 */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import type { QuestionGroupView } from '../../../bridge/staff-question-protocol.js';
import { type QuestionsTranslate, languageName, shortTime } from './questions-i18n.js';

interface UnansweredCardProps {
  groups: QuestionGroupView[] | null;
  unreadable: number;
  locale: Locale;
  t: QuestionsTranslate;
  onAnswer(group: QuestionGroupView): void;
  onMark(group: QuestionGroupView, handled: boolean): void;
}

export function UnansweredCard({ groups, unreadable, locale, t, onAnswer, onMark }: UnansweredCardProps) {
  const [showHandled, setShowHandled] = useState(false);
  const open = groups?.filter((group) => group.open) ?? [];
  const handled = groups?.filter((group) => !group.open) ?? [];
  const shown = showHandled ? [...open, ...handled] : open;
  return (
    <div className="staff-card" data-testid="unanswered-card">
      <div className="staff-card__head">
        <h2>{t('openTitle')}</h2>
        {handled.length > 0 && (
          <button type="button" className="staff-button staff-button--quiet" aria-pressed={showHandled} data-testid="show-handled" onClick={() => setShowHandled(!showHandled)}>
            {showHandled ? t('hideHandled') : t('showHandled', { count: handled.length })}
          </button>
        )}
      </div>
      <p className="staff-note">{t('openHint')}</p>
      {unreadable > 0 && (
        <p className="staff-state staff-state--bad" role="status">
          <span className="staff-state__mark" aria-hidden="true">▲</span> {t('unreadable', { count: unreadable })}
        </p>
      )}
      {groups === null && <p className="staff-note">{t('loading')}</p>}
      {groups !== null && open.length === 0 && (
        <p className="staff-state staff-state--good" data-testid="no-open-questions">
          <span className="staff-state__mark" aria-hidden="true">✓</span> {t('noOpen')}
        </p>
      )}
      {shown.length > 0 && (
        <table className="staff-table qa-table" data-testid="unanswered-list">
          <thead>
            <tr>
              <th>{t('question')}</th>
              <th>{t('times')}</th>
              <th>{t('lastAsked')}</th>
              <th>{t('languages')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((group) => (
              <tr key={group.key} className={group.open ? '' : 'qa-row--handled'} data-testid="unanswered-row" data-open={group.open}>
                <td className="qa-question">
                  <span data-testid="unanswered-question">{group.question}</span>
                  {!group.open && group.handledAt !== null && <span className="staff-note">✓ {t('handledAt', { time: shortTime(group.handledAt, locale) })}</span>}
                </td>
                <td className="qa-count" data-testid="unanswered-count">
                  {t('timesN', { count: group.count })}
                </td>
                <td className="staff-nowrap">
                  {shortTime(group.lastAt, locale)}
                  {group.count > 1 && <span className="staff-note">{t('firstAsked', { time: shortTime(group.firstAt, locale) })}</span>}
                </td>
                <td>{group.locales.map((language) => languageName(language, locale)).join(', ')}</td>
                <td className="cfg-row-actions">
                  <button type="button" className="staff-button staff-button--go" data-testid="answer-this" onClick={() => onAnswer(group)}>
                    {t('answerThis')}
                  </button>
                  <button type="button" className="staff-button" data-testid={group.open ? 'mark-handled' : 'reopen'} onClick={() => onMark(group, group.open)}>
                    {group.open ? `✓ ${t('markHandled')}` : t('reopen')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
