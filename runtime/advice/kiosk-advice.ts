/**
 * The advice's side of the runtime: the chart's `answerQuestion` (the offline matcher over the
 * frequent questions and the catalogue; an unanswered question kept for staff, redacted) and
 * `printChecklist` (the procedure's documents on the receipt printer).
 */
import { fromPromise } from 'xstate';
import type { ReceiptPrinter } from '../../devices/printer/receipt-printer.js';
import type { AdviceAnswer } from '../../domain/advice/advice-answer.js';
import type { Faq } from '../../domain/advice/faq-schema.js';
import { type QuestionMatcher, type ResolvedFaq, questionMatcher } from '../../domain/advice/question-matcher.js';
import { resolveFaq } from '../../domain/advice/resolve-faq.js';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { findProcedure } from '../../state-machines/catalogue-lookup.js';
import type { AskInput, PrintChecklistInput } from '../../state-machines/kiosk.machine.js';
import type { Logger } from '../log.js';
import { AddedAnswers } from './added-answers.js';
import { documentsChecklist } from './documents-checklist.js';
import { loadFaq } from './faq-file.js';
import { UnknownQuestionLog } from './unknown-questions.js';

export interface KioskAdviceOptions {
  config: () => KioskConfig;
  catalogue: () => Catalogue;
  printer: ReceiptPrinter;
  dataDir: string;
  logger: Logger;
  now: () => Date;
  /** The frequent questions; the shipped file by default. */
  faq?: Faq;
}

export class KioskAdvice {
  readonly unknownQuestions: UnknownQuestionLog;
  /** The answers staff add in staff mode, used beside the shipped frequent questions. */
  readonly addedAnswers: AddedAnswers;
  private readonly faq: Faq;
  /** Rebuilt when staff change the config, the catalogue or their added answers: the answers follow them. */
  private matcher: { config: KioskConfig; catalogue: Catalogue; added: readonly ResolvedFaq[]; matcher: QuestionMatcher } | null = null;

  constructor(private readonly options: KioskAdviceOptions) {
    this.faq = options.faq ?? loadFaq(options.logger);
    this.unknownQuestions = new UnknownQuestionLog(options.dataDir);
    this.addedAnswers = new AddedAnswers(options.dataDir, options.logger);
  }

  answer(question: string, locale: AskInput['locale']): AdviceAnswer {
    const { answer } = this.currentMatcher().answer(question);
    if (answer.kind === 'unknown') {
      // Kept for staff, not waited for: a slow or full disk must not hold the citizen's answer.
      void this.unknownQuestions.record(question, locale, this.options.now()).catch((error: unknown) => {
        this.options.logger.warn(`unanswered question not kept: ${String(error)}`);
      });
    }
    return answer;
  }

  actors() {
    return {
      answerQuestion: fromPromise<AdviceAnswer, AskInput>(async ({ input }) => this.answer(input.question, input.locale)),
      printChecklist: fromPromise<void, PrintChecklistInput>(async ({ input, signal }) => {
        const found = findProcedure(this.options.catalogue(), input.procedureId);
        if (found === null) throw new Error(`no procedure "${input.procedureId}" in the catalogue`);
        const checklist = documentsChecklist(found.procedure, found.field, this.options.config(), input.locale);
        try {
          await this.options.printer.print({ kind: 'checklist', checklist }, signal);
        } catch (error) {
          this.options.logger.warn(`documents checklist for ${input.procedureId} not printed: ${String(error)}`);
          throw error;
        }
        this.options.logger.info(`documents checklist printed for ${input.procedureId}`);
      }),
    };
  }

  private currentMatcher(): QuestionMatcher {
    const config = this.options.config();
    const catalogue = this.options.catalogue();
    const added = this.addedAnswers.resolved();
    if (this.matcher?.config !== config || this.matcher.catalogue !== catalogue || this.matcher.added !== added) {
      const faq = resolveFaq(this.faq, { openingHours: config.queue.openingHours, serviceGroups: config.serviceGroups });
      this.matcher = { config, catalogue, added, matcher: questionMatcher([...faq, ...added], catalogue) };
    }
    return this.matcher.matcher;
  }
}
