import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PrinterError } from '../../devices/printer/receipt-printer.js';
import { IdReadError } from '../../devices/id-reader/id-reader.js';
import { SAMPLE_CARD, qrPayloadOf } from '../../devices/id-reader/mock-id-reader.js';
import { configSchema } from '../../domain/config/schema.js';
import { today } from '../helpers/kiosk-harness.js';
import { printedTickets } from '../helpers/printed.js';
import { startHttpHost } from '../../runtime/host/http-host.js';
import { type BrowserKiosk, RENDERER_DIR, expectScreen, kioskBrowserSession, type startBrowserKiosk, tap } from './kiosk-browser.js';

const session = kioskBrowserSession();
let kiosk: BrowserKiosk;
let page: Page;

async function open(size: { width: number; height: number }, options: Parameters<typeof startBrowserKiosk>[0] = {}) {
  let problems: string[];
  ({ kiosk, page, problems } = await session.open(size, options));
  return problems;
}

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

describe('a citizen takes a ticket in the browser', () => {
  it('in Vietnamese, without a card, and every screen on the way is pictured', async () => {
    const problems = await open(PORTRAIT);
    await expectScreen(page, 'attract', 'vi-01-attract');
    await page.getByTestId('touch-start').click();
    await expectScreen(page, 'greeting', 'vi-02-greeting');
    await page.getByTestId('lang-vi').click();
    await expectScreen(page, 'menu', 'vi-03-menu');
    await page.getByTestId('menu-ticket').click();
    await expectScreen(page, 'chooseService', 'vi-04-choose-service');
    await page.getByTestId('service-civil-status').click();
    await expectScreen(page, 'idConsent', 'vi-05-id-consent');
    await page.getByTestId('skip-id').click();
    await expectScreen(page, 'confirm', 'vi-06-confirm');
    await page.getByTestId('confirm').click();
    await expectScreen(page, 'printing', 'vi-07-printing');
    await expectScreen(page, 'ticket', 'vi-08-ticket');
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A001');
    expect(await page.locator('[data-screen="ticket"]').innerText()).toMatch(/quầy/i);

    expect(kiosk.devices.printer.printed).toHaveLength(1);
    expect(kiosk.devices.printer.printed[0]?.text).toContain('SỐ THỨ TỰ');
    expect(printedTickets(kiosk.devices.printer)[0]?.number).toBe('A001');

    await page.getByTestId('finish').click();
    await expectScreen(page, 'attract');
    expect(problems).toEqual([]);
  });

  it('in English, with the card read by the reader, and the printer gets both tickets', async () => {
    const problems = await open(LANDSCAPE, { readDelayMs: 400 });
    // A Vietnamese citizen before this one: the printer must end up with both tickets.
    // The reader finds the card by itself after 400 ms: wait for it rather than race it with "skip".
    await tap(page, 'touch-start', 'lang-vi', 'menu-ticket', 'service-residence', 'read-card');
    await expectScreen(page, 'confirm');
    await tap(page, 'confirm');
    await expectScreen(page, 'ticket');
    await page.getByTestId('finish').click();

    await expectScreen(page, 'attract', 'en-01-attract-landscape');
    await page.getByTestId('touch-start').click();
    await expectScreen(page, 'greeting', 'en-02-greeting-landscape');
    await page.getByTestId('lang-en').click();
    await expectScreen(page, 'menu', 'en-03-menu-landscape');
    await page.getByTestId('menu-ticket').click();
    await expectScreen(page, 'chooseService', 'en-04-choose-service-landscape');
    // B001 from the first citizen still waits: the list says so, live.
    expect(await page.getByTestId('waiting-residence').innerText()).toBe('1 person waiting');
    expect(await page.getByTestId('waiting-land').innerText()).toBe('Nobody is waiting');
    await page.getByTestId('service-residence').click();
    await expectScreen(page, 'idConsent', 'en-05-id-consent-landscape');
    await page.getByTestId('read-card').click();
    await expectScreen(page, 'identify', 'en-05b-identify-landscape');
    await expectScreen(page, 'confirm', 'en-06-confirm-with-card-landscape');
    const confirmText = await page.locator('[data-screen="confirm"]').innerText();
    expect(confirmText).toContain(SAMPLE_CARD.fullName);
    expect(confirmText).toContain('0010******45');
    expect(await page.content()).not.toContain(SAMPLE_CARD.idNumber);
    await page.getByTestId('confirm').click();
    await expectScreen(page, 'ticket', 'en-07-ticket-landscape');
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('B002');
    expect(await page.locator('[data-screen="ticket"]').innerText()).toMatch(/counter/i);

    const printed = kiosk.devices.printer.printed;
    expect(printedTickets(kiosk.devices.printer).map((slip) => slip.number)).toEqual(['B001', 'B002']);
    expect(printed[0]?.text).toContain('SỐ THỨ TỰ');
    expect(printed[1]?.text).toContain('YOUR NUMBER');
    expect(printed[1]?.text).toContain('Residence, ID cards');
    expect(problems).toEqual([]);
  });
});

