/**
 * The devices screen of staff mode in Chromium, through the browser host on mock devices: an
 * operator sees every device and the open alerts, prints a test page on the mock printer, runs the
 * OCR self-test on the bundled sample card (passes, ID number masked), resets the paper counter
 * with a new roll's length, and sees a device fault with its shape and word. Pictured in
 * test-artifacts/e2e/ at the landscape 1280×800 and the kiosk's portrait 1080×1920.
 */
import { describe, expect, it } from 'vitest';
import { expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { OPERATOR, signInAsStaff, staffConfig } from './staff-browser.js';

const session = kioskBrowserSession();

describe('staff devices screen', () => {
  it('shows the devices, prints a test page, passes the OCR self-test, resets the paper counter and shows a fault', async () => {
    const { kiosk, page, problems } = await session.open({ width: 1280, height: 800 }, { config: await staffConfig() });
    await expectScreen(page, 'attract');
    await signInAsStaff(page, OPERATOR);
    await tap(page, 'tab-devices');
    await expect.poll(() => page.getByTestId('device-list').innerText()).toContain('Máy in phiếu');
    const listed = await page.getByTestId('device-list').innerText();
    for (const name of ['Đầu đọc căn cước', 'Cảm biến người đến', 'Thân robot', 'Khóa chế độ nhân viên']) expect(listed).toContain(name);
    await expect.poll(() => page.getByTestId('device-printer').innerText()).toContain('Sẵn sàng');
    await keepPicture(page, 'staff-devices-01-status');

    await tap(page, 'test-print');
    await expect.poll(() => page.getByTestId('device-outcome').innerText()).toBe('Đã in trang thử.');
    expect(kiosk.devices.printer.printed.map((each) => each.job.kind)).toEqual(['testPage']);
    // The paper counter counted it.
    await expect.poll(() => page.getByTestId('paper-figures').innerText()).toContain('0 phiếu, 1 trang khác');

    await tap(page, 'ocr-run');
    await expect.poll(() => page.getByTestId('ocr-verdict').innerText(), { timeout: 30_000 }).toContain('Đạt');
    const checks = await page.getByTestId('ocr-checks').innerText();
    expect(checks).toMatch(/Số định danh\s+đạt\s+\d{4}\*{6}\d{2}/);
    expect(checks).not.toMatch(/\d{12}/);
    await page.getByTestId('ocr-card').scrollIntoViewIfNeeded();
    await keepPicture(page, 'staff-devices-02-ocr');

    await tap(page, 'paper-reset');
    await page.getByRole('radio', { name: 'Cuộn 100 m' }).click();
    await page.getByTestId('paper-card').scrollIntoViewIfNeeded();
    await keepPicture(page, 'staff-devices-03-paper-reset');
    await tap(page, 'paper-reset-confirm');
    await expect.poll(() => page.getByTestId('paper-figures').innerText()).toContain('Đã dùng 0 m / 100 m');

    kiosk.devices.printer.setFault('paperOut');
    await page.getByTestId('device-list').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('device-printer').innerText()).toContain('Lỗi');
    await expect.poll(() => page.getByTestId('device-printer').innerText()).toContain('hết giấy');
    await expect.poll(() => page.getByTestId('device-alerts').innerText()).toContain('Máy in phiếu: hết giấy.');
    await keepPicture(page, 'staff-devices-04-fault');

    const actions = kiosk.runtime.queue.audit.entries().map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['testPrint', 'ocrSelfTest', 'paperCounterReset']));
    expect(problems).toEqual([]);
  });

  it('fits the kiosk\'s portrait screen, and speaks English on the switch', async () => {
    const { page, problems } = await session.open({ width: 1080, height: 1920 }, { config: await staffConfig() });
    await expectScreen(page, 'attract');
    await signInAsStaff(page, OPERATOR);
    await tap(page, 'tab-devices');
    await page.getByTestId('ports-card').waitFor();
    await expect.poll(() => page.getByTestId('device-list').innerText()).toContain('Máy in phiếu');
    await keepPicture(page, 'staff-devices-05-portrait');
    // In English, the same screen in the staff member's words.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('device-printer').innerText()).toContain('Ticket printer');
    expect(await page.getByTestId('device-printer').innerText()).toContain('Ready');
    expect(await page.getByTestId('devices-panel').innerText()).toContain('Card reading check (OCR)');
    await keepPicture(page, 'staff-devices-06-english');
    expect(problems).toEqual([]);
  });
});
