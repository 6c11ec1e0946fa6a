/** A kiosk behind the browser host, and Debian's Chromium driven by playwright-core. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { ScreenId } from '../../bridge/contract.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import type { IdReader } from '../../devices/id-reader/id-reader.js';
import { type MockDeviceSet, createMockDevices } from '../../runtime/devices.js';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { tempDir } from '../helpers/kiosk-harness.js';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'e2e');
export const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface BrowserKiosk {
  runtime: KioskRuntime;
  devices: MockDeviceSet;
  host: RunningHost;
  logger: MemoryLogger;
  close(): Promise<void>;
}

export async function startBrowserKiosk(
  options: { config?: KioskConfig; readDelayMs?: number; printDelayMs?: number; idReader?: IdReader } = {},
): Promise<BrowserKiosk> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const dir = tempDir('motcua-e2e-');
  const devices = createMockDevices({ readDelayMs: options.readDelayMs ?? 0, printDelayMs: options.printDelayMs ?? 150 });
  const logger = new MemoryLogger();
  const runtime = new KioskRuntime({
    config: options.config ?? DEFAULT_CONFIG,
    dataDir: dir.path,
    devices: options.idReader ? { ...devices, idReader: options.idReader } : devices,
    logger,
  });
  const host = await startHttpHost({ runtime, rendererDir: RENDERER_DIR, address: '127.0.0.1', port: 0, logger });
  const kiosk: BrowserKiosk = {
    runtime,
    devices,
    host,
    logger,
    async close() {
      // The host in force now: a test may have restarted it.
      await kiosk.host.close();
      await runtime.stop();
      dir.remove();
    },
  };
  return kiosk;
}

/** Debian's Chromium, headless; `extraArgs` e.g. a fake camera fed from a file. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...extraArgs,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export interface OpenedKiosk {
  kiosk: BrowserKiosk;
  page: Page;
  /** The page errors and console errors it reports from then on (a test expects none). */
  problems: string[];
}

export interface KioskBrowserSession {
  /** Start a kiosk and open its page at `path` in a new tab; both are closed after the test. */
  open(viewport: { width: number; height: number }, options?: Parameters<typeof startBrowserKiosk>[0], path?: string): Promise<OpenedKiosk>;
}

/**
 * The hooks of a browser test file: one Chromium for the file, and after each test the kiosk and
 * page it opened are closed, also when the test failed.
 */
export function kioskBrowserSession(): KioskBrowserSession {
  let browser: Browser | undefined;
  let opened: OpenedKiosk | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await opened?.page.close();
    await opened?.kiosk.close();
    opened = undefined;
  });
  return {
    async open(viewport, options = {}, path = '/') {
      if (browser === undefined) throw new Error('Chromium is not running: open a kiosk inside a test');
      const kiosk = await startBrowserKiosk(options);
      const page = await browser.newPage({ viewport });
      opened = { kiosk, page, problems: [] };
      const { problems } = opened;
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.goto(new URL(path, kiosk.host.url).href);
      return opened;
    },
  };
}

/** Wait until the page shows a screen, then keep a picture of it for people to look at. */
export async function expectScreen(page: Page, screen: ScreenId, shot?: string): Promise<void> {
  await page.locator(`[data-screen="${screen}"]`).waitFor({ state: 'visible', timeout: 10_000 });
  if (shot !== undefined) await keepPicture(page, shot);
}

/**
 * CI sets MOTCUA_E2E_PICTURES=0: nobody looks at its pictures, and a portrait PNG costs a few hundred
 * milliseconds, a couple of minutes over the whole run.
 */
export const KEEP_PICTURES = process.env.MOTCUA_E2E_PICTURES !== '0';

/** A picture of the page as it is, under test-artifacts/e2e/, for people to look at (the page is let settle either way). */
export async function keepPicture(page: Page, shot: string): Promise<void> {
  // Let fonts and transitions finish so the picture (and any check after it) sees what a citizen sees.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(250);
  if (!KEEP_PICTURES) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${shot}.png`) });
}

/** Tap the buttons with these test ids, one after the other, as a citizen would. */
export async function tap(page: Page, ...testIds: string[]): Promise<void> {
  for (const testId of testIds) await page.getByTestId(testId).click();
}
