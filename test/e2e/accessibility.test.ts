/**
 * Every citizen screen, in both languages, plain, and with large text and with high contrast (see WALKS): axe-core
 * finds no serious or critical WCAG 2.2 A/AA violation, every tap target is at least 64×64 px and
 * no text is cut off. Each screen is pictured as test-artifacts/e2e/a11y-<mode>-<locale>-<screen>.png,
 * and the figures per screen go to test-artifacts/e2e/a11y-report.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale, ScreenId } from '../../bridge/contract.js';
import { IdReadError } from '../../devices/id-reader/id-reader.js';
import { configSchema } from '../../domain/config/schema.js';
import { type AxeFinding, axeViolations, clippedText, seriousOrCritical, smallTargets } from './axe.js';
import { ARTIFACTS, type BrowserKiosk, expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { servedTicket } from './served-ticket.js';

const session = kioskBrowserSession();
const PORTRAIT = { width: 1080, height: 1920 };

type Mode = 'plain' | 'large' | 'contrast';
/** The switch each mode taps on the welcome screen. */
const SWITCH: Record<Mode, string | null> = { plain: null, large: 'display-largeText', contrast: 'display-highContrast' };
/** The class each mode puts on the page's root. */
const ROOT_CLASSES: Record<Mode, string[]> = { plain: [], large: ['a11y-large'], contrast: ['a11y-contrast'] };

function displayClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.documentElement.classList].filter((name) => name.startsWith('a11y-')));
}

/** Audio-guided mode is checked on its own two screens only (the menu of three, the groups). */
type CheckedMode = Mode | 'guided';

interface ScreenReport {
  mode: CheckedMode;
  locale: Locale;
  screen: string;
  violations: AxeFinding[];
  smallTargets: string[];
  clipped: string[];
}
const reports: ScreenReport[] = [];

afterAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'a11y-report.json'), `${JSON.stringify(reports, null, 2)}\n`);
});

/** Check the screen on show and picture it; the test fails at the end with everything found. */
async function check(page: Page, mode: CheckedMode, locale: Locale, screen: ScreenId, name: string = screen): Promise<void> {
  await expectScreen(page, screen);
  await keepPicture(page, `a11y-${mode}-${locale}-${name}`);
  reports.push({
    mode,
    locale,
    screen: name,
    violations: await axeViolations(page),
    smallTargets: await smallTargets(page),
    clipped: await clippedText(page),
  });
}

async function typeNumber(page: Page, number: string): Promise<void> {
  for (const character of number) await tap(page, `key-${character}`);
}

/** Welcome, menu, advice, the ticket flow (card failures, typed number, printer out) and a rating. */
async function walkEveryScreen(page: Page, kiosk: BrowserKiosk, mode: Mode, locale: Locale): Promise<void> {
  const at = (screen: ScreenId, name?: string) => check(page, mode, locale, screen, name);
  const switchTestId = SWITCH[mode];
  // Served before anything else is taken, so the counter calls it: the welcome screens offer to rate it.
  const ticket = servedTicket(kiosk);
  await page.getByTestId(`rate-offer-${ticket.number}`).waitFor();
  if (mode === 'plain') await at('attract');
  await tap(page, switchTestId ?? 'touch-start');
  await at('greeting');
  expect(await displayClasses(page)).toEqual(ROOT_CLASSES[mode]);
  await tap(page, `lang-${locale}`);
  await at('menu');
  await tap(page, 'menu-advice');
  await at('advice');
  await tap(page, 'back', 'menu-ticket');
  await at('chooseService');
  await tap(page, 'field-civil-status');
  await at('chooseProcedure');
  await tap(page, 'back', 'search-open', 'key-k', 'key-h', 'key-a', 'key-i');
  await page.getByTestId('search-results').waitFor();
  await at('searchProcedure');
  await tap(page, 'back', 'service-civil-status');
  await at('idConsent');

  for (let failure = 0; failure < 3; failure += 1) kiosk.devices.idReader.script.queueFailure(new IdReadError('unreadable', 'glare'));
  await tap(page, 'read-card');
  await page.getByTestId('retry').waitFor();
  await at('identify', 'identify-failed');
  await tap(page, 'retry');
  await page.getByTestId('manual-id').waitFor({ state: 'detached' });
  await tap(page, 'retry');
  await tap(page, 'manual-id');
  await at('idManual');
  await tap(page, 'skip-id');

  kiosk.devices.printer.setFault('paperOut');
  await at('confirm');
  await tap(page, 'priority-elderly', 'confirm');
  await at('printFailed');
  kiosk.devices.printer.setFault(null);
  await at('ticket');
  await tap(page, 'finish');

  await tap(page, switchTestId ?? 'touch-start', `lang-${locale}`, 'menu-rate');
  await at('rate');
  await typeNumber(page, ticket.number);
  await tap(page, 'find-ticket');
  await at('rateOverall');
  await tap(page, 'overall-2');
  await tap(page, 'criterion-officer-1');
  await at('rateCriteria');
  await tap(page, 'next', 'reason-longWait');
  await at('rateReasons');
  await tap(page, 'next', 'key-a');
  await at('rateComment');
  await tap(page, 'next');
  await at('rateThanks');
  await tap(page, 'finish');
}

