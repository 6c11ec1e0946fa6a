/**
 * The configuration editor and the accounts screen of staff mode in Chromium, through the browser
 * host on mock devices: an admin types the service point's new name on the on-screen keys (Telex),
 * saves it and sees it on the welcome screen; a timing that cannot work is refused with its
 * message at the field; an account is added with its PIN; a printer without its address is
 * refused, a sensor's port typed and saved for the next start; the ward's catalogue is imported
 * from a file, a broken one named by its line. Pictured in
 * test-artifacts/e2e/ at 1280×800, 1920×1080 and the kiosk's portrait 1080×1920.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCataloguePath } from '../../runtime/catalogue/catalogue-file.js';
import { type OpenedKiosk, expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { ADMIN, signInAsStaff, staffConfig, typeKeys } from './staff-browser.js';

const session = kioskBrowserSession();

/** A kiosk at its welcome screen with an admin signed in. */
async function asAdmin(viewport: { width: number; height: number }): Promise<OpenedKiosk> {
  const opened = await session.open(viewport, { config: await staffConfig() });
  await expectScreen(opened.page, 'attract');
  await signInAsStaff(opened.page, ADMIN);
  return opened;
}

describe('staff configuration editor', () => {
  it('saves a new service point name typed on the screen keys, shown at once to citizens; refuses a timing at its field', async () => {
    const { kiosk, page, problems } = await asAdmin({ width: 1280, height: 800 });
    await tap(page, 'tab-config');
    await page.getByTestId('config-panel').waitFor();
    await keepPicture(page, 'staff-config-01-service-point');

    await tap(page, 'edit-servicePoint.name.vi', 'key-clear');
    await typeKeys(page, 'Phuowngf Cuwar Nam');
    await expect.poll(() => page.getByTestId('text-entry-value').innerText()).toBe('Phường Cửa Nam');
    await keepPicture(page, 'staff-config-02-keyboard');
    await tap(page, 'text-entry-done', 'config-save');
    await expect.poll(() => page.getByTestId('config-outcome').innerText()).toBe('Đã lưu và áp dụng.');
    expect(kiosk.runtime.configuration.servicePoint.name.vi).toBe('Phường Cửa Nam');
    // The editor never had the PIN hashes: the save kept the ones in force.
    expect(kiosk.runtime.configuration.staff.accounts.map((account) => account.pinHash.startsWith('scrypt$'))).toEqual([true, true]);
    await keepPicture(page, 'staff-config-03-saved');

    // 15 s idle with a 10 s countdown leaves no time for a 15 s print: refused at the print field.
    await tap(page, 'config-tab-languages');
    for (let step = 0; step < 6; step += 1) await tap(page, 'less-timeouts.idleMs');
    await expect.poll(() => page.getByTestId('value-timeouts.idleMs').innerText()).toBe('15 giây');
    await tap(page, 'config-save');
    await expect.poll(() => page.getByTestId('problem-timeouts.printMs').innerText()).toBe('Phải xong trước khi bắt đầu đếm ngược');
    await expect.poll(() => page.getByTestId('config-outcome').innerText()).toBe('Chưa lưu: có mục chưa đúng.');
    expect(kiosk.runtime.configuration.timeouts.idleMs).toBe(45_000);
    await keepPicture(page, 'staff-config-04-refused');

    await tap(page, 'staff-sign-out');
    await expectScreen(page, 'attract');
    await expect.poll(() => page.locator('.attract__name').innerText()).toBe('Phường Cửa Nam');
    await keepPicture(page, 'staff-config-05-attract');
    expect(kiosk.runtime.queue.audit.entries().filter((entry) => entry.action === 'configChanged')).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('adds an account with its PIN on the accounts screen', async () => {
    const { kiosk, page, problems } = await asAdmin({ width: 1920, height: 1080 });
    await tap(page, 'tab-accounts', 'account-add', 'edit-account-id');
    await typeKeys(page, 'hoa');
    await tap(page, 'text-entry-done', 'edit-account-name');
    await typeKeys(page, 'Lee Thij Hoa');
    await tap(page, 'text-entry-done');
    // Too short a PIN first: its message at the PIN.
    await tap(page, 'account-pin-8', 'account-pin-6', 'account-save');
    await expect.poll(() => page.getByTestId('problem-account-pin').innerText()).toBe('Mã PIN gồm 4 đến 8 chữ số');
    await keepPicture(page, 'staff-config-06-account-refused');
    await tap(page, 'account-pin-4', 'account-pin-2', 'account-save');
    await expect.poll(() => page.getByTestId('account-list').innerText()).toContain('Lê Thị Hoa');
    await keepPicture(page, 'staff-config-07-accounts');
    expect(kiosk.runtime.configuration.staff.accounts.map((account) => account.id)).toEqual(['lan', 'minh', 'hoa']);
    expect(problems).toEqual([]);
  });

  it('fits the kiosk\'s portrait screen; a device needs its port or address, and takes it at the next start', async () => {
    const { kiosk, page, problems } = await asAdmin({ width: 1080, height: 1920 });
    await tap(page, 'tab-config', 'config-tab-services');
    await page.getByTestId('group-0').waitFor();
    await keepPicture(page, 'staff-config-08-services-portrait');
    await tap(page, 'config-tab-devices', 'choose-devices.printer.kind-escpos', 'config-save');
    // An ESC/POS printer needs its address: said at the field.
    await expect.poll(() => page.getByTestId('problem-devices.printer.address').innerText()).toContain('Địa chỉ máy in không đúng');
    await keepPicture(page, 'staff-config-09-devices-portrait');
    // Back to the simulated printer, and the presence sensor on a serial port typed on the keys: saved, for the next start.
    await tap(page, 'choose-devices.printer.kind-mock', 'choose-devices.presence.kind-serial', 'edit-devices.presence.path');
    await typeKeys(page, '/dev/ttyUSB1');
    await tap(page, 'text-entry-done', 'config-save');
    await expect.poll(() => page.getByTestId('config-outcome').innerText()).toBe('Đã lưu. Hãy khởi động lại ứng dụng để áp dụng thay đổi thiết bị.');
    expect(kiosk.runtime.configuration.devices.presence).toEqual({ kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600 });
    await page.getByTestId('config-restart').waitFor();
    await tap(page, 'config-tab-files');
    await keepPicture(page, 'staff-config-10-files-portrait');
    expect(problems).toEqual([]);
  });

  it('imports the ward\'s catalogue from a file: a broken one named by its line, a good one counted and offered', async () => {
    const { kiosk, page, problems } = await asAdmin({ width: 1280, height: 800 });
    const sample = readFileSync(bundledCataloguePath(), 'utf8');
    const line = sample.split('\n').findIndex((text) => text.includes('serviceGroup: residence')) + 1;
    await tap(page, 'tab-config', 'config-tab-files');
    const file = (text: string) => ({ name: 'phuong.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page.getByTestId('catalogue-import-file').setInputFiles(file(sample.replace('serviceGroup: residence', 'serviceGroup: nowhere')));
    await expect.poll(() => page.getByTestId('catalogue-import-outcome').innerText()).toContain(`dòng ${line}: unknown service group "nowhere"`);
    await page.getByTestId('catalogue-import-outcome').scrollIntoViewIfNeeded();
    await keepPicture(page, 'staff-config-11-catalogue-refused');

    await page.getByTestId('catalogue-import-file').setInputFiles(file(sample.replace('vi: Hộ tịch\n', 'vi: Hộ tịch phường\n')));
    await expect.poll(() => page.getByTestId('catalogue-import-outcome').innerText()).toMatch(/^Đã nhập \d+ lĩnh vực, \d+ thủ tục\.$/);
    expect(kiosk.runtime.catalogue.fields[0]?.name.vi).toBe('Hộ tịch phường');
    expect(problems).toEqual([]);
  });
});
