/** Staff mode in the browser: a kiosk config with an admin and an operator, and the way in as staff take it. */
import type { Page } from 'playwright-core';
import { CORNER_TAPS } from '../../bridge/staff-limits.js';
import { tap } from './kiosk-browser.js';

export { ADMIN, OPERATOR, staffConfig } from '../helpers/staff-accounts.js';

/** Five quick taps in the top-left corner, as staff bring up the sign-in. */
export async function tapStaffCorner(page: Page): Promise<void> {
  for (let tapCount = 0; tapCount < CORNER_TAPS; tapCount += 1) await page.mouse.click(24, 24);
}

/** Type a PIN on the staff keypad. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await tap(page, `pin-${digit}`);
}

/** From a citizen screen into staff mode as this account. */
export async function signInAsStaff(page: Page, account: { id: string; pin: string }): Promise<void> {
  await tapStaffCorner(page);
  await tap(page, `account-${account.id}`);
  await typePin(page, account.pin);
  await tap(page, 'pin-submit');
  await page.getByTestId('staff-mode').waitFor({ state: 'visible' });
}

/** Type on staff mode's on-screen keys: capitals with the shift key, spaces with the space bar, digits and signs on their row. */
export async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) {
    if (key === ' ') await tap(page, 'key-space');
    else if (/[^a-zA-Z]/.test(key)) await tap(page, `key-sign-${key}`);
    else if (/[A-Z]/.test(key)) await tap(page, 'key-shift', `key-${key.toLowerCase()}`);
    else await tap(page, `key-${key}`);
  }
}
