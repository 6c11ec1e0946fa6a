/** Staff mode in the browser: a kiosk config with an admin and an operator, and the way in as staff take it. */
import type { Page } from 'playwright-core';
import { CORNER_TAPS } from '../../bridge/staff-limits.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { tap } from './kiosk-browser.js';

export const ADMIN = { id: 'lan', name: 'Nguyễn Thị Lan', pin: '2468' } as const;
export const OPERATOR = { id: 'minh', name: 'Trần Văn Minh', pin: '1357' } as const;

/** The default kiosk with two staff accounts (and whatever else a test sets). */
export async function staffConfig(base: KioskConfig = DEFAULT_CONFIG): Promise<KioskConfig> {
  return {
    ...base,
    staff: {
      accounts: [
        { id: ADMIN.id, name: ADMIN.name, role: 'admin', pinHash: await hashPin(ADMIN.pin) },
        { id: OPERATOR.id, name: OPERATOR.name, role: 'operator', pinHash: await hashPin(OPERATOR.pin) },
      ],
    },
  };
}

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
