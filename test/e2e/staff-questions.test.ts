/**
 * Staff's questions screen in Chromium, on the kiosk's portrait screen: a citizen asks the kiosk
 * something it cannot answer and is sent to the information desk; an operator opens staff mode,
 * sees the question in "Câu hỏi", answers it on the on-screen keys in Telex (an empty answer is
 * refused at its field first); the next citizen asking the same gets that answer. Then the added
 * answer is edited and removed, and a question marked handled, in English. Pictured in
 * test-artifacts/e2e/ and /tmp/shots/questions/.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { type BrowserKiosk, expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { typeOnScreen } from './screen-checks.js';
import { OPERATOR, signInAsStaff, staffConfig, typeKeys } from './staff-browser.js';

const session = kioskBrowserSession();
const PORTRAIT = { width: 1080, height: 1920 };
const picture = keepPicture;

/** axe's serious and critical WCAG A/AA findings on the screen as it is. */
async function expectAccessible(page: Page): Promise<void> {
  expect((await axeViolations(page)).filter((finding) => finding.impact === 'serious' || finding.impact === 'critical')).toEqual([]);
}

/** Nothing on the staff screen spills out of its box (screen-checks' own check looks at citizen screens only). */
async function expectNothingSpills(page: Page): Promise<void> {
  const spilled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="staff-mode"] :is(button, p, h2, td, th, li)')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.innerText.slice(0, 60)),
  );
  expect(spilled).toEqual([]);
}

/** A citizen asks on the kiosk's keys; what kind of answer the kiosk gave, and its words. */
async function citizenAsks(page: Page, typed: string, shot: string): Promise<{ kind: string | null; text: string }> {
  await expectScreen(page, 'attract');
  await tap(page, 'touch-start', 'lang-vi', 'menu-advice', 'advice-ask-open');
  await expectScreen(page, 'adviceAsk');
  await typeOnScreen(page, typed);
  await tap(page, 'advice-send');
  await expectScreen(page, 'adviceAnswer', shot);
  const answer = page.getByTestId('advice-answer');
  return { kind: await answer.getAttribute('data-kind'), text: await answer.innerText() };
}

/** The kiosk keeps the question without making the citizen wait: staff look once it is written. */
async function waitForLoggedQuestion(kiosk: BrowserKiosk): Promise<void> {
  await expect.poll(() => existsSync(kiosk.runtime.advice.unknownQuestions.path)).toBe(true);
}

