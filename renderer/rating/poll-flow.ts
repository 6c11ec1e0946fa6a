/**
 * The poll's steps as plain data: the overall score first (kept the moment it is chosen), then the
 * optional criteria, and after a low score the reasons and a comment, then thanks. Each later step
 * hands the host only what it changed (`complete`), so leaving half-way keeps everything answered.
 */
import {
  COMMENT_MAX_LENGTH,
  type CriterionId,
  REASONS_AT_OR_BELOW,
  type RatingCompletion,
  type ReasonId,
  type Score,
} from '../../bridge/satisfaction-poll.js';

export type PollStep = 'overall' | 'criteria' | 'reasons' | 'comment' | 'thanks';
export type Criteria = Partial<Record<CriterionId, Score>>;

/** The step after this one, given the overall score chosen. */
export function nextStep(step: PollStep, overall: Score): PollStep {
  switch (step) {
    case 'overall':
      return 'criteria';
    case 'criteria':
      return overall <= REASONS_AT_OR_BELOW ? 'reasons' : 'thanks';
    case 'reasons':
      return 'comment';
    case 'comment':
    case 'thanks':
      return 'thanks';
  }
}

/** The steps a citizen with this overall score goes through after it, to show "2 / 4" progress. */
export function stepsAfterOverall(overall: Score): PollStep[] {
  return overall <= REASONS_AT_OR_BELOW ? ['criteria', 'reasons', 'comment'] : ['criteria'];
}

/** Tap a criterion's score to choose it, tap it again to take it back (skipped). */
export function toggleCriterion(criteria: Criteria, id: CriterionId, score: Score): Criteria {
  const next = { ...criteria };
  if (next[id] === score) delete next[id];
  else next[id] = score;
  return next;
}

export function toggleReason(reasons: readonly ReasonId[], id: ReasonId): ReasonId[] {
  return reasons.includes(id) ? reasons.filter((reason) => reason !== id) : [...reasons, id];
}

/** A comment as the host takes it: trimmed to the poll's limit. */
export function limitComment(comment: string): string {
  return comment.slice(0, COMMENT_MAX_LENGTH);
}

export interface PollAnswers {
  criteria: Criteria;
  reasons: ReasonId[];
  comment: string;
}

/** What leaving this step adds to the rating, or null when it was skipped (nothing to send). */
export function completionOf(step: PollStep, answers: PollAnswers): RatingCompletion | null {
  switch (step) {
    case 'criteria':
      return Object.keys(answers.criteria).length > 0 ? { criteria: answers.criteria } : null;
    case 'reasons':
      return answers.reasons.length > 0 ? { reasons: answers.reasons } : null;
    case 'comment': {
      const comment = limitComment(answers.comment).trim();
      return comment === '' ? null : { comment };
    }
    case 'overall':
    case 'thanks':
      return null;
  }
}
