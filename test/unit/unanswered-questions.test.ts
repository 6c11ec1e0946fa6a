/**
 * The unanswered questions read back for staff: the log's newest part only, bad and torn lines
 * left out (and counted when they are bad), the same question grouped however it was typed, and
 * the handled marks kept in their own file across restarts without touching the citizens' log.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDLED_QUESTIONS_FILE, HandledQuestions, MAX_HANDLED_MARKS } from '../../runtime/advice/handled-questions.js';
import { groupQuestions, questionKey } from '../../runtime/advice/question-groups.js';
import { readRecentQuestions } from '../../runtime/advice/unknown-question-reader.js';
import { UNKNOWN_QUESTIONS_FILE, type UnknownQuestion, UnknownQuestionLog } from '../../runtime/advice/unknown-questions.js';
import { MemoryLogger } from '../../runtime/log.js';
import { tempDir } from '../helpers/kiosk-harness.js';

let dir: ReturnType<typeof tempDir> | undefined;
afterEach(() => {
  dir?.remove();
  dir = undefined;
});

function logFile(lines: string): string {
  dir = tempDir();
  const path = join(dir.path, UNKNOWN_QUESTIONS_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines, 'utf8');
  return path;
}

const line = (question: string, at: string, locale = 'vi') => `${JSON.stringify({ at, locale, question })}\n`;

describe('reading the unanswered-questions log', () => {
  it('is empty before anything was asked', async () => {
    dir = tempDir();
    expect(await readRecentQuestions(join(dir.path, UNKNOWN_QUESTIONS_FILE))).toEqual({ entries: [], unreadable: 0 });
  });

  it('reads what the kiosk logged, redacted as it was kept', async () => {
    dir = tempDir();
    const log = new UnknownQuestionLog(dir.path);
    await log.record('có chỗ gửi xe không, số tôi 0912 345 678', 'vi', new Date('2026-11-20T08:00:00Z'));
    await log.record('is there parking', 'en', new Date('2026-11-20T09:00:00Z'));
    expect(await readRecentQuestions(log.path)).toEqual({
      entries: [
        { at: '2026-11-20T08:00:00.000Z', locale: 'vi', question: 'có chỗ gửi xe không, số tôi [số]' },
        { at: '2026-11-20T09:00:00.000Z', locale: 'en', question: 'is there parking' },
      ],
      unreadable: 0,
    });
  });

  it('leaves out bad lines (counted) and a torn last line (not counted)', async () => {
    const path = logFile(
      [
        line('câu một', '2026-11-20T08:00:00.000Z'),
        'not json at all\n',
        `${JSON.stringify({ at: 'yesterday', locale: 'vi', question: 'bad time' })}\n`,
        `${JSON.stringify({ at: '2026-11-20T08:01:00.000Z', locale: 'fr', question: 'bad language' })}\n`,
        `${JSON.stringify({ at: '2026-11-20T08:02:00.000Z', locale: 'vi', question: '' })}\n`,
        '\n',
        line('câu hai', '2026-11-20T08:03:00.000Z'),
        '{"at":"2026-11-20T08:04:00.000Z","locale":"vi","quest',
      ].join(''),
    );
    const read = await readRecentQuestions(path);
    expect(read.entries.map((entry) => entry.question)).toEqual(['câu một', 'câu hai']);
    expect(read.unreadable).toBe(4);
  });

  it('keeps a whole last line that only lacks its newline', async () => {
    const path = logFile(line('câu một', '2026-11-20T08:00:00.000Z') + line('câu hai', '2026-11-20T08:01:00.000Z').trimEnd());
    expect((await readRecentQuestions(path)).entries.map((entry) => entry.question)).toEqual(['câu một', 'câu hai']);
  });

  it('reads only the newest part of a long log: at most so many bytes, and so many questions', async () => {
    const lines = Array.from({ length: 2000 }, (_, index) => line(`câu hỏi số ${index}`, new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString()));
    const path = logFile(lines.join(''));
    const byBytes = await readRecentQuestions(path, { maxBytes: 10_000, maxEntries: 10_000 });
    expect(byBytes.unreadable).toBe(0);
    expect(byBytes.entries.length).toBeGreaterThan(50);
    expect(byBytes.entries.length).toBeLessThan(200);
    expect(byBytes.entries.at(-1)?.question).toBe('câu hỏi số 1999');
    // Where the cut fell mid-line, that line is dropped, not counted as bad.
    const first = Number(byBytes.entries[0]?.question.split(' ').at(-1));
    expect(byBytes.entries.map((entry) => entry.question)).toEqual(Array.from({ length: 2000 - first }, (_, index) => `câu hỏi số ${first + index}`));
    const byCount = await readRecentQuestions(path, { maxBytes: 10_000_000, maxEntries: 30 });
    expect(byCount.entries).toHaveLength(30);
    expect(byCount.entries[0]?.question).toBe('câu hỏi số 1970');
  });
});

describe('grouping the same question', () => {
  const asked = (question: string, at: string, locale: UnknownQuestion['locale'] = 'vi'): UnknownQuestion => ({ question, at, locale });

  it('folds marks, case, spacing and punctuation into one key, as the advice matcher does', () => {
    expect(questionKey('Có chỗ  GỬI xe không?')).toBe('co cho gui xe khong');
    expect(questionKey('co cho gui xe khong')).toBe(questionKey('Có chỗ gửi xe không'));
    expect(questionKey('Đường đi')).toBe('duong di');
    expect(questionKey('?!')).toBe('');
  });

  it('counts each group with its first and last time, its languages and its most legible wording; most asked first', () => {
    const groups = groupQuestions(
      [
        asked('có chỗ gửi xe không', '2026-11-20T08:00:00.000Z'),
        asked('wifi password?', '2026-11-20T08:05:00.000Z', 'en'),
        asked('Có chỗ gửi xe không?', '2026-11-20T09:00:00.000Z'),
        asked('CO CHO GUI XE KHONG', '2026-11-21T10:00:00.000Z', 'en'),
        asked('...', '2026-11-21T10:00:00.000Z'),
      ],
      new Map(),
    );
    expect(groups).toEqual([
      {
        key: 'co cho gui xe khong',
        question: 'Có chỗ gửi xe không?',
        count: 3,
        firstAt: '2026-11-20T08:00:00.000Z',
        lastAt: '2026-11-21T10:00:00.000Z',
        locales: ['vi', 'en'],
        handledAt: null,
        open: true,
      },
      { key: 'wifi password', question: 'wifi password?', count: 1, firstAt: '2026-11-20T08:05:00.000Z', lastAt: '2026-11-20T08:05:00.000Z', locales: ['en'], handledAt: null, open: true },
    ]);
  });

  it('closes a group staff marked handled, until it is asked again after the mark', () => {
    const entries = [asked('gửi xe ở đâu', '2026-11-20T08:00:00.000Z'), asked('wifi', '2026-11-20T08:00:00.000Z'), asked('wifi', '2026-11-20T08:01:00.000Z')];
    const handled = new Map([['gui xe o dau', '2026-11-20T08:30:00.000Z'], ['wifi', '2026-11-20T08:30:00.000Z']]);
    expect(groupQuestions(entries, handled).map(({ key, open }) => [key, open])).toEqual([['wifi', false], ['gui xe o dau', false]]);
    const again = groupQuestions([...entries, asked('Gửi xe ở đâu?', '2026-11-20T09:00:00.000Z')], handled);
    expect(again.map(({ key, open, handledAt }) => [key, open, handledAt])).toEqual([
      ['gui xe o dau', true, '2026-11-20T08:30:00.000Z'],
      ['wifi', false, '2026-11-20T08:30:00.000Z'],
    ]);
  });
});

describe('handled marks', () => {
  it('survive a restart, in their own file; the citizens\' log is never rewritten', async () => {
    dir = tempDir();
    const log = new UnknownQuestionLog(dir.path);
    await log.record('wifi', 'vi', new Date('2026-11-20T08:00:00Z'));
    const before = readFileSync(log.path, 'utf8');
    const logger = new MemoryLogger();
    const marks = new HandledQuestions(dir.path, logger);
    marks.mark('wifi', new Date('2026-11-20T08:30:00Z'));
    marks.mark('gui xe', new Date('2026-11-20T08:31:00Z'));
    marks.unmark('gui xe');
    const restarted = new HandledQuestions(dir.path, logger);
    expect([...restarted.current()]).toEqual([['wifi', '2026-11-20T08:30:00.000Z']]);
    expect(readFileSync(log.path, 'utf8')).toBe(before);
    expect(existsSync(join(dir.path, HANDLED_QUESTIONS_FILE))).toBe(true);
  });

  it('start empty from a broken file, say so, and the next mark replaces it', () => {
    dir = tempDir();
    const path = join(dir.path, HANDLED_QUESTIONS_FILE);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{"handled": {"wifi": "not a time"}}');
    const logger = new MemoryLogger();
    const marks = new HandledQuestions(dir.path, logger);
    expect(marks.current().size).toBe(0);
    expect(logger.lines.join('\n')).toContain('refused');
    marks.mark('wifi', new Date('2026-11-20T08:30:00Z'));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ handled: { wifi: '2026-11-20T08:30:00.000Z' } });
    appendFileSync(path, 'garbage');
    expect(new HandledQuestions(dir.path, logger).current().size).toBe(0);
  });

  it('keep only the newest marks past the limit', () => {
    dir = tempDir();
    const at = new Date('2026-11-20T08:30:00Z');
    const path = join(dir.path, HANDLED_QUESTIONS_FILE);
    mkdirSync(dirname(path), { recursive: true });
    const many = Object.fromEntries(Array.from({ length: MAX_HANDLED_MARKS + 1 }, (_, index) => [`q${index}`, at.toISOString()]));
    writeFileSync(path, JSON.stringify({ handled: many }));
    const marks = new HandledQuestions(dir.path, new MemoryLogger());
    marks.mark('newest', at);
    expect(marks.current().size).toBe(MAX_HANDLED_MARKS);
    expect(marks.current().has('q0')).toBe(false);
    expect(marks.current().has('q1')).toBe(false);
    expect(marks.current().has('newest')).toBe(true);
  });
});
