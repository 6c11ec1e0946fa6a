import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CardFixture, generateCards } from '../../../scripts/fixtures/generate-cards.js';
import { tempDir } from '../../helpers/kiosk-harness.js';

const run = promisify(execFile);
let dir: ReturnType<typeof tempDir>;
let fixtures: CardFixture[];

beforeAll(async () => {
  dir = tempDir('motcua-cli-');
  fixtures = await generateCards({ out: dir.path, count: 1, seed: 4, variants: ['clean'], generations: ['2021'] });
  await writeFile(join(dir.path, 'notes.txt'), 'not an image');
  await sharp({ create: { width: 400, height: 250, channels: 3, background: '#ffffff' } }).png().toFile(join(dir.path, 'blank.png'));
}, 60_000);
afterAll(() => dir?.remove());

describe('read-id CLI', () => {
  it('prints one JSON line per file: the identity and checks, or a readable error', async () => {
    const files = [...fixtures.map((fixture) => join(dir.path, fixture.file)), join(dir.path, 'blank.png'), join(dir.path, 'notes.txt')];
    const result = await run(process.execPath, ['--import', 'tsx', 'scripts/read-id.ts', ...files]).catch(
      (error: { stdout: string; code: number }) => error,
    );
    expect('code' in result && result.code).toBe(1); // some files could not be read
    type Line = { file: string; ok: boolean; identity?: Record<string, unknown>; checks?: Record<string, string>; ms?: number };
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
    expect(lines).toHaveLength(4);
    const [front, back, blank, notes] = lines as [Line, Line, Line, Line];
    const truth = fixtures[0]!.truth;
    expect(front).toMatchObject({ ok: true, source: 'qr', identity: { idNumber: truth.idNumber, fullName: truth.fullName, sex: truth.sex } });
    expect(front.identity).not.toHaveProperty('dateOfExpiry'); // the QR has none: left out, not null
    expect(back).toMatchObject({ ok: true, source: 'mrz', identity: { idNumber: truth.idNumber, dateOfExpiry: truth.dateOfExpiry } });
    expect(back.checks).toMatchObject({ mrzCheckDigits: 'passed', mrzCompositeCheck: 'passed', qrMrzAgree: 'notAvailable' });
    expect(typeof back.ms).toBe('number');
    expect(blank).toEqual({ file: files[2], ok: false, error: 'no QR code or MRZ found in the image', ms: expect.any(Number) });
    expect(notes).toMatchObject({ ok: false, error: expect.stringMatching(/^cannot read the image/) });
  }, 60_000);
});
