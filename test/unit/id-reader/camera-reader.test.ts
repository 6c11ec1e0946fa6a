import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CameraReader } from '../../../devices/id-reader/camera-reader.js';
import { configSchema } from '../../../domain/config/schema.js';
import { createMockDevices } from '../../../runtime/devices.js';
import { KioskRuntime } from '../../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../../runtime/log.js';
import { type CardFixture, generateCards } from '../../../scripts/fixtures/generate-cards.js';
import { tempDir, waitUntil } from '../../helpers/kiosk-harness.js';
import { walkToIdentify } from '../../helpers/walks.js';

let cards: ReturnType<typeof tempDir>;
let front: CardFixture;
let frontJpeg: Buffer;
let blankJpeg: Buffer;

beforeAll(async () => {
  cards = tempDir('motcua-cards-');
  const fixtures = await generateCards({ out: cards.path, count: 1, seed: 3, variants: ['photo'], generations: ['2021'], sides: ['front'] });
  front = fixtures[0] as CardFixture;
  frontJpeg = await readFile(join(cards.path, front.file));
  blankJpeg = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#556070' } }).jpeg().toBuffer();
}, 60_000);
afterAll(() => cards?.remove());

describe('camera reader', () => {
  it('keeps reading frames until one shows a card, and drops frames nobody asked for', async () => {
    const reader = new CameraReader({ workers: 1, giveUpMs: 12_000 });
    reader.offerFrame(frontJpeg);
    expect(reader.stats).toEqual({ scanned: 0, dropped: 1 });
    const reading = reader.read();
    let done = false;
    void reading.finally(() => (done = true));
    // As a camera does: a frame every 100 ms, first of an empty desk and a broken frame, then the card.
    const frames = [blankJpeg, Buffer.from('not a jpeg')];
    while (!done) {
      reader.offerFrame(frames.shift() ?? frontJpeg);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await reading).toEqual({ qrText: front.qrText });
    // The empty desk was scanned and did not count as a card.
    expect(reader.stats.scanned).toBeGreaterThanOrEqual(2);
    await reader.close();
  }, 30_000);

  it('gives up with "unreadable" after looking too long without seeing a card', async () => {
    const reader = new CameraReader({ workers: 1, giveUpMs: 600 });
    const reading = reader.read();
    let settled = false;
    void reading.catch(() => (settled = true));
    for (let frame = 0; frame < 100 && !settled; frame += 1) {
      reader.offerFrame(blankJpeg);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await expect(reading).rejects.toMatchObject({ name: 'IdReadError', code: 'unreadable' });
    await reader.close();
  }, 30_000);
});

describe('kiosk with a camera reader', () => {
  it('asks the renderer for frames only while reading, and reaches confirm from a camera frame', async () => {
    const data = tempDir();
    const config = configSchema.parse({ devices: { idReader: { kind: 'camera' } } });
    const runtime = new KioskRuntime({
      config,
      dataDir: data.path,
      devices: { ...createMockDevices(), idReader: new CameraReader({ workers: 1, giveUpMs: 12_000 }) },
      logger: new MemoryLogger(),
    });
    try {
      expect(runtime.currentView().camera).toBe(false);
      for (const event of walkToIdentify()) runtime.dispatch(event);
      expect(runtime.currentView()).toMatchObject({ screen: 'identify', camera: true });
      runtime.acceptCardFrame(new Uint8Array(frontJpeg));
      await waitUntil(() => runtime.currentView().screen === 'confirm', 'the confirm screen');
      expect(runtime.currentView()).toMatchObject({ screen: 'confirm', camera: false, identity: { source: 'qr' } });
    } finally {
      await runtime.stop();
      data.remove();
    }
  }, 30_000);
});
