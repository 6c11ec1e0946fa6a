/**
 * Staff's questions screen through the runtime, as the screen asks it: a citizen's unanswered
 * question is listed, grouped; staff answer it and the next citizen asking gets that answer; marks,
 * edits and removals audited without anything personal; each wrong field of an answer named in
 * the staff member's language; the answers file kept across a restart, a broken one set aside.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KioskUiEvent } from '../../bridge/contract.js';
import { STAFF_REQUEST_ROLE, type StaffReplyOf } from '../../bridge/staff-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { ADDED_ANSWER_MAX } from '../../runtime/advice/added-answer-schema.js';
import { ADDED_ANSWERS_FILE, AddedAnswers, type AnswerInput } from '../../runtime/advice/added-answers.js';
import { UNKNOWN_QUESTIONS_FILE } from '../../runtime/advice/unknown-questions.js';
import { staffConfig } from '../helpers/staff-accounts.js';
import { MemoryLogger } from '../../runtime/log.js';
import { type Harness, startHarness, tempDir, waitUntil } from '../helpers/kiosk-harness.js';
import { walkToMenu } from '../helpers/walks.js';

let config: KioskConfig;
beforeAll(async () => {
  config = await staffConfig();
});

let kiosk: Harness | undefined;
let dir: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
  dir?.remove();
  dir = undefined;
});

const CHARGING = 'Có chỗ sạc điện thoại không?';
const CHARGING_ANSWER = { vi: 'Có ổ sạc điện thoại miễn phí cạnh ghế chờ.', en: 'There are free phone chargers beside the waiting seats.' };

async function signIn(h: Harness, accountId: 'lan' | 'minh', pin: string): Promise<void> {
  for (let tap = 0; tap < 5; tap += 1) await h.runtime.staffRequest({ type: 'cornerTap' });
  expect(await h.runtime.staffRequest({ type: 'signIn', accountId, pin })).toMatchObject({ ok: true });
}

/** A citizen asks at the kiosk: what the kiosk answers. */
async function citizenAsks(h: Harness, question: string, locale: 'vi' | 'en' = 'vi') {
  const events: KioskUiEvent[] = [...walkToMenu(locale), { type: 'ui.menu', item: 'advice' }, { type: 'ui.ask', question }];
  await h.send(...events);
  const answer = h.runtime.currentView().advice?.answer;
  await h.send({ type: 'ui.cancel' });
  return answer;
}

async function loggedQuestions(h: Harness, count: number): Promise<void> {
  const file = join(h.dataDir, UNKNOWN_QUESTIONS_FILE);
  await waitUntil(() => existsSync(file) && readFileSync(file, 'utf8').split('\n').length > count, `${count} questions kept`);
}

async function ask<K extends 'unansweredQuestions' | 'addedAnswers' | 'saveAddedAnswer' | 'removeAddedAnswer' | 'markQuestionHandled'>(
  h: Harness,
  request: { type: K } & Record<string, unknown>,
): Promise<StaffReplyOf<K>> {
  return (await h.runtime.staffRequest(request)) as StaffReplyOf<K>;
}

