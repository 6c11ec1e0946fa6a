import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageFolderReader } from '../../../devices/id-reader/image-folder-reader.js';
import { readingFromScan } from '../../../domain/identity/reading-from-scan.js';
import { type CardFixture, generateCards } from '../../../scripts/fixtures/generate-cards.js';
import { tempDir } from '../../helpers/kiosk-harness.js';

let cards: ReturnType<typeof tempDir>;
let inbox: ReturnType<typeof tempDir>;
let fixtures: CardFixture[];
let reader: ImageFolderReader;

beforeAll(async () => {
  cards = tempDir('motcua-cards-');
  inbox = tempDir('motcua-inbox-');
  fixtures = await generateCards({ out: cards.path, count: 1, seed: 5, variants: ['clean'], generations: ['2021'] });
  reader = new ImageFolderReader({ path: inbox.path, workers: 1 });
}, 60_000);
afterAll(async () => {
  await reader?.close();
  cards?.remove();
  inbox?.remove();
});

const fixture = (side: 'front' | 'back') => {
  const found = fixtures.find((candidate) => candidate.side === side);
  if (!found) throw new Error(`no ${side} fixture`);
  return found;
};
/** The scanner drops a file into the folder a moment after the read started. */
const scanLater = (from: string, name: string) => setTimeout(() => void copyFile(from, join(inbox.path, name)), 100);

describe('scan-to-folder ID reader', () => {
  it('reads the MRZ of a scanned back, then deletes the image', async () => {
    const back = fixture('back');
    const reading = reader.read();
    scanLater(join(cards.path, back.file), 'scan-0001.png');
    const scan = await reading;
    // Raw OCR (a letter O for a zero is the domain's to repair): judged by what it authenticates to.
    const result = readingFromScan(scan, '2026-11-23');
    expect(result.ok && result.reading.idNumber).toBe(back.truth.idNumber);
    expect(await readdir(inbox.path)).toEqual([]);
  }, 30_000);

  it('deletes a scan left from an earlier citizen without reading it', async () => {
    await copyFile(join(cards.path, fixture('back').file), join(inbox.path, 'old-scan.png'));
    const front = fixture('front');
    const reading = reader.read();
    scanLater(join(cards.path, front.file), 'scan-0002.png');
    expect(await reading).toEqual({ qrText: front.qrText });
    expect(await readdir(inbox.path)).toEqual([]);
  }, 30_000);

  it('says unreadable for a file that is not a card image', async () => {
    const reading = reader.read();
    setTimeout(() => void writeFile(join(inbox.path, 'scan-0003.jpg'), 'not really a jpeg'), 100);
    await expect(reading).rejects.toMatchObject({ code: 'unreadable' });
    expect(await readdir(inbox.path)).toEqual([]);
  }, 30_000);

  it('stops waiting when the session ends', async () => {
    const controller = new AbortController();
    const reading = reader.read(controller.signal);
    setTimeout(() => controller.abort(new Error('session ended')), 50);
    await expect(reading).rejects.toThrow('session ended');
  });

  it('reports a missing folder as a device failure', async () => {
    const missing = new ImageFolderReader({ path: join(inbox.path, 'nope'), workers: 1 });
    await expect(missing.read()).rejects.toMatchObject({ code: 'deviceFailed' });
    await missing.close();
  }, 30_000);
});
