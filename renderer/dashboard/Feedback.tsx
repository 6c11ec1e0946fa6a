/** What citizens said beyond the score: the criteria's means, the reasons ranked, the comments. */
import type { Locale } from '../../bridge/contract.js';
import type { SatisfactionReport } from '../../bridge/dashboard-protocol.js';
import { OVERALL_LEVELS } from '../../bridge/satisfaction-poll.js';
import { type DashboardTranslate, formatNumber } from './dashboard-i18n.js';

interface Props {
  report: SatisfactionReport;
  locale: Locale;
  t: DashboardTranslate;
}

export function CriteriaPanel({ report, locale, t }: Props) {
  return (
    <section className="dash-panel">
      <h2>{t('criteria')}</h2>
      <ul className="dash-bars" data-testid="criteria">
        {report.criteria.map((criterion) => (
          <li key={criterion.id}>
            <span className="dash-bars__label">{criterion.label[locale]}</span>
            <span className="dash-bars__track">
              <span className="dash-bars__fill" style={{ width: `${((criterion.mean ?? 0) / 5) * 100}%` }} />
            </span>
            <span className="dash-bars__value">{criterion.mean === null ? t('none') : formatNumber(criterion.mean, locale, 2)}</span>
            <span className="dash-muted dash-bars__note">{t('answered', { count: criterion.answered })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ReasonsPanel({ report, locale, t }: Props) {
  const most = Math.max(1, ...report.reasons.map((reason) => reason.count));
  return (
    <section className="dash-panel">
      <h2>{t('reasons')}</h2>
      {report.reasons.length === 0 ? (
        <p className="dash-muted">{t('noReasons')}</p>
      ) : (
        <ol className="dash-bars" data-testid="reasons">
          {report.reasons.map((reason) => (
            <li key={reason.id} data-reason={reason.id}>
              <span className="dash-bars__label">{reason.label[locale]}</span>
              <span className="dash-bars__track">
                <span className="dash-bars__fill dash-bars__fill--warn" style={{ width: `${(reason.count / most) * 100}%` }} />
              </span>
              <span className="dash-bars__value">{reason.count}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function CommentsPanel({ report, locale, t }: Props) {
  return (
    <section className="dash-panel dash-comments">
      <h2>
        {t('comments')} ({report.commentCount})
      </h2>
      {report.commentCount > report.comments.length && <p className="dash-muted">{t('commentsShown', { shown: report.comments.length })}</p>}
      {report.comments.length === 0 ? (
        <p className="dash-muted">{t('noComments')}</p>
      ) : (
        <ul data-testid="comments">
          {report.comments.map((comment) => (
            <li key={`${comment.at}-${comment.ticketNumber}`} className={`dash-comment dash-comment--${comment.overall}`}>
              <div className="dash-comment__score">
                {comment.overall} · {OVERALL_LEVELS[comment.overall - 1]?.words[locale]}
              </div>
              <p className="dash-comment__text">{comment.text}</p>
              <div className="dash-muted">
                {t('commentMeta', { ticket: comment.ticketNumber, counter: comment.counter, group: comment.groupName[locale], day: comment.day, time: comment.time })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