describe('the questions nobody answered, in staff mode', () => {
  it('a citizen\'s unknown question is listed; staff answer it; the next citizen asking gets the answer', async () => {
    kiosk = await startHarness({ config });
    expect(await citizenAsks(kiosk, CHARGING)).toEqual({ kind: 'unknown' });
    expect(await citizenAsks(kiosk, 'co cho sac dien thoai khong')).toEqual({ kind: 'unknown' });
    await loggedQuestions(kiosk, 2);

    await signIn(kiosk, 'minh', '1357');
    const listed = await ask(kiosk, { type: 'unansweredQuestions' });
    if (!listed.ok) throw new Error(listed.message.en);
    expect(listed.result).toMatchObject({ unreadable: 0, groups: [{ key: 'co cho sac dien thoai khong', question: 'Có chỗ sạc điện thoại không?', count: 2, locales: ['vi'], open: true }] });

    const saved = await ask(kiosk, {
      type: 'saveAddedAnswer',
      question: { vi: 'Có chỗ sạc điện thoại không?', en: '' },
      answer: CHARGING_ANSWER,
      fromQuestion: 'co cho sac dien thoai khong',
      locale: 'vi',
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(saved.result.answers).toEqual([
      { id: 'added-1', question: { vi: 'Có chỗ sạc điện thoại không?', en: null }, answer: CHARGING_ANSWER, asked: ['Có chỗ sạc điện thoại không?'], changedAt: expect.any(String) },
    ]);
    // Answered: the group is no longer open.
    const after = await ask(kiosk, { type: 'unansweredQuestions' });
    expect(after.ok && after.result.groups.map(({ open }) => open)).toEqual([false]);
    await kiosk.runtime.staffRequest({ type: 'signOut' });

    expect(await citizenAsks(kiosk, 'Có chỗ sạc điện thoại không?')).toEqual({ kind: 'faq', question: 'Có chỗ sạc điện thoại không?', answer: CHARGING_ANSWER.vi });
    expect(await citizenAsks(kiosk, 'sac dien thoai o dau')).toMatchObject({ kind: 'faq', answer: CHARGING_ANSWER.vi });
    // No English question written: the English citizen is shown the Vietnamese wording, with the English answer.
    expect(await citizenAsks(kiosk, 'phone charging', 'en')).toEqual({ kind: 'unknown' });
    expect(await citizenAsks(kiosk, 'co cho sac dien thoai khong', 'en')).toEqual({ kind: 'faq', question: 'Có chỗ sạc điện thoại không?', answer: CHARGING_ANSWER.en });

    const audit = kiosk.runtime.queue.audit.entries().filter((entry) => entry.action === 'answerAdded');
    expect(audit).toEqual([
      expect.objectContaining({ actor: 'staff Trần Văn Minh (minh)', detail: '"Có chỗ sạc điện thoại không?", for "Có chỗ sạc điện thoại không?"' }),
    ]);
  });

  it('marks a question handled and opens it again, audited without the citizen\'s numbers', async () => {
    kiosk = await startHarness({ config });
    await citizenAsks(kiosk, 'tôi là 079203000123, wifi mật khẩu là gì');
    await loggedQuestions(kiosk, 1);
    await signIn(kiosk, 'minh', '1357');
    const listed = await ask(kiosk, { type: 'unansweredQuestions' });
    if (!listed.ok) throw new Error(listed.message.en);
    const [group] = listed.result.groups;
    expect(group).toMatchObject({ question: 'tôi là [số], wifi mật khẩu là gì', open: true });
    const revision = (kiosk.runtime.currentView().staff as { revision: number }).revision;
    expect(await ask(kiosk, { type: 'markQuestionHandled', key: group?.key ?? '', handled: true })).toEqual({ ok: true, result: null });
    expect((kiosk.runtime.currentView().staff as { revision: number }).revision).toBeGreaterThan(revision);
    const handled = await ask(kiosk, { type: 'unansweredQuestions' });
    expect(handled.ok && handled.result.groups[0]).toMatchObject({ open: false, handledAt: expect.any(String) });
    await ask(kiosk, { type: 'markQuestionHandled', key: group?.key ?? '', handled: false });
    const reopened = await ask(kiosk, { type: 'unansweredQuestions' });
    expect(reopened.ok && reopened.result.groups[0]).toMatchObject({ open: true, handledAt: null });

    const entries = kiosk.runtime.queue.audit.entries().filter((entry) => entry.action === 'questionHandled' || entry.action === 'questionReopened');
    expect(entries.map(({ action, detail }) => [action, detail])).toEqual([
      ['questionHandled', '"tôi là [số], wifi mật khẩu là gì", asked once'],
      ['questionReopened', '"tôi là [số], wifi mật khẩu là gì", asked once'],
    ]);
    expect(JSON.stringify(kiosk.runtime.queue.audit.entries())).not.toContain('079203000123');
  });

  it('edits and removes an added answer: the kiosk answers with the edit, then no more; each change audited', async () => {
    kiosk = await startHarness({ config });
    await signIn(kiosk, 'lan', '2468');
    const added = await ask(kiosk, { type: 'saveAddedAnswer', question: { vi: 'Có wifi miễn phí không?', en: 'Is there free wifi?' }, answer: { vi: 'Có: mạng MotCua.', en: 'Yes: the MotCua network.' }, locale: 'vi' });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const { id } = added.result;
    const edited = await ask(kiosk, { type: 'saveAddedAnswer', id, question: { vi: 'Có wifi miễn phí không?', en: 'Is there free wifi?' }, answer: { vi: 'Có: mạng MotCua-Khach.', en: '' }, locale: 'vi' });
    expect(edited).toMatchObject({ ok: true, result: { id, answers: [{ id, answer: { vi: 'Có: mạng MotCua-Khach.', en: null } }] } });
    await kiosk.runtime.staffRequest({ type: 'signOut' });
    expect(await citizenAsks(kiosk, 'is there free wifi', 'en')).toEqual({ kind: 'faq', question: 'Is there free wifi?', answer: 'Có: mạng MotCua-Khach.' });

    await signIn(kiosk, 'lan', '2468');
    expect(await ask(kiosk, { type: 'removeAddedAnswer', id, locale: 'en' })).toEqual({ ok: true, result: { answers: [] } });
    expect(await ask(kiosk, { type: 'removeAddedAnswer', id, locale: 'en' })).toMatchObject({
      ok: false,
      reason: 'invalid',
      fields: [{ path: 'id', message: 'This answer is no longer there (it was removed).' }],
    });
    await kiosk.runtime.staffRequest({ type: 'signOut' });
    expect(await citizenAsks(kiosk, 'Có wifi miễn phí không?')).toEqual({ kind: 'unknown' });
    const trail = kiosk.runtime.queue.audit.entries().filter((entry) => entry.action.startsWith('answer'));
    expect(trail.map(({ action, actor, detail }) => [action, actor, detail])).toEqual([
      ['answerAdded', 'staff Nguyễn Thị Lan (lan)', '"Có wifi miễn phí không?"'],
      ['answerChanged', 'staff Nguyễn Thị Lan (lan)', '"Có wifi miễn phí không?"'],
      ['answerRemoved', 'staff Nguyễn Thị Lan (lan)', '"Có wifi miễn phí không?"'],
    ]);
  });

  it('refuses a wrong answer naming each field in the staff member\'s language', async () => {
    kiosk = await startHarness({ config });
    await signIn(kiosk, 'minh', '1357');
    const reply = await ask(kiosk, { type: 'saveAddedAnswer', question: { vi: '  ', en: 'please' }, answer: { vi: '', en: '' }, locale: 'en' });
    expect(reply).toEqual({
      ok: false,
      reason: 'invalid',
      message: { vi: 'Chưa lưu câu trả lời: có mục chưa đúng.', en: 'The answer was not saved: some fields are wrong.' },
      fields: [
        { path: 'question.vi', message: 'Must not be empty' },
        { path: 'question.en', message: 'The question needs words that say what is asked (not only "please").' },
        { path: 'answer.vi', message: 'Must not be empty' },
      ],
    });
    expect(existsSync(join(kiosk.dataDir, ADDED_ANSWERS_FILE))).toBe(false);
    expect(kiosk.runtime.queue.audit.entries().filter((entry) => entry.action.startsWith('answer'))).toEqual([]);
  });

  it('are for operators and admins alike (the information desk knows the answers), never signed out', async () => {
    for (const type of ['unansweredQuestions', 'markQuestionHandled', 'addedAnswers', 'saveAddedAnswer', 'removeAddedAnswer'] as const) {
      expect(STAFF_REQUEST_ROLE[type]).toBe('operator');
    }
    kiosk = await startHarness({ config });
    const save = { type: 'saveAddedAnswer', question: { vi: 'Có wifi không?', en: '' }, answer: { vi: 'Có.', en: '' }, locale: 'vi' };
    expect(await kiosk.runtime.staffRequest({ type: 'unansweredQuestions' })).toMatchObject({ ok: false, reason: 'signedOut' });
    expect(await kiosk.runtime.staffRequest(save)).toMatchObject({ ok: false, reason: 'signedOut' });
    expect(await kiosk.runtime.staffRequest({ type: 'markQuestionHandled', key: 'wifi', handled: true })).toMatchObject({ ok: false, reason: 'signedOut' });
    expect(existsSync(join(kiosk.dataDir, ADDED_ANSWERS_FILE))).toBe(false);
    // A malformed request is refused by the protocol, field named.
    await signIn(kiosk, 'minh', '1357');
    expect(await kiosk.runtime.staffRequest({ type: 'saveAddedAnswer', question: { vi: 'x' }, answer: { vi: 'y', en: '' }, locale: 'vi' })).toMatchObject({
      ok: false,
      reason: 'invalid',
      fields: [{ path: 'question.en' }],
    });
    expect(await kiosk.runtime.staffRequest(save)).toMatchObject({ ok: true });
  });
});

describe('the added answers file', () => {
  const at = new Date('2026-11-20T08:00:00Z');
  const input = (question: string, answer = 'Có.', en = ''): AnswerInput => ({ question: { vi: question, en }, answer: { vi: answer, en: '' } });

  function answersIn(): { answers: AddedAnswers; logger: MemoryLogger; path: string } {
    dir ??= tempDir();
    const logger = new MemoryLogger();
    const answers = new AddedAnswers(dir.path, logger);
    return { answers, logger, path: answers.path };
  }

  it.each<[string, AnswerInput, Array<[path: string, vi: string]>]>([
    ['an empty question', input(''), [['question.vi', 'Không được để trống']]],
    ['a question of courtesies only', input('cho tôi hỏi ạ'), [['question.vi', 'Câu hỏi cần có từ nói rõ hỏi gì (không chỉ "cho tôi hỏi").']]],
    ['a question too long', input(`wifi ${'a'.repeat(200)}`), [['question.vi', 'Nhiều nhất 200 ký tự']]],
    ['an empty answer', input('Có wifi không?', '  '), [['answer.vi', 'Không được để trống']]],
    ['an answer too long', input('Có wifi không?', 'x'.repeat(ADDED_ANSWER_MAX + 1)), [['answer.vi', `Nhiều nhất ${ADDED_ANSWER_MAX} ký tự`]]],
    ['an English question of courtesies only', input('Có wifi không?', 'Có.', 'please tell me'), [['question.en', 'Câu hỏi cần có từ nói rõ hỏi gì (không chỉ "cho tôi hỏi").']]],
    ['an answer no longer there', { ...input('Có wifi không?'), id: 'added-9' }, [['id', 'Câu trả lời này không còn (đã bị xoá).']]],
  ])('refuses %s at its field', (_what, answer, problems) => {
    const { answers } = answersIn();
    const saved = answers.save(answer, at);
    expect(saved.ok ? [] : saved.fields.map(({ path, message }) => [path, message.vi])).toEqual(problems);
    expect(answers.list()).toEqual([]);
  });

  it('refuses a second answer to the same question however it is typed', () => {
    const { answers } = answersIn();
    expect(answers.save(input('Có wifi không?'), at).ok).toBe(true);
    const again = answers.save(input('co WIFI khong'), at);
    expect(again).toEqual({ ok: false, fields: [{ path: 'question.vi', message: { vi: 'Câu hỏi này đã có câu trả lời: sửa câu trả lời đó.', en: 'This question already has an answer: edit that one.' } }] });
  });

  it('keeps the answers across a restart, and the citizens\' wordings once each', () => {
    const { answers } = answersIn();
    const first = answers.save({ ...input('Có wifi không?'), asked: 'wifi mat khau' }, at);
    if (!first.ok) throw new Error('not saved');
    answers.save({ ...input('Có wifi không?', 'Có, mạng MotCua.'), id: first.entry.id, asked: 'Wifi mật khẩu?' }, at);
    answers.save({ ...input('Có wifi không?', 'Có, mạng MotCua.'), id: first.entry.id, asked: 'mật khẩu wifi' }, at);
    const restarted = answersIn().answers.list();
    expect(restarted).toEqual([
      {
        id: 'added-1',
        question: { vi: 'Có wifi không?' },
        answer: { vi: 'Có, mạng MotCua.' },
        asked: ['wifi mat khau', 'mật khẩu wifi'],
        addedAt: at.toISOString(),
        changedAt: at.toISOString(),
      },
    ]);
  });

  it('uses none from a broken file, says so, and sets it aside before the next save', () => {
    dir = tempDir();
    const path = join(dir.path, ADDED_ANSWERS_FILE);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{"answers": [{"id": "added-1", "question": {"vi": "wifi"}}]}');
    const { answers, logger } = answersIn();
    expect(answers.list()).toEqual([]);
    expect(logger.lines.join('\n')).toMatch(/error: added answers: .* refused \(answers\.0\.answer/);
    expect(answers.save(input('Có wifi không?'), at).ok).toBe(true);
    const aside = readdirSync(dirname(path)).filter((name) => name.startsWith('faq-added.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dirname(path), aside[0] ?? ''), 'utf8')).toContain('"question": {"vi": "wifi"}');
    expect(answersIn().answers.list().map((entry) => entry.question.vi)).toEqual(['Có wifi không?']);
  });
});
