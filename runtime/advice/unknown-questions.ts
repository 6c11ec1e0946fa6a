/**
 * Questions the kiosk could not answer, kept for staff to write answers: one JSON line each in
 * `<dataDir>/advice/unknown-questions.jsonl`, appended, never rewritten. Only the redacted
 * question, its language and the time: nothing that names the citizen.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../bridge/contract.js';
import { redactQuestion } from '../../domain/advice/redact-question.js';

export const UNKNOWN_QUESTIONS_FILE = join('advice', 'unknown-questions.jsonl');

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
