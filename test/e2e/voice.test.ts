/**
 * Speaking in Chromium: audio-guided mode from the welcome screen's "hear instructions" reads each
 * screen on entry; "listen" reads the screen on demand; no voice, no button. Headless Chromium has
 * no voices of its own, so the kiosk's voice (the runtime's mock speaker, which records) reads;
 * with a browser voice for Vietnamese injected, the page speaks itself and the kiosk says nothing.
 * Pictures: test-artifacts/e2e/voice-*.png.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../bridge/contract.js';
import { IdReadError } from '../../devices/id-reader/id-reader.js';
import { translator } from '../../renderer/i18n/index.js';
import { spokenScreen } from '../../renderer/speech/spoken-screen.js';
import { type BrowserKiosk, expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';

const session = kioskBrowserSession();
const PORTRAIT = { width: 1080, height: 1920 };

const MENU_GUIDED_VI =
  'Mời ông/bà chọn việc cần làm. Bấm số 1 để lấy số thứ tự. Bấm số 2 để hỏi về thủ tục. Bấm số 3 để đánh giá sự hài lòng.';
const MENU_EN = 'What would you like to do? Get a queue number, ask about a procedure, or rate our service.';

/** Pictures for people to look at: test-artifacts/e2e/voice-<name>.png. */
function shot(page: Page, name: string): Promise<void> {
  return keepPicture(page, `voice-${name}`);
}

/** What the kiosk's own voice has said so far. */
function saidByKiosk(kiosk: BrowserKiosk): { text: string; locale: Locale }[] {
  return kiosk.devices.speaker.spoken;
}

/** The screen on show now, as the kiosk's voice should read it. */
function spokenNow(kiosk: BrowserKiosk): string {
  const view = kiosk.runtime.currentView();
  return spokenScreen(view, translator(view.locale));
}

async function expectKioskSaid(kiosk: BrowserKiosk, text: string, locale: Locale): Promise<void> {
  await vi.waitFor(() => expect(saidByKiosk(kiosk)).toContainEqual({ text, locale }), { timeout: 5_000 });
}

/** The buttons of the screen shorter than the guided mode's 96 px, named by test id or class. */
async function buttonsUnder96(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-screen] button')]
      .filter((button) => button.getBoundingClientRect().height < 96)
      .map((button) => `${button.getAttribute('data-testid') ?? button.className}: ${button.getBoundingClientRect().height}px`),
  );
}

