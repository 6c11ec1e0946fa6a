/**
 * Which unanswered questions staff have dealt with: a small file beside the log
 * (`<dataDir>/advice/unknown-questions-handled.json`, each group's key and when it was marked),
 * written whole and atomically, so the citizens' log itself is only ever appended to. A missing
 * file is no marks; an unreadable one is no marks and a log line (the next mark replaces it).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../config/atomic-file.js';
import type { Logger } from '../log.js';

export const HANDLED_QUESTIONS_FILE = join('advice', 'unknown-questions-handled.json');

/** Far more groups than the newest questions read back hold: the oldest marks go first. */
export const MAX_HANDLED_MARKS = 5000;

const handledFileSchema = z.strictObject({ handled: z.record(z.string().min(1), z.iso.datetime()) });

export class HandledQuestions {
  readonly path: string;
  private marks: Map<string, string>;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.path = join(dataDir, HANDLED_QUESTIONS_FILE);
    this.marks = this.load();
  }

  /** Each marked group's key and when it was marked (ISO 8601). */
  current(): ReadonlyMap<string, string> {
    return this.marks;
  }

  mark(key: string, at: Date): void {
    const next = new Map(this.marks);
    next.delete(key);
    next.set(key, at.toISOString());
    while (next.size > MAX_HANDLED_MARKS) next.delete(next.keys().next().value as string);
    this.save(next);
  }

  unmark(key: string): void {
    if (!this.marks.has(key)) return;
    const next = new Map(this.marks);
    next.delete(key);
    this.save(next);
  }

  /** Written first, kept after: a failed write leaves the marks as they were, in memory and on disk. */
  private save(next: Map<string, string>): void {
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileAtomically(this.path, `${JSON.stringify({ handled: Object.fromEntries(next) }, null, 1)}\n`);
    this.marks = next;
  }

  private load(): Map<string, string> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.logger.error(`handled questions: ${this.path} cannot be read (${String(error)})`);
      return new Map();
    }
    try {
      const parsed = handledFileSchema.safeParse(JSON.parse(text));
      if (parsed.success) return new Map(Object.entries(parsed.data.handled));
      this.logger.error(`handled questions: ${this.path} refused: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    } catch (error) {
      this.logger.error(`handled questions: ${this.path} is not JSON (${String(error)})`);
    }
    return new Map();
  }
}
