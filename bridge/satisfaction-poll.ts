/**
 * The satisfaction poll as data: the overall five-level score with its faces and words, the
 * SIPAS-style criteria, the reasons asked for after a low score, and the schema one submitted
 * answer set must pass. A rating carries no identity: ticket, counter, group, procedure and time
 * are added by the runtime, never by the citizen's answers.
 */
import { z } from 'zod';
import type { Locale } from './contract.js';

type Words = Record<Locale, string>;

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export interface OverallLevel {
  score: Score;
  /** The face drawn for this level; the screens map it to an image. */
  face: 'very-sad' | 'sad' | 'neutral' | 'happy' | 'very-happy';
  words: Words;
}

export const OVERALL_LEVELS: readonly OverallLevel[] = [
  { score: 1, face: 'very-sad', words: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' } },
  { score: 2, face: 'sad', words: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
  { score: 3, face: 'neutral', words: { vi: 'Bình thường', en: 'Neither satisfied nor dissatisfied' } },
  { score: 4, face: 'happy', words: { vi: 'Hài lòng', en: 'Satisfied' } },
  { score: 5, face: 'very-happy', words: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
];

export const CRITERIA = [
  { id: 'access', label: { vi: 'Tiếp cận dịch vụ', en: 'Access to the service' } },
  { id: 'transparency', label: { vi: 'Sự công khai, minh bạch của thủ tục', en: 'Transparency of the procedure' } },
  { id: 'officer', label: { vi: 'Thái độ và năng lực của cán bộ', en: "The officer's attitude and competence" } },
  { id: 'time', label: { vi: 'Thời gian giải quyết', en: 'Time taken' } },
  { id: 'result', label: { vi: 'Kết quả giải quyết', en: 'The result' } },
] as const satisfies readonly { id: string; label: Words }[];
export type CriterionId = (typeof CRITERIA)[number]['id'];

export const LOW_SCORE_REASONS = [
  { id: 'longWait', label: { vi: 'Phải chờ đợi lâu', en: 'Long wait' } },
  { id: 'unclearGuidance', label: { vi: 'Hướng dẫn chưa rõ ràng', en: 'Unclear guidance' } },
  { id: 'extraDocuments', label: { vi: 'Bị yêu cầu bổ sung giấy tờ ngoài quy định', en: 'Asked for extra documents' } },
  { id: 'unfriendlyOfficer', label: { vi: 'Cán bộ thiếu thân thiện', en: 'Unfriendly officer' } },
  { id: 'equipment', label: { vi: 'Hệ thống, thiết bị gặp sự cố', en: 'System or equipment problem' } },
  { id: 'other', label: { vi: 'Lý do khác', en: 'Other' } },
] as const satisfies readonly { id: string; label: Words }[];
export type ReasonId = (typeof LOW_SCORE_REASONS)[number]['id'];

/** Reasons are asked for at this overall score or below. */
export const REASONS_AT_OR_BELOW: Score = 3;
export const COMMENT_MAX_LENGTH = 500;

export const scoreSchema = z.union(SCORES.map((score) => z.literal(score)));
const criterionIds = CRITERIA.map((criterion) => criterion.id) as [CriterionId, ...CriterionId[]];
const reasonIds = LOW_SCORE_REASONS.map((reason) => reason.id) as [ReasonId, ...ReasonId[]];

export const criteriaSchema = z.partialRecord(z.enum(criterionIds), scoreSchema);
export const reasonsSchema = z
  .array(z.enum(reasonIds))
  .refine((reasons) => new Set(reasons).size === reasons.length, 'each reason once');
export const commentSchema = z.string().trim().max(COMMENT_MAX_LENGTH);

/** One submitted answer set. Strict: an identity field (name, ID number, phone) is refused, not dropped. */
export const ratingAnswersSchema = z
  .strictObject({
    overall: scoreSchema,
    criteria: criteriaSchema.optional(),
    reasons: reasonsSchema.optional(),
    comment: commentSchema.optional(),
  })
  .refine((answers) => (answers.reasons ?? []).length === 0 || answers.overall <= REASONS_AT_OR_BELOW, {
    message: `reasons are asked for only at an overall score of ${REASONS_AT_OR_BELOW} or below`,
    path: ['reasons'],
  });
export type RatingAnswers = z.infer<typeof ratingAnswersSchema>;

/** The later part of a rating, completed after the overall score was kept (never a second overall score). */
export const ratingCompletionSchema = z.strictObject({
  criteria: criteriaSchema.optional(),
  reasons: reasonsSchema.optional(),
  comment: commentSchema.optional(),
});
export type RatingCompletion = z.infer<typeof ratingCompletionSchema>;

/** Where a rating was given: the kiosk, the tablet facing the citizen, the counter's keypad, the phone. */
export const RATING_CHANNELS = ['kiosk', 'counterTablet', 'keypad', 'phone'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];
