/**
 * Staff mode on the kiosk in Chromium (portrait 1080×1920), through the browser host: the hidden
 * corner taps, the sign-in with a wrong then a right PIN, the service day, the queue and
 * satisfaction dashboards with a rating appearing within a second, the audit log for an admin
 * only, and signing out back to the citizen's screen. Every screen is pictured in test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserKiosk } from './kiosk-browser.js';
import { expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { ADMIN, OPERATOR, signInAsStaff, staffConfig, tapStaffCorner, typePin } from './staff-browser.js';

const session = kioskBrowserSession();
const PORTRAIT = { width: 1080, height: 1920 };

/** A ticket served at counter 1 and rated `score` on its tablet. */
function serveAndRate(kiosk: BrowserKiosk, score: 1 | 2 | 3 | 4 | 5): void {
  const point = kiosk.runtime.servicePoint;
  const issued = point.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: 'kiosk-1' });
  if (!issued.ok) throw new Error(`refused: ${issued.reason}`);
  expect(point.act(1, { type: 'callNext' }, 'e2e')).toMatchObject({ ok: true });
  const { id } = issued.ticket;
  expect(point.act(1, { type: 'start', ticketId: id }, 'e2e')).toEqual({ ok: true });
  expect(point.act(1, { type: 'finish', ticketId: id }, 'e2e')).toEqual({ ok: true });
  expect(kiosk.runtime.satisfaction.rate(id, { kind: 'counter', counter: 1 }, { overall: score }, 'counterTablet')).toMatchObject({ ok: true });
}

describe('staff mode on the kiosk', () => {
  it('lets an operator in through the corner and the PIN, runs the day, shows the dashboards live, and gives the screen back', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT, { config: await staffConfig() });
    await expectScreen(page, 'attract');
    // Four taps do nothing visible: citizens who brush the corner are not sent anywhere.
    for (let tapCount = 0; tapCount < 4; tapCount += 1) await page.mouse.click(24, 24);
    await expectScreen(page, 'attract');
    await page.mouse.click(24, 24);
    await page.getByTestId('staff-sign-in').waitFor();
    await keepPicture(page, 'staff-01-sign-in');

    await tap(page, `account-${OPERATOR.id}`);
    await typePin(page, '9999');
    await tap(page, 'pin-submit');
    await expect.poll(() => page.getByTestId('sign-in-message').innerText()).toBe('Mã PIN không đúng (1/5).');
    await keepPicture(page, 'staff-02-wrong-pin');
    await typePin(page, OPERATOR.pin);
    await tap(page, 'pin-submit');
    await page.getByTestId('staff-mode').waitFor();
    await expect.poll(() => page.getByTestId('staff-who').innerText()).toContain('Trần Văn Minh · Vận hành');
    // An operator has the day, the devices and the statistics, not the audit log.
    await expect.poll(() => page.getByTestId('tab-audit').count()).toBe(0);

    await page.getByTestId('day-state').waitFor();
    await tap(page, 'open-day');
    await expect.poll(() => page.getByTestId('day-outcome').innerText()).toBe('Đã xong.');
    await expect.poll(() => page.getByTestId('day-state').innerText()).toContain('Đang nhận số');
    await keepPicture(page, 'staff-03-day');
    await tap(page, 'close-day');
    await tap(page, 'confirm');
    await expect.poll(() => page.getByTestId('day-state').innerText()).toContain('Không nhận số');
    await tap(page, 'open-day');
    await expect.poll(() => page.getByTestId('day-state').innerText()).toContain('Đang nhận số');

    serveAndRate(kiosk, 5);
    await tap(page, 'tab-statistics');
    await expect.poll(() => page.getByTestId('queue-served').innerText()).toContain('1');
    await expect.poll(() => page.getByTestId('card-ratings').innerText()).toContain('1');
    // A rating made now shows within a second, with nothing touched.
    serveAndRate(kiosk, 2);
    await expect.poll(() => page.getByTestId('card-ratings').innerText(), { timeout: 1_000 }).toContain('2');
    await expect.poll(() => page.getByTestId('card-index').innerText()).toContain('50');
    await keepPicture(page, 'staff-04-statistics');

    await tap(page, 'staff-sign-out');
    await expectScreen(page, 'attract');
    const actions = kiosk.runtime.queue.audit.entries().map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['staffSignInFailed', 'staffSignIn', 'dayOpened', 'dayClosed', 'staffSignOut']));
    expect(problems).toEqual([]);
  });

  it('gives an admin the audit log with its chain checked', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT, { config: await staffConfig() });
    await expectScreen(page, 'attract');
    await signInAsStaff(page, ADMIN);
    await tap(page, 'tab-audit');
    await expect.poll(() => page.getByTestId('audit-entries').innerText()).toContain('Đăng nhập nhân viên');
    await tap(page, 'audit-verify');
    await expect.poll(() => page.getByTestId('audit-verdict').innerText()).toContain('Nhật ký toàn vẹn: 1 mục');
    await keepPicture(page, 'staff-05-audit');
    expect(kiosk.runtime.currentView().staff).toMatchObject({ stage: 'open', account: { role: 'admin' } });
    expect(problems).toEqual([]);
  });

  it("lets an admin give the kiosk the ward's colours, which the citizen's screens take at once", async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT, { config: await staffConfig() });
    await expectScreen(page, 'attract');
    const headerColour = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--navy').trim());
    expect(await headerColour()).toBe('#0b2545');
    await signInAsStaff(page, ADMIN);
    await tap(page, 'tab-config', 'config-tab-branding', 'choose-palette-green');
    await keepPicture(page, 'staff-07-branding');
    await tap(page, 'config-save');
    await expect.poll(() => kiosk.runtime.configuration.branding.palette).toBe('green');
    await tap(page, 'staff-sign-out');
    await expectScreen(page, 'attract');
    await expect.poll(headerColour).toBe('#0f4d2e');
    await keepPicture(page, 'staff-08-attract-green');
    expect(problems).toEqual([]);
  });

  it('shows the lockout after five wrong PINs, and cancelling gives the screen back', async () => {
    const { page, problems } = await session.open(PORTRAIT, { config: await staffConfig() });
    await expectScreen(page, 'attract');
    await tapStaffCorner(page);
    await tap(page, `account-${ADMIN.id}`);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await typePin(page, '0000');
      await tap(page, 'pin-submit');
      await expect.poll(() => page.getByTestId('pin-dots').getAttribute('aria-label')).toBe('0');
    }
    await expect.poll(() => page.getByTestId('sign-in-message').innerText()).toMatch(/^Tạm khóa đăng nhập đến \d\d:\d\d/);
    await expect.poll(() => page.getByTestId('pin-1').isDisabled()).toBe(true);
    await keepPicture(page, 'staff-06-locked');
    await tap(page, 'staff-cancel');
    await expectScreen(page, 'attract');
    expect(problems).toEqual([]);
  });
});

