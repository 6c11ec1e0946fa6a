/** The whole image pipeline on generated cards: QR and MRZ read back exactly as printed. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MRZ_ALPHABET, scanCardImage } from '../../../devices/id-reader/image/card-image-reader.js';
import { OcrPool } from '../../../devices/id-reader/image/ocr-pool.js';
import { readCardImage } from '../../../devices/id-reader/image/read-card-image.js';
import { authenticateCard } from '../../../domain/identity/authenticate.js';
import { type CardFixture, generateCards } from '../../../scripts/fixtures/generate-cards.js';
import { tempDir } from '../../helpers/kiosk-harness.js';

const TODAY = '2026-11-23';
let dir: ReturnType<typeof tempDir>;
let fixtures: CardFixture[];
let ocr: OcrPool;

beforeAll(async () => {
  dir = tempDir('motcua-cards-');
  fixtures = await generateCards({ out: dir.path, count: 2, seed: 11, variants: ['clean', 'rotate', 'lowres', 'photo'] });
  ocr = await OcrPool.start({ size: 1, recycleAfter: 100, whitelist: MRZ_ALPHABET });
}, 60_000);
afterAll(async () => {
  await ocr?.close();
  dir?.remove();
});

const image = (fixture: CardFixture) => readFile(join(dir.path, fixture.file));

describe('reading generated card images', () => {
  it('reads every MRZ back to the identity printed on the card', async () => {
    const backs = fixtures.filter((fixture) => fixture.mrz !== undefined);
    expect(backs.length).toBe(8);
    for (const fixture of backs) {
      const scan = await scanCardImage(await image(fixture), ocr);
      const result = authenticateCard({ mrz: scan.mrzLines ?? [], today: TODAY });
      expect(result.ok, fixture.file).toBe(true);
      if (!result.ok) continue;
      const { truth } = fixture;
      expect(result.identity, fixture.file).toMatchObject({
        idNumber: truth.idNumber,
        dateOfBirth: truth.dateOfBirth,
        sex: truth.sex,
        dateOfExpiry: truth.dateOfExpiry,
      });
      expect(result.checks.find((check) => check.name === 'mrzCompositeCheck')?.status, fixture.file).toBe('passed');
    }
  }, 60_000);

  it('reads every QR exactly, diacritics included', async () => {
    const withQr = fixtures.filter((fixture) => fixture.qrText !== undefined);
    expect(withQr.length).toBe(8);
    for (const fixture of withQr) {
      const scan = await scanCardImage(await image(fixture), ocr);
      expect(scan.qrText, fixture.file).toBe(fixture.qrText);
    }
  }, 60_000);

  it('authenticates a 2024 back from both codes at once, and they agree', async () => {
    const back = fixtures.find((fixture) => fixture.generation === '2024' && fixture.side === 'back' && fixture.variant === 'photo');
    if (!back) throw new Error('no 2024 back in the fixtures');
    const { result } = await readCardImage(await image(back), ocr, TODAY);
    expect(result).toMatchObject({ ok: true, source: 'both', authentic: true });
    if (result.ok) expect(result.checks.find((check) => check.name === 'qrMrzAgree')?.status).toBe('passed');
  }, 30_000);

  it('says what went wrong with an image that is not a card', async () => {
    const notACard = await readFile(new URL('../../../renderer/index.html', import.meta.url));
    await expect(readCardImage(notACard, ocr, TODAY)).rejects.toThrow(/unsupported image format/);
  });
});
