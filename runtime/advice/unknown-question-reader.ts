/**
 * Reading back the unanswered-questions log for staff: only its newest part (the file only
 * grows, and staff want what citizens ask now), each line checked. A line that is not a logged
 * question is counted and left out; the last line without its newline end is a write cut off
 * (a crash, a power cut) or still being written, and is left out without counting.
 */
import { open } from 'node:fs/promises';
import { type UnknownQuestion, unknownQuestionSchema } from './unknown-questions.js';

export interface RecentQuestionsLimits {
  /** Read at most this much of the file's end. */
  maxBytes: number;
  /** Keep at most this many of the newest questions. */
  maxEntries: number;
}

/** About 5,000 questions of an average length: a few weeks of a busy kiosk, a few MB of memory at most. */
export const RECENT_QUESTIONS: RecentQuestionsLimits = { maxBytes: 1024 * 1024, maxEntries: 5000 };

export interface RecentQuestions {
  /** Oldest first. */
  entries: UnknownQuestion[];
  /** Lines that were not a logged question. */
  unreadable: number;
}

export async function readRecentQuestions(path: string, limits: RecentQuestionsLimits = RECENT_QUESTIONS): Promise<RecentQuestions> {
  const text = await readTail(path, limits.maxBytes);
  if (text === null) return { entries: [], unreadable: 0 };
  const lines = text.content.split('\n');
  // Starting mid-file: the first piece is the end of a line that began before.
  if (text.cut) lines.shift();
  // The piece after the last newline: empty, or a line not (yet) written whole.
  const torn = lines.pop() ?? '';
  const entries: UnknownQuestion[] = [];
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = parseLine(line);
    if (entry === null) unreadable += 1;
    else entries.push(entry);
  }
  const last = torn.trim() === '' ? null : parseLine(torn);
  if (last !== null) entries.push(last);
  return { entries: entries.slice(-limits.maxEntries), unreadable };
}

function parseLine(line: string): UnknownQuestion | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = unknownQuestionSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The file's last `maxBytes` as text, and whether its beginning was cut off; null when there is no file yet. */
async function readTail(path: string, maxBytes: number): Promise<{ content: string; cut: boolean } | null> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await file.stat();
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - start);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, start);
    // A character split at the cut decodes as a replacement mark in the first piece, which is dropped.
    return { content: buffer.subarray(0, bytesRead).toString('utf8'), cut: start > 0 };
  } finally {
    await file.close();
  }
}
