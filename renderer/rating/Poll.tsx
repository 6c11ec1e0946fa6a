/**
 * The poll for one served ticket: the overall score is sent the moment it is chosen, then each
 * later step sends what it answered as the citizen moves on. Without input for a while the page
 * sends what the current step has so far and moves on too (the tablet back to idle, the phone to
 * its thanks): everything answered is kept.
 */
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { RatableTicket, RatingGrant, RatingRefusal } from '../../bridge/rating-protocol.js';
import { OVERALL_LEVELS, type Score } from '../../bridge/satisfaction-poll.js';
import { CommentStep, type CommentTyping } from './CommentStep.js';
import { CriteriaStep } from './CriteriaStep.js';
import { OverallStep } from './OverallStep.js';
import { type PollAnswers, type PollStep, completionOf, nextStep, stepsAfterOverall } from './poll-flow.js';
import type { RatingCommand, RatingReply } from './rating-connection.js';
import type { RatingTranslate } from './rating-i18n.js';
import { ReasonsStep } from './ReasonsStep.js';
import { Notice, RefusalNotice } from './Notice.js';
import { useIdleTimeout } from './use-idle-timeout.js';

interface PollProps {
  ticket: RatableTicket;
  grant: RatingGrant;
  locale: Locale;
  t: RatingTranslate;
  typing: CommentTyping;
  request(command: RatingCommand): Promise<RatingReply>;
  /** How long without input before the page moves on. */
  idleMs: number;
  /** The tablet goes back to idle (also after the thanks); without it the phone shows its thanks. */
  onIdle?: () => void;
  /** The overall score was kept. */
  onRated?: () => void;
}

const NO_ANSWERS: PollAnswers = { criteria: {}, reasons: [], comment: '' };
/** The tablet's thanks or refusal stays this long before the next citizen's idle screen. */
const NOTICE_MS = 8_000;

export function Poll({ ticket, grant, locale, t, typing, request, idleMs, onIdle, onRated }: PollProps) {
  const [step, setStep] = useState<PollStep>('overall');
  const [overall, setOverall] = useState<Score | null>(null);
  const [answers, setAnswers] = useState<PollAnswers>(NO_ANSWERS);
  const [busy, setBusy] = useState(false);
  const [notSent, setNotSent] = useState(false);
  const [refusal, setRefusal] = useState<RatingRefusal | null>(null);

  const top = useRef<HTMLDivElement>(null);
  // A phone scrolled down to "Next" starts the next step at its question (the poll's frame scrolls, not the page).
  useEffect(() => {
    const scroller = top.current?.parentElement;
    if (scroller) scroller.scrollTop = 0;
  }, [step]);

  const finished = step === 'thanks' || refusal !== null;
  useIdleTimeout(
    !finished ? idleMs : onIdle === undefined ? null : Math.min(idleMs, NOTICE_MS),
    () => {
      // What the citizen chose on this step but did not yet send goes too: all answers given are kept.
      const unsent = overall === null || finished ? null : completionOf(step, answers);
      if (unsent !== null) void request({ type: 'complete', ticketId: ticket.ticketId, grant, completion: unsent });
      if (onIdle !== undefined) onIdle();
      else if (overall !== null) setStep('thanks');
    },
    `${String(ticket.ticketId)}:${step}:${String(refusal !== null)}`,
  );

  /** Send, then move on only when the host kept it; a refusal is shown in the citizen's words. */
  async function send(command: RatingCommand, then: () => void): Promise<void> {
    setBusy(true);
    setNotSent(false);
    const reply = await request(command);
    setBusy(false);
    if (reply.ok) return then();
    if (reply.reason === 'lost') setNotSent(true);
    else setRefusal(reply);
  }

  function choose(score: Score): void {
    void send({ type: 'rate', ticketId: ticket.ticketId, grant, answers: { overall: score } }, () => {
      setOverall(score);
      setStep(nextStep('overall', score));
      onRated?.();
    });
  }

  function moveOn(): void {
    if (overall === null) return;
    const completion = completionOf(step, answers);
    const next = () => setStep(nextStep(step, overall));
    if (completion === null) return next();
    void send({ type: 'complete', ticketId: ticket.ticketId, grant, completion }, next);
  }

  if (refusal !== null) return <RefusalNotice refusal={refusal} locale={locale} t={t} />;
  if (step === 'thanks') return <Notice screen="rating-thanks" title={t('thanks')} detail={t('thanksDetail')} happy />;

  const level = OVERALL_LEVELS.find((candidate) => candidate.score === overall);
  const steps = overall === null ? [] : stepsAfterOverall(overall);
  const answered = completionOf(step, answers) !== null;
  const last = overall !== null && nextStep(step, overall) === 'thanks';
  return (
    <div className="poll" data-screen="rating-poll" ref={top}>
      {level !== undefined && (
        <p className="poll__progress">
          <span className="poll__saved" data-testid="saved">
            {t('saved', { level: level.words[locale] })}
          </span>
          <span>{t('step', { step: steps.indexOf(step) + 1, steps: steps.length })}</span>
        </p>
      )}
      {step === 'overall' && <OverallStep t={t} locale={locale} busy={busy} onChoose={choose} />}
      {step === 'criteria' && (
        <CriteriaStep t={t} locale={locale} criteria={answers.criteria} onChange={(criteria) => setAnswers({ ...answers, criteria })} />
      )}
      {step === 'reasons' && <ReasonsStep t={t} locale={locale} reasons={answers.reasons} onChange={(reasons) => setAnswers({ ...answers, reasons })} />}
      {step === 'comment' && (
        <CommentStep t={t} locale={locale} typing={typing} comment={answers.comment} onChange={(comment) => setAnswers({ ...answers, comment })} />
      )}
      {notSent && (
        <p className="poll__problem" data-testid="not-sent" role="alert">
          {t('notSent')}
        </p>
      )}
      {step !== 'overall' && (
        <div className="poll__actions">
          <button type="button" className="poll__next" data-testid="next" disabled={busy} onClick={moveOn}>
            {busy ? t('sending') : !answered ? t('skip') : step === 'comment' ? t('send') : last ? t('finish') : t('next')}
          </button>
        </div>
      )}
    </div>
  );
}