/** The screens that need a queue closed by staff or a store that fails. */
async function walkProblemScreens(page: Page, kiosk: BrowserKiosk, mode: Mode, locale: Locale): Promise<void> {
  const at = (screen: ScreenId, name?: string) => check(page, mode, locale, screen, name);
  const switchTestId = SWITCH[mode];
  await tap(page, switchTestId ?? 'touch-start', `lang-${locale}`);
  await at('menu', 'menu-closed');
  await tap(page, 'menu-ticket', 'service-civil-status', 'skip-id', 'confirm');
  await at('issueRefused');
  await tap(page, 'refused-menu');
  kiosk.runtime.servicePoint.act(1, { type: 'openDay' }, 'e2e');
  kiosk.runtime.store.issue = () => {
    throw new Error('disk full');
  };
  await tap(page, 'menu-ticket', 'service-civil-status', 'skip-id', 'confirm');
  await at('issueFailed');
  // 10 s without a tap (the shortest idle the config allows; the checks above take a few).
  await page.getByTestId('still-here').waitFor({ timeout: 15_000 });
  await at('issueFailed', 'idle-warning');
}

/** What the screens checked since `from` found. */
function problemsSince(from: number) {
  const mine = reports.slice(from);
  return {
    violations: mine.flatMap(({ screen, violations }) => seriousOrCritical(violations).map((finding) => ({ screen, ...finding }))),
    smallTargets: mine.flatMap(({ screen, smallTargets: small }) => small.map((target) => `${screen}: ${target}`)),
    clipped: mine.flatMap(({ screen, clipped }) => clipped.map((text) => `${screen}: ${text}`)),
  };
}

const NONE = { violations: [], smallTargets: [], clipped: [] };

/**
 * Every screen in both languages plain; each display mode in one language (the mode changes sizes and
 * colours, not words), large text in English, whose words are longer, so the likeliest to be cut off.
 */
const WALKS: ReadonlyArray<[Mode, Locale]> = [
  ['plain', 'vi'],
  ['plain', 'en'],
  ['large', 'en'],
  ['contrast', 'vi'],
];
const PROBLEM_WALKS: ReadonlyArray<[Mode, Locale]> = [
  ['plain', 'vi'],
  ['large', 'en'],
  ['contrast', 'en'],
];

describe('every citizen screen', () => {
  it.each(WALKS)('%s, in %s: no serious axe violation, big targets, nothing cut off', async (mode, locale) => {
    const { kiosk, page, problems } = await session.open(PORTRAIT);
    const from = reports.length;
    await walkEveryScreen(page, kiosk, mode, locale);
    await expectScreen(page, 'attract');
    // The switches were the session's: the next citizen starts plain.
    expect(await displayClasses(page)).toEqual([]);
    expect(problemsSince(from)).toEqual(NONE);
    expect(problems).toEqual([]);
  });

  it.each(PROBLEM_WALKS)('%s, in %s, the day closed and the store failing', async (mode, locale) => {
    const config = configSchema.parse({ queue: { dayOpening: 'manual' }, timeouts: { idleMs: 15_000, warningSeconds: 5, printMs: 4_000 } });
    const { kiosk, page, problems } = await session.open(PORTRAIT, { config });
    const from = reports.length;
    await walkProblemScreens(page, kiosk, mode, locale);
    expect(problemsSince(from)).toEqual(NONE);
    expect(problems).toEqual([]);
  });
});

describe('audio-guided mode', () => {
  it.each(['vi', 'en'] as const)('in %s: the three-choice menu and the service groups pass too', async (locale) => {
    const { page, problems } = await session.open(PORTRAIT);
    const from = reports.length;
    await tap(page, `hear-instructions-${locale}`);
    await check(page, 'guided', locale, 'menu');
    await tap(page, 'menu-ticket');
    await check(page, 'guided', locale, 'chooseService');
    expect(problemsSince(from)).toEqual(NONE);
    expect(problems).toEqual([]);
  });
});
