/**
 * The camera path end to end: Chromium's fake camera plays a photo of a card (an MJPEG made from a
 * generated fixture), the page sends frames over the bridge, the runtime reads the QR in them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CameraReader } from '../../devices/id-reader/camera-reader.js';
import { configSchema } from '../../domain/config/schema.js';
import { type CardFixture, generateCards } from '../../scripts/fixtures/generate-cards.js';
import { tempDir } from '../helpers/kiosk-harness.js';
import { type BrowserKiosk, expectScreen, launchChromium, startBrowserKiosk, tap } from './kiosk-browser.js';

let dir: ReturnType<typeof tempDir>;
let fixture: CardFixture;
let browser: Browser;
let kiosk: BrowserKiosk;

beforeAll(async () => {
  dir = tempDir('motcua-camera-');
  [fixture] = (await generateCards({ out: dir.path, count: 1, seed: 21, variants: ['photo'], generations: ['2021'], sides: ['front'] })) as [CardFixture];
  // Chromium's fake camera plays an MJPEG file (JPEG frames one after the other, 1280×720 here):
  // an empty desk for a while, then the card held up.
  const frame = await sharp(await readFile(join(dir.path, fixture.file)))
    .resize({ width: 1280, height: 720, fit: 'contain', background: '#50555c' })
    .jpeg({ quality: 90 })
    .toBuffer();
  const desk = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#50555c' } }).jpeg().toBuffer();
  const video = join(dir.path, 'card.mjpeg');
  await writeFile(video, Buffer.concat([...Array<Buffer>(90).fill(desk), ...Array<Buffer>(30).fill(frame)]));
  browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await kiosk?.close();
  dir?.remove();
});

describe('reading the card through the kiosk camera', () => {
  it('shows the live picture and fills in the ticket from the QR the camera sees', async () => {
    kiosk = await startBrowserKiosk({
      config: configSchema.parse({ devices: { idReader: { kind: 'camera' } } }),
      idReader: new CameraReader({ workers: 1, giveUpMs: 12_000 }),
    });
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(kiosk.host.url);
    await tap(page, 'touch-start', 'lang-vi', 'menu-ticket', 'service-residence', 'read-card');
    await page.getByTestId('card-camera').waitFor();
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    await expectScreen(page, 'identify', 'vi-05c-identify-camera');
    await expectScreen(page, 'confirm', 'vi-06c-confirm-from-camera');
    expect(kiosk.runtime.currentView().identity).toMatchObject({ source: 'qr', fullName: fixture.truth.fullName });
    expect(await page.content()).not.toContain(fixture.truth.idNumber);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
