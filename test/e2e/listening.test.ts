/**
 * Listening in Chromium: the microphone where the page has speech recognition, and none where it
 * cannot listen. Plain headless Chromium has `webkitSpeechRecognition` but no service behind it
 * (no microphone, no Google keys): the first try must say so and take the microphone away, never
 * leave it listening. A stand-in recogniser (injected before the page loads) "hears" a question
 * on the advice screen and "có"/"yes" on "are you still there?". Pictures: test-artifacts/e2e/listen-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../bridge/contract.js';
import { configSchema } from '../../domain/config/schema.js';
import { axeViolations, seriousOrCritical } from './axe.js';
import { expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { expectBigTargets, expectNoScrolling, expectNothingOverflows } from './screen-checks.js';

const session = kioskBrowserSession();
const PORTRAIT = { width: 1080, height: 1920 };

interface Hearing {
  /** What each try hears, in turn. */
  utterances: string[];
  /** Keep showing the first half as heard-so-far until the test calls `window.finishHearing()`. */
  hold: boolean;
}

/**
 * A recogniser that "hears" the given words, standing in for the browser's (which needs a
 * microphone and a service): the first half as words-so-far, then all of them as final.
 */
function fakeRecognition({ utterances, hold }: Hearing): void {
  const scope = window as unknown as Record<string, unknown>;
  const languages: string[] = [];
  scope.recognitionLanguages = languages;
  scope.utterancesHeard = 0;
  let tries = 0;
  class FakeRecognition {
    lang = '';
    interimResults = false;
    continuous = true;
    maxAlternatives = 0;
    onresult: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    onnomatch: (() => void) | null = null;
    onend: (() => void) | null = null;
    start() {
      languages.push(this.lang);
      const words = utterances[tries++] ?? '';
      const half = words.split(' ').slice(0, Math.ceil(words.split(' ').length / 2)).join(' ');
      const result = (transcript: string, isFinal: boolean) => ({ resultIndex: 0, results: [Object.assign([{ transcript, confidence: 0.9 }], { isFinal })] });
      const finish = () => {
        this.onresult?.(result(words, true));
        this.onend?.();
        scope.utterancesHeard = (scope.utterancesHeard as number) + 1;
      };
      setTimeout(() => {
        this.onresult?.(result(half, false));
        if (hold) scope.finishHearing = finish;
        else setTimeout(finish, 100);
      }, 100);
    }
    abort() {}
    stop() {}
  }
  scope.SpeechRecognition = FakeRecognition;
  scope.webkitSpeechRecognition = FakeRecognition;
}

const micState = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-state');

/** WCAG 2.2 AA by axe-core: nothing serious or critical. */
async function expectAccessible(page: Page): Promise<void> {
  expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
}

