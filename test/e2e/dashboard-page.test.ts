/**
 * The satisfaction dashboard in Chromium at 1366×768 against a real host: tickets served through
 * the queue and rated through the runtime's satisfaction service over two days; staff sign in with
 * a counter's PIN, read the figures, see a new rating appear within a second, download both exports
 * through the page and open them, and the page comes back by itself after the host restarts.
 * Pictures land in /tmp/shots/dashboard/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { createMockDevices } from '../../runtime/devices.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RATINGS_SHEET, SUMMARY_SHEET } from '../../runtime/satisfaction/export-xlsx.js';
import { tempDir } from '../helpers/kiosk-harness.js';
import { KEEP_PICTURES, RENDERER_DIR, launchChromium } from './kiosk-browser.js';

const SHOTS = '/tmp/shots/dashboard';
const PIN = '135790';
const DASHBOARD_PIN = '97531';
const DESK = { width: 1366, height: 768 };
/** 08:00 in Hà Nội on Friday 20 and Monday 23 November 2026. */
const FRIDAY = Date.parse('2026-11-20T01:00:00Z');
const MONDAY = Date.parse('2026-11-23T01:00:00Z');
const MIN = 60_000;

let browser: Browser;
let clock = FRIDAY;
let runtime: KioskRuntime;
let host: RunningHost;
let dir: ReturnType<typeof tempDir>;
let page: Page;
const logger = new MemoryLogger();
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());
afterEach(async () => {
  await page?.close();
  await host?.close();
  await runtime?.stop();
  dir?.remove();
});

async function startHost(satisfaction: Partial<KioskConfig['satisfaction']> = {}): Promise<void> {
  dir = tempDir('motcua-dashboard-');
  const config: KioskConfig = {
    ...DEFAULT_CONFIG,
    counters: [{ number: 1, pinHash: await hashPin(PIN) }],
    satisfaction: { ...DEFAULT_CONFIG.satisfaction, ...satisfaction },
  };
  runtime = new KioskRuntime({ config, dataDir: dir.path, devices: createMockDevices({ readDelayMs: 0, printDelayMs: 0 }), logger, now: () => new Date(clock) });
  host = await startHttpHost({ runtime, rendererDir: RENDERER_DIR, address: '127.0.0.1', port: 0, logger });
}

function procedureOf(group: string): string {
  const found = runtime.catalogue.fields.flatMap((field) => field.procedures).find((procedure) => procedure.serviceGroup === group);
  if (found === undefined) throw new Error(`no procedure of ${group} in the catalogue`);
  return found.id;
}

/**
 * A citizen takes a ticket at the kiosk, waits `waitMin`, is served for `serviceMin` at `counter`
 * and rates it on the counter's tablet with `answers`.
 */
function serveAndRate(counter: number, group: string, waitMin: number, serviceMin: number, answers: Record<string, unknown>): void {
  const issued = runtime.servicePoint.issue({ serviceId: group, procedureId: procedureOf(group), priority: null, kioskId: 'kiosk-1' });
  if (!issued.ok) throw new Error(`not issued: ${issued.reason}`);
  clock += waitMin * MIN;
  const act = (action: Parameters<KioskRuntime['servicePoint']['act']>[1]) => {
    const result = runtime.servicePoint.act(counter, action, `counter ${counter}`);
    if (!result.ok) throw new Error(`${action.type} refused: ${result.reason}`);
  };
  act({ type: 'callNext' });
  const ticketId = runtime.servicePoint.counterState(counter).current?.id;
  if (ticketId === undefined) throw new Error('called nothing');
  act({ type: 'start', ticketId });
  clock += serviceMin * MIN;
  act({ type: 'finish', ticketId });
  const rated = runtime.satisfaction.rate(ticketId, { kind: 'counter', counter }, answers, 'counterTablet');
  if (!rated.ok) throw new Error(`rating refused: ${rated.reason}`);
  clock += MIN;
}

