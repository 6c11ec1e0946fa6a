/** What the kiosk answers a citizen's question with: a frequent question's answer, a procedure (and what was asked of it), or honestly nothing. */
import type { LocalizedText } from '../catalogue/catalogue-schema.js';

/** What a question about a procedure asks: its documents, fee, time limit, where to go, or all of it. */
export const PROCEDURE_ASPECTS = ['documents', 'fee', 'duration', 'where', 'general'] as const;
export type ProcedureAspect = (typeof PROCEDURE_ASPECTS)[number];

export type AdviceAnswer =
  | { kind: 'faq'; id: string; question: LocalizedText; answer: LocalizedText }
  | { kind: 'procedure'; procedureId: string; aspect: ProcedureAspect }
  /** Nothing known matches: the citizen is sent to the information counter. */
  | { kind: 'unknown' };