describe('listening', () => {
  it('in plain headless Chromium: the microphone says once that it cannot listen and goes, never left listening', async () => {
    const { page, problems } = await session.open(PORTRAIT);
    const recognition = await page.evaluate(() => ({
      standard: typeof (window as { SpeechRecognition?: unknown }).SpeechRecognition,
      prefixed: typeof (window as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition,
    }));
    await tap(page, 'touch-start', 'lang-vi', 'menu-advice', 'advice-ask-open');
    await expectScreen(page, 'adviceAsk');
    if (recognition.standard !== 'function' && recognition.prefixed !== 'function') {
      expect(await page.getByTestId('advice-mic').count()).toBe(0);
      return;
    }
    // Chromium has the recogniser but nothing behind it: the first try fails for good.
    await tap(page, 'advice-mic-button');
    await expect.poll(() => micState(page, 'advice-mic'), { timeout: 15_000 }).toBe('cannotListen');
    expect(await page.getByTestId('advice-mic-button').count()).toBe(0);
    expect(await page.getByTestId('advice-mic-status').innerText()).toBe('Máy chưa nghe được. Xin bấm hoặc gõ.');
    await keepPicture(page, 'listen-cannot-listen');
    await expectAccessible(page);
    // The keys still work, and no other screen offers the microphone again, nor says it again.
    await tap(page, 'back');
    await expectScreen(page, 'advice');
    expect(await page.getByTestId('advice-mic').count()).toBe(0);
    await tap(page, 'advice-ask-open');
    await expectScreen(page, 'adviceAsk');
    expect(await page.getByTestId('advice-mic').count()).toBe(0);
    expect(await page.getByTestId('key-a').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('without speech recognition there is no microphone at all', async () => {
    const { page, problems } = await session.open(PORTRAIT);
    await page.addInitScript(() => {
      const scope = window as unknown as Record<string, unknown>;
      delete scope.SpeechRecognition;
      delete scope.webkitSpeechRecognition;
    });
    await page.reload();
    await tap(page, 'touch-start', 'lang-vi', 'menu-advice');
    await expectScreen(page, 'advice');
    expect(await page.getByTestId('advice-mic').count()).toBe(0);
    await tap(page, 'advice-ask-open');
    await expectScreen(page, 'adviceAsk');
    expect(await page.getByTestId('advice-mic').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a question said on the advice screen is answered: the words heard show while listening', async () => {
    const { page, problems } = await session.open(PORTRAIT);
    await page.addInitScript(fakeRecognition, { utterances: ['làm giấy khai sinh cho con'], hold: true });
    await page.reload();
    await tap(page, 'touch-start', 'lang-vi', 'menu-advice');
    await expectScreen(page, 'advice', 'listen-advice-home');
    expect(await page.getByTestId('advice-mic-button').getAttribute('aria-label')).toBe('Nói câu hỏi');
    await tap(page, 'advice-ask-open');
    await expectScreen(page, 'adviceAsk', 'listen-ask-idle');
    await expectNoScrolling(page);
    await expectBigTargets(page);
    await expectNothingOverflows(page);
    await expectAccessible(page);

    // Whatever the page's voice is reading stops: the microphone must not hear the kiosk.
    await page.evaluate(() => {
      window.speechSynthesis.cancel = () => Object.assign(window, { readingCut: true });
    });
    await tap(page, 'advice-mic-button');
    await expect.poll(() => page.getByTestId('advice-mic-heard').innerText()).toBe('“làm giấy khai”');
    expect(await page.evaluate(() => (window as unknown as { readingCut?: boolean }).readingCut)).toBe(true);
    expect(await micState(page, 'advice-mic')).toBe('listening');
    expect(await page.getByTestId('advice-mic-status').innerText()).toBe('Đang nghe… Mời ông/bà nói.');
    expect(await page.getByTestId('advice-mic-button').getAttribute('aria-pressed')).toBe('true');
    await keepPicture(page, 'listen-ask-listening');
    await expectNoScrolling(page);
    await expectNothingOverflows(page);
    await expectAccessible(page);

    await page.evaluate(() => (window as unknown as { finishHearing: () => void }).finishHearing());
    await expectScreen(page, 'adviceAnswer', 'listen-ask-answered');
    expect(await page.getByTestId('advice-answer-procedure').innerText()).toBe('Đăng ký khai sinh');
    expect(await page.evaluate(() => (window as unknown as { recognitionLanguages: string[] }).recognitionLanguages)).toEqual(['vi-VN']);
    expect(problems).toEqual([]);
  });

  it('another question said on the answer screen is answered; the kiosk’s voice is stopped when it talks, and only then', async () => {
    const { kiosk, page, problems } = await session.open(PORTRAIT);
    await page.addInitScript(fakeRecognition, { utterances: ['làm giấy khai sinh cho con', 'đăng ký kết hôn'], hold: false });
    // What the page sends, and whether a view saying the kiosk talks has reached it.
    const sent: string[] = [];
    const dispatch = kiosk.runtime.dispatch.bind(kiosk.runtime);
    kiosk.runtime.dispatch = (event) => {
      sent.push((event as { type: string }).type);
      return dispatch(event);
    };
    let pageHeardKioskTalk = false;
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"speaking":{')) pageHeardKioskTalk = true;
      }),
    );
    await page.reload();
    await tap(page, 'touch-start', 'lang-vi', 'menu-advice', 'advice-mic-button');
    await expectScreen(page, 'adviceAnswer');
    expect(await page.getByTestId('advice-asked').innerText()).toContain('làm giấy khai sinh cho con');
    // Nothing was being said: listening sent no "stop reading" (it would count as a tap).
    expect(sent).not.toContain('ui.stopReading');

    // The kiosk's voice reads the answer, and goes on until it is stopped.
    kiosk.devices.speaker.speak = (_text: string, _locale: Locale, signal?: AbortSignal) =>
      new Promise<void>((done) => signal?.addEventListener('abort', () => done()));
    kiosk.runtime.voice.sayAndForget('Đăng ký khai sinh: giấy chứng sinh, căn cước của cha hoặc mẹ.', 'vi', 'screen');
    await expect.poll(() => pageHeardKioskTalk).toBe(true);
    await keepPicture(page, 'listen-answer-mic');
    await expectAccessible(page);

    await tap(page, 'advice-mic-button');
    await expect.poll(() => kiosk.runtime.voice.view().speaking).toBeNull();
    await expect.poll(() => page.getByTestId('advice-asked').innerText()).toContain('đăng ký kết hôn');
    await expectScreen(page, 'adviceAnswer');
    expect(sent.filter((type) => type === 'ui.stopReading')).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('listening fits the question screen in large text with high contrast', async () => {
    const { page, problems } = await session.open(PORTRAIT);
    await page.addInitScript(fakeRecognition, { utterances: ['mấy giờ mở cửa'], hold: true });
    await page.reload();
    await tap(page, 'touch-start', 'display-largeText', 'display-highContrast', 'lang-vi', 'menu-advice', 'advice-ask-open');
    await expectScreen(page, 'adviceAsk');
    await tap(page, 'advice-mic-button');
    await expect.poll(() => page.getByTestId('advice-mic-heard').innerText()).toBe('“mấy giờ”');
    await keepPicture(page, 'listen-ask-listening-large-contrast');
    await expectNoScrolling(page);
    await expectBigTargets(page);
    await expectNothingOverflows(page);
    await expectAccessible(page);
    // Tapped again, it stops listening: the words heard so far are dropped, nothing is asked.
    await tap(page, 'advice-mic-button');
    expect(await micState(page, 'advice-mic')).toBe('ready');
    await page.evaluate(() => (window as unknown as { finishHearing: () => void }).finishHearing());
    await page.waitForTimeout(300);
    await expectScreen(page, 'adviceAsk');
    expect(problems).toEqual([]);
  });

  it('"are you still there?" answered aloud (in English): silence and "maybe" ask again, "no" changes nothing, "yes" keeps the session', async () => {
    const config = configSchema.parse({ timeouts: { idleMs: 15_000, warningSeconds: 10, printMs: 4_000 } });
    const { page, problems } = await session.open(PORTRAIT, { config });
    await page.addInitScript(fakeRecognition, { utterances: ['', 'maybe', 'no thanks', 'yes I am'], hold: false });
    await page.reload();
    await tap(page, 'touch-start', 'lang-en', 'menu-advice');
    await expectScreen(page, 'advice');
    await page.getByTestId('idle-warning').waitFor({ timeout: 15_000 });
    const status = () => page.getByTestId('idle-mic-status').innerText();
    const heard = (count: number) => expect.poll(() => page.evaluate(() => (window as unknown as { utterancesHeard: number }).utterancesHeard)).toBe(count);
    expect(await status()).toBe('Or tap the microphone and say “yes” or “no”.');
    await keepPicture(page, 'listen-idle-warning');
    await expectAccessible(page);

    await tap(page, 'idle-mic-button');
    await heard(1);
    expect(await micState(page, 'idle-mic')).toBe('noSpeech');
    expect(await status()).toBe('Nothing was heard. Tap the microphone and speak again.');

    await tap(page, 'idle-mic-button');
    await heard(2);
    expect(await micState(page, 'idle-mic')).toBe('notUnderstood');
    expect(await status()).toBe('Please tap the microphone and say “yes” or “no”.');

    await tap(page, 'idle-mic-button');
    await heard(3);
    expect(await micState(page, 'idle-mic')).toBe('ready');
    expect(await page.getByTestId('idle-warning').isVisible()).toBe(true);

    await tap(page, 'idle-mic-button');
    await page.getByTestId('idle-warning').waitFor({ state: 'detached', timeout: 5_000 });
    await expectScreen(page, 'advice');
    expect(await page.evaluate(() => (window as unknown as { recognitionLanguages: string[] }).recognitionLanguages)).toEqual(['en-US', 'en-US', 'en-US', 'en-US']);
    expect(problems).toEqual([]);
  });
});