describe('staff questions screen', () => {
  it('a citizen\'s unanswered question is answered by staff, and the next citizen asking gets the answer', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT, { config: await staffConfig() });
    const asked = await citizenAsks(page, 'co cho sac dien thoai khong', 'staff-questions-01-citizen-unknown');
    expect(asked.kind).toBe('unknown');
    expect(asked.text).toContain('Xin mời ông/bà hỏi tại quầy hướng dẫn');
    await waitForLoggedQuestion(kiosk);
    // Asked before, three ways (kept as the kiosk keeps them): one group.
    const log = kiosk.runtime.advice.unknownQuestions;
    await log.record('Có chỗ để xe đạp không?', 'vi', new Date(Date.now() - 3 * 86_400_000));
    await log.record('co cho de xe dap khong', 'vi', new Date(Date.now() - 86_400_000));
    await log.record('CÓ CHỖ ĐỂ XE ĐẠP KHÔNG', 'en', new Date(Date.now() - 3_600_000));

    await signInAsStaff(page, OPERATOR);
    await tap(page, 'tab-questions');
    await expect.poll(() => page.getByTestId('unanswered-list').innerText()).toContain('co cho sac dien thoai khong');
    const rows = page.getByTestId('unanswered-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/^Có chỗ để xe đạp không\?\s+3 lần\s+.*Lần đầu: .*Tiếng Việt, Tiếng Anh/s);
    const charging = rows.filter({ hasText: 'co cho sac dien thoai khong' });
    expect(await charging.getByTestId('unanswered-count').innerText()).toBe('1 lần');
    await expectNothingSpills(page);
    await picture(page, 'staff-questions-02-list');
    await expectAccessible(page);

    await charging.getByTestId('answer-this').click();
    await expect.poll(() => page.getByTestId('answer-from').innerText()).toContain('Người dân đã hỏi: "co cho sac dien thoai khong" (1 lần)');
    // The citizen's wording starts the draft; staff write it properly, with marks, in Telex.
    await tap(page, 'edit-answer-question-vi', 'key-clear');
    await typeKeys(page, 'Cos choox sacj ddieenj thoaij khoong');
    await expect.poll(() => page.getByTestId('text-entry-value').innerText()).toBe('Có chỗ sạc điện thoại không');
    await tap(page, 'text-entry-done');
    // Saved without an answer: refused, said at the field.
    await tap(page, 'answer-save');
    await expect.poll(() => page.getByTestId('problem-answer-answer-vi').innerText()).toBe('Không được để trống');
    await picture(page, 'staff-questions-03-form-refused');
    await expectAccessible(page);

    await tap(page, 'edit-answer-answer-vi');
    await typeKeys(page, 'Cos, owr canhj ghees chowf');
    await expect.poll(() => page.getByTestId('text-entry-value').innerText()).toBe('Có, ở cạnh ghế chờ');
    await picture(page, 'staff-questions-04-typing-answer');
    await tap(page, 'text-entry-done');
    await tap(page, 'answer-save');
    await expect.poll(() => page.getByTestId('questions-outcome').innerText()).toBe('Đã lưu. Kiosk trả lời câu này từ bây giờ.');
    // Answered, so no longer open; the bicycles are still to be dealt with.
    await expect.poll(() => page.getByTestId('unanswered-list').innerText()).not.toContain('co cho sac dien thoai khong');
    expect(await rows.count()).toBe(1);
    await expect.poll(() => page.getByTestId('added-answers').innerText()).toContain('Có chỗ sạc điện thoại không');
    await expectNothingSpills(page);
    await picture(page, 'staff-questions-05-answered');
    await expectAccessible(page);
    await tap(page, 'staff-sign-out');

    const again = await citizenAsks(page, 'co cho sac dien thoai khong', 'staff-questions-06-citizen-answered');
    expect(again.kind).toBe('faq');
    expect(again.text).toContain('Có, ở cạnh ghế chờ');

    const audited = kiosk.runtime.queue.audit.entries().filter((entry) => entry.action === 'answerAdded');
    expect(audited).toEqual([expect.objectContaining({ actor: `staff ${OPERATOR.name} (${OPERATOR.id})`, detail: '"Có chỗ sạc điện thoại không", for "co cho sac dien thoai khong"' })]);
    expect(problems).toEqual([]);
  });

  it('in English: marks a question handled, edits an added answer and removes it', async () => {
    const { kiosk, page, problems } = await session.open({ width: 1280, height: 800 }, { config: await staffConfig() });
    expect((await citizenAsks(page, 'thoi tiet hom nay', 'staff-questions-07-citizen-weather')).kind).toBe('unknown');
    await waitForLoggedQuestion(kiosk);
    await signInAsStaff(page, OPERATOR);
    await page.getByRole('button', { name: 'English' }).click();
    await tap(page, 'tab-questions');
    await expect.poll(() => page.getByTestId('unanswered-list').innerText()).toContain('thoi tiet hom nay');
    await tap(page, 'mark-handled');
    await expect.poll(() => page.getByTestId('questions-outcome').innerText()).toBe('Marked handled.');
    await page.getByTestId('no-open-questions').waitFor();
    await tap(page, 'show-handled');
    await expect.poll(() => page.getByTestId('unanswered-row').getAttribute('data-open')).toBe('false');
    await picture(page, 'staff-questions-08-handled-en');

    await tap(page, 'answer-add', 'edit-answer-question-vi');
    await typeKeys(page, 'Cos mangj khoong daay khoong');
    await tap(page, 'text-entry-done', 'edit-answer-answer-vi');
    await typeKeys(page, 'MotCua');
    await tap(page, 'text-entry-done', 'answer-save');
    await expect.poll(() => page.getByTestId('questions-outcome').innerText()).toBe('Saved. The kiosk answers this from now on.');
    await tap(page, 'answer-edit-added-1', 'edit-answer-answer-en');
    await typeKeys(page, 'Network MotCua');
    await tap(page, 'text-entry-done', 'answer-save');
    await expect.poll(() => page.getByTestId('added-answer-added-1').innerText()).toContain('Network MotCua');
    await picture(page, 'staff-questions-09-added-en');
    await tap(page, 'answer-remove-added-1', 'answer-remove-confirm');
    await expect.poll(() => page.getByTestId('questions-outcome').innerText()).toBe('The answer was removed.');
    // The outcome comes with the reply; the list is asked for again after it.
    await expect.poll(() => page.getByTestId('added-answers-card').innerText()).toContain('No answers added yet.');

    const actions = kiosk.runtime.queue.audit.entries().map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['questionHandled', 'answerAdded', 'answerChanged', 'answerRemoved']));
    expect(problems).toEqual([]);
  });
});