describe('speaking', () => {
  it('"hear instructions" starts a guided session: the three-choice menu read on entry, then every screen', async () => {
    // The card takes a moment to read, as a real one does: the screen is read before the failure is.
    const { kiosk, page, problems } = await session.open(PORTRAIT, { readDelayMs: 500 });
    await expectScreen(page, 'attract');
    await shot(page, '01-attract');

    await tap(page, 'hear-instructions-vi');
    await expectScreen(page, 'menu');
    await expectKioskSaid(kiosk, MENU_GUIDED_VI, 'vi');
    expect(await page.locator('[data-screen="menu"]').getAttribute('class')).toContain('audio-guide');
    // Nothing but the three numbered choices: no waiting strip competing with them.
    await expect.poll(() => page.locator('.guided-choice__number').allTextContents()).toEqual(['1', '2', '3']);
    expect(await page.locator('.waiting-strip').count()).toBe(0);
    expect(await buttonsUnder96(page)).toEqual([]);
    await shot(page, '02-guided-menu');

    await tap(page, 'menu-ticket');
    await expectScreen(page, 'chooseService');
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'vi');
    expect(spokenNow(kiosk)).toMatch(/^Mời ông\/bà chọn nhóm dịch vụ\. /);
    // Only the groups: no search, no fields.
    expect(await page.getByTestId('search-open').count()).toBe(0);
    expect(await page.locator('.field-tile').count()).toBe(0);
    expect(await buttonsUnder96(page)).toEqual([]);
    await shot(page, '03-guided-choose-service');

    await tap(page, 'service-civil-status');
    await expectScreen(page, 'idConsent');
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'vi');
    // A failed card read on the same screen is news: read again.
    kiosk.devices.idReader.script.queueFailure(new IdReadError('unreadable', 'glare'));
    await tap(page, 'read-card');
    await expectScreen(page, 'identify');
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'vi');
    await page.getByTestId('retry').waitFor();
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'vi');
    expect(spokenNow(kiosk)).toContain('Chưa đọc được thẻ. Đặt thẻ nằm phẳng và giữ yên.');
    await tap(page, 'skip-id');
    await expectScreen(page, 'confirm');
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'vi');
    await tap(page, 'confirm');
    await expectScreen(page, 'ticket');
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'vi');
    expect(spokenNow(kiosk)).toMatch(/^Đã cấp số thứ tự\. Số thứ tự của ông\/bà là a, (không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín), /);
    await shot(page, '04-guided-ticket');

    // The switch beside large text leaves guided mode: the plain screens are back.
    await tap(page, 'finish', 'hear-instructions-vi');
    await expectScreen(page, 'menu');
    await tap(page, 'display-audioGuide');
    await page.locator('[data-screen="menu"]:not(.audio-guide)').waitFor();
    expect(await page.locator('.waiting-strip').count()).toBe(1);
    expect(saidByKiosk(kiosk).every(({ locale }) => locale === 'vi')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('"listen" reads the screen on demand when guided mode is off, in the session\'s language', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT);
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    await tap(page, 'touch-start', 'lang-en');
    await expectScreen(page, 'menu');
    await page.waitForTimeout(500);
    // Not read on entry: guided mode is off.
    expect(saidByKiosk(kiosk).map(({ text }) => text)).not.toContain(MENU_EN);
    await shot(page, '05-menu-listen-button');

    await tap(page, 'listen');
    await expectKioskSaid(kiosk, MENU_EN, 'en');
    await tap(page, 'menu-advice');
    await expectScreen(page, 'advice');
    await tap(page, 'listen');
    await expectKioskSaid(kiosk, spokenNow(kiosk), 'en');
    expect(problems).toEqual([]);
  });

  it('with no voice for the language, in the page or the kiosk, there is no "listen" and no "hear instructions"', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT);
    // The kiosk's speech device has no voice at all (espeak-ng without its languages); headless Chromium has none either.
    Object.defineProperty(kiosk.devices.speaker, 'locales', { value: [] });
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    await tap(page, 'touch-start', 'lang-vi');
    await expectScreen(page, 'menu');
    await page.getByTestId('display-largeText').waitFor();
    expect(await page.getByTestId('listen').count()).toBe(0);
    await tap(page, 'cancel');
    await expectScreen(page, 'attract');
    expect(await page.locator('.hear-instructions').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('with a browser voice for Vietnamese, the page speaks itself and the kiosk says nothing', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT);
    await page.addInitScript(() => {
      // A browser that has a Vietnamese voice: records what it is asked to say, and never finishes by itself.
      const record = window as unknown as { pageSpoken: { text: string; lang: string }[]; pageCancels: number };
      record.pageSpoken = [];
      record.pageCancels = 0;
      class FakeUtterance {
        voice: unknown = null;
        lang = '';
        rate = 1;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(readonly text: string) {}
      }
      const vietnamese = { lang: 'vi-VN', localService: true, name: 'Giọng thử', voiceURI: 'test-vi', default: true };
      const synthesis = {
        getVoices: () => [vietnamese],
        speak: (utterance: FakeUtterance) => record.pageSpoken.push({ text: utterance.text, lang: utterance.lang }),
        cancel: () => {
          record.pageCancels += 1;
        },
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    });
    await page.reload();
    const pageSpoken = () => page.evaluate(() => (window as unknown as { pageSpoken: { text: string; lang: string }[] }).pageSpoken);
    const pageCancels = () => page.evaluate(() => (window as unknown as { pageCancels: number }).pageCancels);

    await tap(page, 'touch-start', 'lang-vi');
    await expectScreen(page, 'menu');
    const saidBefore = saidByKiosk(kiosk).length;
    await tap(page, 'listen');
    const menu = spokenNow(kiosk);
    await expect.poll(pageSpoken).toEqual([{ text: menu, lang: 'vi-VN' }]);
    expect(await page.getByTestId('listen').getAttribute('aria-pressed')).toBe('true');
    // Pressed while reading: it stops.
    await tap(page, 'listen');
    await expect.poll(pageCancels).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('listen').getAttribute('aria-pressed')).toBe('false');

    // Guided from the welcome screen: each screen read on entry, in the page.
    await tap(page, 'cancel', 'hear-instructions-vi');
    await expectScreen(page, 'menu');
    await expect.poll(async () => (await pageSpoken()).at(-1)?.text).toBe(MENU_GUIDED_VI);
    await tap(page, 'menu-ticket');
    await expectScreen(page, 'chooseService');
    await expect.poll(async () => (await pageSpoken()).at(-1)?.text).toBe(spokenNow(kiosk));
    await page.waitForTimeout(300);
    expect(saidByKiosk(kiosk).slice(saidBefore)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
