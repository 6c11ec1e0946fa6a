/**
 * A citizen takes a ticket by naming what they came for: a search typed on the on-screen keyboard
 * (or a physical one), or a field's list of procedures; declares a priority with one tap; and is
 * told when no tickets are taken. Every new screen is pictured in test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type KioskConfig, configSchema } from '../../domain/config/schema.js';
import { SAMPLE_CARD, qrPayloadOf } from '../../devices/id-reader/mock-id-reader.js';
import { today } from '../helpers/kiosk-harness.js';
import { type BrowserKiosk, expectScreen, kioskBrowserSession, tap } from './kiosk-browser.js';
import { expectBigTargets, expectNoScrolling, expectNothingOverflows, typeOnScreen } from './screen-checks.js';

const session = kioskBrowserSession();
let kiosk: BrowserKiosk;
let page: Page;

const PORTRAIT = { width: 1080, height: 1920 };
const ELDER = { ...SAMPLE_CARD, idNumber: '079152001234', fullName: 'Trần Thị Bình', dateOfBirth: '1952-03-02', sex: 'F' as const };
const LANDSCAPE = { width: 1920, height: 1080 };

async function open(size: { width: number; height: number }, config?: KioskConfig) {
  let problems: string[];
  ({ kiosk, page, problems } = await session.open(size, config === undefined ? {} : { config }));
  return problems;
}

describe('a citizen takes a ticket by procedure', () => {
  it('searches "dang ky tam tru" on the on-screen keyboard, declares a pregnancy, and gets a priority ticket', async () => {
    const problems = await open(PORTRAIT);
    await tap(page, 'touch-start', 'lang-vi');
    await expectScreen(page, 'menu', 'proc-vi-01-menu-waiting');
    await tap(page, 'menu-ticket');
    await expectScreen(page, 'chooseService', 'proc-vi-02-choose');
    await expectNoScrolling(page);
    await expectBigTargets(page);
    await expectNothingOverflows(page);

    await tap(page, 'search-open');
    await expectScreen(page, 'searchProcedure', 'proc-vi-03-search-empty');
    await typeOnScreen(page, 'dang ky tam tru');
    await expect.poll(() => page.getByTestId('search-query').innerText()).toContain('dang ky tam tru');
    const results = page.getByTestId('search-results').locator('[data-testid^="procedure-"]');
    await expect.poll(() => results.first().getAttribute('data-testid')).toBe('procedure-temporary-residence-registration');
    expect(await results.count()).toBeLessThanOrEqual(6);
    await expectScreen(page, 'searchProcedure', 'proc-vi-04-search-results');
    await expectBigTargets(page);
    expect(await results.first().innerText()).toContain('Đăng ký tạm trú');

    await results.first().click();
    await expectScreen(page, 'idConsent');
    await tap(page, 'skip-id');
    await expectScreen(page, 'confirm', 'proc-vi-05-confirm');
    expect(await page.getByTestId('confirm-procedure').innerText()).toContain('Đăng ký tạm trú');
    expect(await page.getByTestId('confirm-documents').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('confirm-service').innerText()).toContain('Cư trú');
    expect(await page.getByTestId('confirm-wait').innerText()).toContain('Chưa có ai đang chờ');

    await tap(page, 'priority-pregnant');
    await expect.poll(() => page.getByTestId('priority-pregnant').getAttribute('aria-pressed')).toBe('true');
    await expectScreen(page, 'confirm', 'proc-vi-06-confirm-priority');
    await expectNoScrolling(page);
    await expectBigTargets(page);
    await expectNothingOverflows(page);

    await tap(page, 'confirm');
    await expectScreen(page, 'ticket', 'proc-vi-07-ticket-priority');
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('B001');
    const mark = await page.getByTestId('ticket-priority').innerText();
    expect(mark).toContain('ƯU TIÊN');
    expect(mark).toContain('Phụ nữ mang thai');
    expect(kiosk.devices.printer.printed[0]?.text).toContain('ƯU TIÊN');
    expect(kiosk.runtime.store.listDay(today())).toMatchObject([{ number: 'B001', serviceId: 'residence' }]);
    expect(problems).toEqual([]);
  });

  it('browses a field, goes back to its list from the card step, and takes a ticket for its group', async () => {
    const problems = await open(PORTRAIT);
    await tap(page, 'touch-start', 'lang-vi', 'menu-ticket', 'field-civil-status');
    await expectScreen(page, 'chooseProcedure', 'proc-vi-08-field');
    expect(await page.getByTestId('field-name').innerText()).toBe('Hộ tịch');
    await expectBigTargets(page);
    await expectNothingOverflows(page);
    expect(await page.getByTestId('procedure-birth-registration').innerText()).toMatch(/Thời hạn: .*\n?.*Lệ phí: /);

    await tap(page, 'procedure-death-registration');
    await expectScreen(page, 'idConsent');
    await tap(page, 'back');
    await expectScreen(page, 'chooseProcedure');
    await tap(page, 'procedure-birth-registration', 'skip-id');
    await expectScreen(page, 'confirm', 'proc-vi-09-confirm-from-field');
    expect(await page.getByTestId('confirm-procedure').innerText()).toContain('Đăng ký khai sinh');
    await tap(page, 'confirm');
    await expectScreen(page, 'ticket');
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A001');
    expect(await page.getByTestId('ticket-priority').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('in landscape and English: choose, search with a physical keyboard, confirm with the priority row', async () => {
    const problems = await open(LANDSCAPE);
    await tap(page, 'touch-start', 'lang-en', 'menu-ticket');
    await expectScreen(page, 'chooseService', 'proc-en-01-choose-landscape');
    await expectNoScrolling(page);
    await expectBigTargets(page);
    await expectNothingOverflows(page);
    await tap(page, 'search-open');
    await expectScreen(page, 'searchProcedure');
    await page.keyboard.type('birth certificat');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.getByTestId('search-query').innerText()).toContain('birth certifica');
    await expect
      .poll(() => page.getByTestId('search-results').locator('[data-testid^="procedure-"]').first().getAttribute('data-testid'))
      .toBe('procedure-birth-registration');
    await expectScreen(page, 'searchProcedure', 'proc-en-02-search-landscape');
    await expectBigTargets(page);
    // An older citizen's card: the elderly priority is chosen for them, and they may change it.
    kiosk.devices.idReader.script.queueValue({ qrText: qrPayloadOf(ELDER) });
    await tap(page, 'procedure-birth-registration', 'read-card');
    await expectScreen(page, 'confirm');
    await expect.poll(() => page.getByTestId('priority-elderly').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('priority-hint').innerText()).toContain('ID card');
    await expectScreen(page, 'confirm', 'proc-en-03a-confirm-elder-landscape');
    await expectNoScrolling(page);
    await expectNothingOverflows(page);
    await tap(page, 'priority-young-child');
    await expect.poll(() => page.getByTestId('priority-young-child').getAttribute('aria-pressed')).toBe('true');
    await expectScreen(page, 'confirm', 'proc-en-03-confirm-landscape');
    await expectBigTargets(page);
    await expectNothingOverflows(page);
    // One at a time: another tap moves the choice; tapping the chosen one withdraws it.
    await tap(page, 'priority-disability');
    await expect.poll(() => page.getByTestId('priority-young-child').getAttribute('aria-pressed')).toBe('false');
    await tap(page, 'priority-disability');
    await expect.poll(() => kiosk.runtime.currentView().priority.selected).toBeNull();
    await tap(page, 'back');
    await expectScreen(page, 'searchProcedure');
    expect(await page.getByTestId('search-query').innerText()).toContain('birth certifica');
    expect(problems).toEqual([]);
  });

  it('says the day is not open before the steps, and shows the queue\'s refusal instead of a ticket', async () => {
    // Staff open the day by hand at this service point, and nobody has yet.
    const problems = await open(PORTRAIT, configSchema.parse({ queue: { dayOpening: 'manual' } }));
    await tap(page, 'touch-start', 'lang-vi');
    await expectScreen(page, 'menu', 'proc-vi-10-menu-closed');
    const closedMessage = kiosk.runtime.currentView().closedMessage;
    expect(closedMessage).toEqual(expect.any(String));
    expect(await page.getByTestId('closed-message').innerText()).toContain(closedMessage);
    await tap(page, 'menu-ticket');
    await expectScreen(page, 'chooseService', 'proc-vi-11-choose-closed');
    await expectNoScrolling(page);
    expect(await page.getByTestId('closed-message').innerText()).toContain(closedMessage);
    await tap(page, 'service-civil-status', 'skip-id', 'confirm');
    await expectScreen(page, 'issueRefused', 'proc-vi-12-refused');
    const refusal = await page.getByTestId('refusal-message').innerText();
    expect(refusal).toBe(kiosk.runtime.currentView().refusal);
    expect(refusal).toMatch(/[ăâđêôơư]/);
    expect(await page.getByTestId('retry').count()).toBe(0);
    await expectBigTargets(page);
    await tap(page, 'refused-menu');
    await expectScreen(page, 'menu');
    // The same menu on a landscape kiosk: the message, the four tiles and the waiting counts all in view.
    await page.setViewportSize(LANDSCAPE);
    await expectScreen(page, 'menu', 'proc-vi-13-menu-closed-landscape');
    await expectNoScrolling(page);
    await expectNothingOverflows(page);
    expect(kiosk.runtime.store.listDay(today())).toEqual([]);
    expect(problems).toEqual([]);
  });
});
