/**
 * Questions the kiosk could not answer, kept for staff to write answers: one JSON line each in
 * `<dataDir>/advice/unknown-questions.jsonl`, appended, never rewritten. Only the redacted
 * question, its language and the time: nothing that names the citizen.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Locale, localeSchema } from '../../bridge/contract.js';
import { LOGGED_QUESTION_MAX, redactQuestion } from '../../domain/advice/redact-question.js';

export const UNKNOWN_QUESTIONS_FILE = join('advice', 'unknown-questions.jsonl');

/** One line of the log, as read back: anything else on a line is left out. */
export const unknownQuestionSchema = z.object({
  at: z.iso.datetime(),
  locale: localeSchema,
  question: z.string().trim().min(1).max(LOGGED_QUESTION_MAX),
});

export interface UnknownQuestion {
  at: string;
  locale: Locale;
  question: string;
}

export class UnknownQuestionLog {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, UNKNOWN_QUESTIONS_FILE);
  }

  async record(question: string, locale: Locale, at: Date): Promise<void> {
    const line: UnknownQuestion = { at: at.toISOString(), locale, question: redactQuestion(question) };
    await mkdir(join(this.path, '..'), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(line)}\n`, 'utf8');
  }
}