describe('screens off the happy path', () => {
  it('shows the ticket on screen when the printer is out of paper, reprints when it is back, and the other menu entries come back to the menu', async () => {
    await open(PORTRAIT);
    kiosk.devices.printer.setFault('paperOut');
    await tap(page, 'touch-start', 'lang-vi');
    for (const [item, screen] of [['advice', 'advice'], ['rate', 'rate']] as const) {
      await page.getByTestId(`menu-${item}`).click();
      await expectScreen(page, screen, `vi-menu-${screen}`);
      await page.getByTestId('back').click();
      await expectScreen(page, 'menu');
    }
    await tap(page, 'menu-ticket', 'service-land', 'skip-id');
    await expectScreen(page, 'confirm', 'vi-08-confirm-printer-out');
    expect(await page.getByTestId('confirm-printer-problem').innerText()).toContain('không in được');
    await tap(page, 'confirm');
    await expectScreen(page, 'printFailed', 'vi-09-print-failed');
    expect(await page.getByTestId('printer-problem').innerText()).toBe('Máy in đã hết giấy.');
    expect(await page.locator('[data-screen="printFailed"]').innerText()).toContain('C001');
    await expect.poll(() => page.getByRole('img', { name: 'Mã QR theo dõi lượt của ông/bà' }).count()).toBe(1);
    expect(kiosk.runtime.store.listDay(today())[0]).toMatchObject({ number: 'C001', status: 'print_failed' });

    kiosk.devices.printer.setFault(null);
    await expectScreen(page, 'ticket');
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('C001');
    expect(printedTickets(kiosk.devices.printer)).toMatchObject([{ number: 'C001', reprint: expect.stringContaining('REPRINT') }]);
  });

  it('prints again on the citizen\'s tap when the printer failed for no reason it reported', async () => {
    await open(PORTRAIT);
    kiosk.devices.printer.script.queueFailure(new PrinterError('failed', 'jam'));
    await tap(page, 'touch-start', 'lang-en', 'menu-ticket', 'service-civil-status', 'skip-id', 'confirm');
    await expectScreen(page, 'printFailed', 'en-09-print-failed');
    expect(await page.getByTestId('printer-problem').innerText()).toBe('The printer could not print your ticket.');
    await tap(page, 'retry');
    await expectScreen(page, 'ticket');
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A001');
  });

  it('says so when the card cannot be read, and lets the citizen carry on without it', async () => {
    await open(PORTRAIT);
    for (let failure = 0; failure < 3; failure += 1) {
      kiosk.devices.idReader.script.queueFailure(new IdReadError('unreadable', 'glare'));
    }
    await tap(page, 'touch-start', 'lang-en', 'menu-ticket', 'service-social', 'read-card');
    await page.getByTestId('retry').waitFor();
    await expectScreen(page, 'identify', 'en-05c-identify-failed');
    await tap(page, 'retry');
    await page.getByTestId('manual-id').waitFor({ state: 'detached' });
    await tap(page, 'retry');
    await page.getByTestId('manual-id').click();
    await expectScreen(page, 'idManual', 'en-05d-type-id');
    // 999 is no province: refused, and the keypad says why.
    await tap(page, ...[...'999158001234'].map((digit) => `key-${digit}`), 'submit-id');
    await expect.poll(() => kiosk.runtime.currentView().idRead.manualError).toBe('structure');
    await expectScreen(page, 'idManual', 'en-05e-type-id-refused');
    await tap(page, 'key-clear', ...[...'079158001234'].map((digit) => `key-${digit}`));
    await expectScreen(page, 'idManual', 'en-05f-type-id-full');
    await tap(page, 'submit-id');
    await expectScreen(page, 'confirm', 'en-06b-confirm-typed-id');
    expect(await page.locator('[data-screen="confirm"]').innerText()).toContain('0791******34');
  });

  it('shows an elderly citizen their priority, and an expired card is still served', async () => {
    await open(PORTRAIT);
    const elder = { ...SAMPLE_CARD, idNumber: '079152001234', fullName: 'Trần Thị Bình', dateOfBirth: '1952-03-02', sex: 'F' as const, dateOfIssue: '2005-06-01' };
    kiosk.devices.idReader.script.queueValue({ qrText: qrPayloadOf(elder) });
    await tap(page, 'touch-start', 'lang-vi', 'menu-ticket', 'service-social', 'read-card');
    await expectScreen(page, 'confirm', 'vi-06b-confirm-elder-expired');
    expect(kiosk.runtime.currentView().identity).toMatchObject({ priorityByAge: true, expired: true });
    const text = await page.locator('[data-screen="confirm"]').innerText();
    expect(text).toContain('Trần Thị Bình');
    expect(text).not.toContain(elder.idNumber);
    await tap(page, 'confirm');
    await expectScreen(page, 'ticket');
  });

  it('shows the issue-failed screen when the store cannot commit', async () => {
    await open(PORTRAIT);
    const issue = kiosk.runtime.store.issue.bind(kiosk.runtime.store);
    kiosk.runtime.store.issue = () => {
      throw new Error('disk full');
    };
    await tap(page, 'touch-start', 'lang-vi', 'menu-ticket', 'service-civil-status', 'skip-id', 'confirm');
    await expectScreen(page, 'issueFailed', 'vi-10-issue-failed');
    kiosk.runtime.store.issue = issue;
    await page.getByTestId('retry').click();
    await expectScreen(page, 'ticket');
  });

  it('asks "are you still there?" with a countdown, and a tap keeps the session', async () => {
    await open(PORTRAIT, { config: configSchema.parse({ timeouts: { idleMs: 15_000, warningSeconds: 10, printMs: 4_000 } }) });
    await tap(page, 'touch-start', 'lang-vi', 'menu-ticket');
    await expectScreen(page, 'chooseService');
    await page.getByTestId('still-here').waitFor({ timeout: 10_000 });
    await expectScreen(page, 'chooseService', 'vi-11-idle-warning');
    await page.getByTestId('still-here').click();
    await page.getByTestId('still-here').waitFor({ state: 'detached' });
    await expectScreen(page, 'chooseService');
  });

  it('redraws the same screen after a reload: the session lives in the runtime', async () => {
    await open(PORTRAIT);
    await tap(page, 'touch-start', 'lang-en', 'menu-ticket');
    await expectScreen(page, 'chooseService');
    await page.reload();
    await expectScreen(page, 'chooseService');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('reconnects when the host restarts, and carries on from the same session', async () => {
    await open(PORTRAIT);
    await tap(page, 'touch-start', 'lang-vi');
    await expectScreen(page, 'menu');
    const { port } = new URL(kiosk.host.url);
    await kiosk.host.close();
    kiosk.host = await startHttpHost({
      runtime: kiosk.runtime,
      rendererDir: RENDERER_DIR,
      address: '127.0.0.1',
      port: Number(port),
      logger: kiosk.logger,
    });
    // The menu answers again once the bridge is back: a tap goes through to the same session.
    await expect
      .poll(
        async () => {
          await page.getByTestId('menu-ticket').click({ timeout: 1000 }).catch(() => undefined);
          return kiosk.runtime.currentView().screen;
        },
        { timeout: 15_000 },
      )
      .toBe('chooseService');
    await expectScreen(page, 'chooseService');
  });
});
