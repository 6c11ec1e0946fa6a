/**
 * The answers staff add at the kiosk (added-answer-schema.ts): listed, added, changed and removed,
 * each change checked with its problems named by field in Vietnamese and English, then the whole
 * file written atomically. The kiosk's question answering reads `resolved()` and answers with
 * them at once. A broken file (edited by hand) is set aside on the next save, never lost.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { ResolvedFaq } from '../../domain/advice/question-matcher.js';
import { writeFileAtomically } from '../config/atomic-file.js';
import { type FieldWords, fieldWords } from '../config/field-problems.js';
import type { Logger } from '../log.js';
import {
  type AddedAnswer,
  MAX_ADDED_ANSWERS,
  MAX_ASKED_WORDINGS,
  NOTHING_TO_MATCH,
  addedAnswerSchema,
  addedAnswersFileSchema,
} from './added-answer-schema.js';
import { questionKey } from './question-groups.js';

export const ADDED_ANSWERS_FILE = join('advice', 'faq-added.json');

type Words = { vi: string; en: string };

/** What staff typed: English may be left empty. */
export interface AnswerInput {
  /** The answer changed; a new one without. */
  id?: string;
  question: Words;
  answer: Words;
  /** A citizen's wording it answers (from the unanswered questions), kept as a way of asking it. */
  asked?: string;
}

export type AnswerSaved = { ok: true; entry: AddedAnswer; added: boolean } | { ok: false; fields: FieldWords[] };

export class AddedAnswers {
  readonly path: string;
  private answers: readonly AddedAnswer[];
  private resolvedAnswers: { from: readonly AddedAnswer[]; faq: readonly ResolvedFaq[] } | null = null;
  /** The file on disk could not be read as answers: copied aside before it is first replaced. */
  private unreadableFile = false;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.path = join(dataDir, ADDED_ANSWERS_FILE);
    this.answers = this.load();
  }

  list(): readonly AddedAnswer[] {
    return this.answers;
  }

  /** As the matcher takes frequent questions; the same array until the answers change. */
  resolved(): readonly ResolvedFaq[] {
    if (this.resolvedAnswers?.from !== this.answers) this.resolvedAnswers = { from: this.answers, faq: this.answers.map(asFaq) };
    return this.resolvedAnswers.faq;
  }

  save(input: AnswerInput, at: Date): AnswerSaved {
    const existing = input.id === undefined ? undefined : this.answers.find((entry) => entry.id === input.id);
    if (input.id !== undefined && existing === undefined) return refused('id', GONE);
    if (existing === undefined && this.answers.length >= MAX_ADDED_ANSWERS) return refused('', TOO_MANY);
    const wordings = [...(existing?.asked ?? [])];
    const asked = input.asked?.trim();
    if (asked !== undefined && asked !== '' && !wordings.some((wording) => questionKey(wording) === questionKey(asked))) wordings.push(asked);
    const candidate = {
      id: existing?.id ?? this.nextId(),
      question: withoutEmptyEnglish(input.question),
      answer: withoutEmptyEnglish(input.answer),
      asked: wordings.slice(0, MAX_ASKED_WORDINGS),
      addedAt: existing?.addedAt ?? at.toISOString(),
      changedAt: at.toISOString(),
    };
    const parsed = addedAnswerSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, fields: answerFieldWords(parsed.error.issues) };
    const entry = parsed.data;
    const key = questionKey(entry.question.vi);
    if (this.answers.some((other) => other.id !== entry.id && questionKey(other.question.vi) === key)) return refused('question.vi', ANSWERED);
    this.write(existing === undefined ? [...this.answers, entry] : this.answers.map((other) => (other.id === entry.id ? entry : other)));
    return { ok: true, entry, added: existing === undefined };
  }

  /** The answer removed, or null when there was none by that id. */
  remove(id: string): AddedAnswer | null {
    const removed = this.answers.find((entry) => entry.id === id);
    if (removed === undefined) return null;
    this.write(this.answers.filter((entry) => entry !== removed));
    return removed;
  }

  private nextId(): string {
    const numbers = this.answers.map((entry) => Number(entry.id.slice('added-'.length)));
    return `added-${Math.max(0, ...numbers) + 1}`;
  }

  /** Written first, kept after: a failed write leaves the answers as they were. */
  private write(answers: readonly AddedAnswer[]): void {
    mkdirSync(dirname(this.path), { recursive: true });
    if (this.unreadableFile) {
      const aside = `${this.path}.unreadable-${Date.now()}`;
      copyFileSync(this.path, aside);
      this.logger.warn(`added answers: the unreadable ${this.path} was kept as ${aside}`);
      this.unreadableFile = false;
    }
    writeFileAtomically(this.path, `${JSON.stringify({ answers }, null, 2)}\n`);
    this.answers = answers;
  }

  private load(): readonly AddedAnswer[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.logger.error(`added answers: ${this.path} cannot be read (${String(error)})`);
      return [];
    }
    this.unreadableFile = true;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      this.logger.error(`added answers: ${this.path} is not JSON (${String(error)}); none used`);
      return [];
    }
    const parsed = addedAnswersFileSchema.safeParse(data);
    if (!parsed.success) {
      const why = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      this.logger.error(`added answers: ${this.path} refused (${why}); none used`);
      return [];
    }
    this.unreadableFile = false;
    return parsed.data.answers;
  }
}

function asFaq(entry: AddedAnswer): ResolvedFaq {
  return {
    id: entry.id,
    // Citizens' wordings (in either language) are ways of asking it; the first of each list is shown.
    asked: { vi: [entry.question.vi, ...entry.asked], en: [entry.question.en ?? entry.question.vi] },
    // No English written: a citizen asking in English reads the Vietnamese answer rather than nothing.
    answer: { vi: entry.answer.vi, en: entry.answer.en ?? entry.answer.vi },
  };
}

function withoutEmptyEnglish(words: Words): { vi: string; en?: string } {
  return words.en.trim() === '' ? { vi: words.vi } : { vi: words.vi, en: words.en };
}

const GONE: Words = { vi: 'Câu trả lời này không còn (đã bị xoá).', en: 'This answer is no longer there (it was removed).' };
const TOO_MANY: Words = {
  vi: `Đã có ${MAX_ADDED_ANSWERS} câu trả lời thêm: xoá bớt câu cũ trước.`,
  en: `There are ${MAX_ADDED_ANSWERS} added answers already: remove old ones first.`,
};
const ANSWERED: Words = { vi: 'Câu hỏi này đã có câu trả lời: sửa câu trả lời đó.', en: 'This question already has an answer: edit that one.' };
const NO_WORDS: Words = {
  vi: 'Câu hỏi cần có từ nói rõ hỏi gì (không chỉ "cho tôi hỏi").',
  en: 'The question needs words that say what is asked (not only "please").',
};

function refused(path: string, message: Words): AnswerSaved {
  return { ok: false, fields: [{ path, message }] };
}

/** The schema's problems by field, the answer's own ones worded here, zod's generic ones as the config editor words them. */
function answerFieldWords(issues: readonly z.core.$ZodIssue[]): FieldWords[] {
  return issues.map((issue) =>
    issue.message === NOTHING_TO_MATCH ? { path: issue.path.map(String).join('.'), message: NO_WORDS } : (fieldWords([issue])[0] as FieldWords),
  );
}