async function shot(name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
  if (!KEEP_PICTURES) return;
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function openDashboard(): Promise<void> {
  problems.length = 0;
  page = await browser.newPage({ viewport: DESK, acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(new URL('/dashboard', host.url).href);
}

async function signIn(pin: string): Promise<void> {
  await page.getByTestId('counter-field').fill('1');
  await page.getByTestId('pin-field').fill(pin);
  await page.getByTestId('sign-in').click();
}

const text = (testId: string) => page.getByTestId(testId).innerText();

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return readFileSync(path);
}

describe('the satisfaction dashboard', () => {
  it('shows the figures, follows a new rating within a second, exports both files and reconnects by itself', async () => {
    clock = FRIDAY;
    await startHost();
    serveAndRate(1, 'civil-status', 10, 6, { overall: 5, criteria: { officer: 5, time: 5 } });
    serveAndRate(3, 'residence', 14, 8, { overall: 4, criteria: { officer: 4, time: 3 } });
    serveAndRate(4, 'land', 40, 20, { overall: 2, reasons: ['longWait', 'extraDocuments'], comment: 'Chờ lâu quá, lại phải bổ sung giấy tờ "ngoài quy định", mất cả buổi' });
    clock = MONDAY + 60 * MIN;
    serveAndRate(1, 'civil-status', 4, 5, { overall: 5, comment: 'Cán bộ hướng dẫn tận tình, cảm ơn!' });
    serveAndRate(2, 'civil-status', 8, 7, { overall: 3, reasons: ['longWait', 'unclearGuidance'] });

    await openDashboard();
    await page.locator('[data-screen="dashboard-sign-in"]').waitFor();
    await signIn('111111');
    await expect.poll(() => text('sign-in-error')).toMatch(/^Sai mã PIN\. Còn 4 lần thử/);
    await shot('01-sign-in-wrong-pin');
    await signIn(PIN);
    await page.locator('[data-screen="dashboard"]').waitFor();

    // Today (Monday): a 5 and a 3.
    await expect.poll(() => text('card-ratings')).toBe('2');
    expect(await text('range-label')).toBe('2026-11-23');
    expect(await text('card-index')).toBe('50 %');
    expect(await text('card-mean')).toBe('4 / 5');
    await shot('02-today');

    // The last seven days: 5, 4, 2, 5, 3 → three of five satisfied, mean 3.8; waits 10, 14, 40, 4, 8 → 15.2 min.
    await page.getByTestId('range-last7').click();
    await expect.poll(() => text('card-ratings')).toBe('5');
    expect(await text('range-label')).toBe('2026-11-17 → 2026-11-23');
    expect(await text('card-index')).toBe('60 %');
    expect(await text('card-mean')).toBe('3,8 / 5');
    expect(await text('card-wait')).toBe('15,2 phút');
    expect(await page.locator('[data-testid="by-counter"] tbody tr').count()).toBe(4);
    expect(await page.locator('[data-testid="by-counter"] tr[data-row="4"]').innerText()).toMatch(/Quầy 4\s+1\s+0 %\s+2\s+1\s+40 phút\s+20 phút/);
    expect(await page.locator('[data-testid="by-group"] tr[data-row="civil-status"]').innerText()).toMatch(/Hộ tịch, chứng thực\s+3\s+66,7 %/);
    expect(await page.locator('[data-testid="reasons"] li').first().innerText()).toMatch(/Phải chờ đợi lâu\s+2/);
    const comments = page.locator('[data-testid="comments"] li');
    expect(await comments.count()).toBe(2);
    expect(await comments.first().innerText()).toContain('Cán bộ hướng dẫn tận tình');
    expect(await comments.nth(1).innerText()).toMatch(/Số C001 · Quầy 4 · Đất đai, xây dựng · 2026-11-20/);
    await shot('03-seven-days');

    // A citizen rates at counter 3 now: the page shows it without a reload, within a second.
    serveAndRate(3, 'residence', 6, 4, { overall: 1, reasons: ['unfriendlyOfficer'], comment: 'Thái độ chưa tốt' });
    const rated = Date.now();
    await expect.poll(() => text('card-ratings'), { interval: 50, timeout: 1000 }).toBe('6');
    expect(Date.now() - rated).toBeLessThan(1000);
    expect(await text('card-index')).toBe('50 %');
    expect(await comments.first().innerText()).toContain('Thái độ chưa tốt');
    await shot('04-after-new-rating');

    // The CSV: a byte-order mark, a header and one row per rating, the quoted comment intact.
    const csv = await download('export-csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(csv, { bom: true }) as string[][];
    expect(records).toHaveLength(7);
    expect(records[0]?.[0]).toBe('Ngày (Day)');
    expect(records.find((row) => row[2] === 'C001')?.join('|')).toContain('Chờ lâu quá, lại phải bổ sung giấy tờ "ngoài quy định", mất cả buổi');

    // The workbook: the ratings sheet and the summary with the index of the range.
    const xlsx = await download('export-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(RATINGS_SHEET)?.rowCount).toBe(7);
    const summary: unknown[][] = [];
    workbook.getWorksheet(SUMMARY_SHEET)?.eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
    expect(summary.find((row) => row[0] === 'Bộ phận một cửa (Service point)')).toEqual(['Bộ phận một cửa (Service point)', 6, 50, 3.33, 6, 13.7, 8.3]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => text('card-mean')).toBe('3.33 / 5');
    await shot('05-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(problems).toEqual([]);

    // The host restarts: the page says so, comes back by itself and asks for the PIN again (sign-ins live in memory).
    const port = new URL(host.url).port;
    await host.close();
    await page.getByTestId('connection-lost').waitFor();
    await shot('06-connection-lost');
    host = await startHttpHost({ runtime, rendererDir: RENDERER_DIR, address: '127.0.0.1', port: Number(port), logger });
    await page.locator('[data-screen="dashboard-sign-in"]').waitFor({ timeout: 15_000 });
    await signIn(PIN);
    await expect.poll(() => text('card-ratings')).toBe('6');
    // Chromium reports each refused reconnect while the host was away; nothing else.
    expect(problems.filter((problem) => !problem.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([]);
  });

  it("takes the dashboard's own PIN where the config sets one, keeps the sign-in over a reload, and shows a custom range", async () => {
    clock = FRIDAY;
    await startHost({ dashboardPinHash: await hashPin(DASHBOARD_PIN) });
    serveAndRate(4, 'land', 25, 15, { overall: 4 });
    clock = MONDAY + 60 * MIN;
    serveAndRate(1, 'civil-status', 5, 5, { overall: 2, reasons: ['longWait'] });

    await openDashboard();
    await page.locator('[data-screen="dashboard-sign-in"]').waitFor();
    expect(await page.getByTestId('counter-field').count()).toBe(0);
    await page.getByTestId('pin-field').fill(PIN);
    await page.getByTestId('sign-in').click();
    await expect.poll(() => text('sign-in-error')).toMatch(/^Sai mã PIN/);
    await page.getByTestId('pin-field').fill(DASHBOARD_PIN);
    await page.getByTestId('sign-in').click();
    await expect.poll(() => text('card-ratings')).toBe('1');

    await page.reload();
    await page.locator('[data-screen="dashboard"]').waitFor();
    await expect.poll(() => text('card-ratings')).toBe('1');

    await page.getByTestId('range-custom').click();
    await page.getByTestId('range-from').fill('2026-11-20');
    await page.getByTestId('range-to').fill('2026-11-21');
    await page.getByTestId('range-show').click();
    await expect.poll(() => text('range-label')).toBe('2026-11-20 → 2026-11-21');
    expect(await text('card-ratings')).toBe('1');
    expect(await text('card-index')).toBe('100 %');
    expect(await text('card-wait')).toBe('25 phút');
    await shot('07-custom-range');
    expect(problems).toEqual([]);
  });
});
