/** What the kiosk answers a citizen's question with: a frequent question's answer, a procedure (and what was asked of it), or honestly nothing. */
import type { ProcedureAspect } from '../../bridge/contract.js';
import type { LocalizedText } from '../catalogue/catalogue-schema.js';

export type AdviceAnswer =
  | { kind: 'faq'; id: string; question: LocalizedText; answer: LocalizedText }
  | { kind: 'procedure'; procedureId: string; aspect: ProcedureAspect }
  /** Nothing known matches: the citizen is sent to the information counter. */
  | { kind: 'unknown' };
