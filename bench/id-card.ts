/**
 * `npm run bench:id`: how well and how fast the kiosk reads ID cards, on generated cards of both
 * generations, every side and every degraded variant. Prints figures; fails nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MRZ_ALPHABET, scanCardImage } from '../devices/id-reader/image/card-image-reader.js';
import { locateMrz } from '../devices/id-reader/image/mrz-locator.js';
import { OcrPool, bundledEngDataPath } from '../devices/id-reader/image/ocr-pool.js';
import { authenticateCard, foldName } from '../domain/identity/authenticate.js';
import type { CccdIdentity } from '../domain/identity/cccd-identity.js';
import type { CardFixture, CardManifest } from '../scripts/fixtures/generate-cards.js';
import { percentile } from './stats.js';

const CARDS = Number(process.env.BENCH_ID_CARDS ?? 40);
const TODAY = '2026-11-23';
const OUT = join(process.cwd(), '.cache', 'bench-cards');

type Source = 'qr' | 'mrz';
const FIELDS: Record<Source, Array<keyof CccdIdentity>> = {
  qr: ['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'sex', 'dateOfIssue', 'placeOfResidence'],
  mrz: ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'dateOfExpiry'],
};

interface Tally {
  documents: number;
  right: number;
  fields: Map<string, number>;
}

/** What the card says, as each source can say it (the MRZ has no diacritics). */
function expected(fixture: CardFixture, source: Source, field: keyof CccdIdentity): unknown {
  const value = fixture.truth[field as keyof typeof fixture.truth];
  if (field === 'fullName' && source === 'mrz') return foldName(String(value));
  if (field === 'oldIdNumber' && (value === undefined || value === '')) return undefined;
  return value;
}

function read(source: Source, text: string | readonly string[] | undefined): CccdIdentity | undefined {
  if (text === undefined) return undefined;
  const result = authenticateCard(source === 'qr' ? { qr: text as string, today: TODAY } : { mrz: text, today: TODAY });
  if (!result.ok) return undefined;
  return source === 'mrz' ? { ...result.identity, fullName: foldName(result.identity.fullName) } : result.identity;
}

function tally(tallies: Map<string, Tally>, key: string, fixture: CardFixture, source: Source, identity: CccdIdentity | undefined) {
  const entry = tallies.get(key) ?? { documents: 0, right: 0, fields: new Map<string, number>() };
  tallies.set(key, entry);
  entry.documents += 1;
  let allRight = identity !== undefined;
  for (const field of FIELDS[source]) {
    const ok = identity !== undefined && identity[field] === expected(fixture, source, field);
    if (ok) entry.fields.set(field, (entry.fields.get(field) ?? 0) + 1);
    allRight &&= ok;
  }
  if (allRight) entry.right += 1;
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

function nativeTesseract(): boolean {
  return spawnSync('tesseract', ['--version']).status === 0;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const generated = performance.now();
  // Generated in a child process, so the memory figures below are the reader's alone.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/fixtures/generate-cards.ts', '--out', OUT, '--count', String(CARDS), '--seed', '2026'], {
    stdio: 'ignore',
  });
  const fixtures = (JSON.parse(readFileSync(join(OUT, 'truth.json'), 'utf8')) as CardManifest).fixtures;
  console.log(`id-card bench: ${fixtures.length} images of ${CARDS} generated cards (${((performance.now() - generated) / 1000).toFixed(1)} s to generate)`);

  const ocr = await OcrPool.start({ size: 2, recycleAfter: 250, whitelist: MRZ_ALPHABET });
  console.log(`OCR worker pool start (2 workers): ${ocr.startMs.toFixed(0)} ms`);
  const images = fixtures.map((fixture) => ({ fixture, bytes: () => readFileSync(join(OUT, fixture.file)) }));
  for (const { bytes } of images.slice(0, 5)) await scanCardImage(bytes(), ocr); // warm the JIT and the wasm

  const tallies = new Map<string, Tally>();
  const times: number[] = [];
  const timesByVariant = new Map<string, number[]>();
  const rssStart = process.memoryUsage().rss;
  let rssAt500 = rssStart;
  let reads = 0;
  for (const { fixture, bytes } of images) {
    const image = bytes();
    const started = performance.now();
    const scan = await scanCardImage(image, ocr);
    const elapsed = performance.now() - started;
    times.push(elapsed);
    const variantTimes = timesByVariant.get(fixture.variant) ?? [];
    variantTimes.push(elapsed);
    timesByVariant.set(fixture.variant, variantTimes);
    reads += 1;
    if (reads === 500) rssAt500 = process.memoryUsage().rss;
    if (fixture.qrText !== undefined) tally(tallies, `qr  ${fixture.side.padEnd(5)} ${fixture.variant}`, fixture, 'qr', read('qr', scan.qrText));
    if (fixture.mrz !== undefined) tally(tallies, `mrz ${fixture.side.padEnd(5)} ${fixture.variant}`, fixture, 'mrz', read('mrz', scan.mrzLines));
  }
  if (reads < 500) rssAt500 = process.memoryUsage().rss;

  console.log('\nsource side  variant   documents fully right   per-field accuracy');
  for (const [key, entry] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const fields = [...entry.fields].map(([field, count]) => `${field} ${pct(count, entry.documents)}`).join(', ');
    console.log(`${key.padEnd(20)} ${String(entry.right).padStart(4)}/${entry.documents} ${pct(entry.right, entry.documents).padStart(8)}   ${fields}`);
  }
  const summary = (filter: (key: string) => boolean) => {
    const chosen = [...tallies].filter(([key]) => filter(key)).map(([, entry]) => entry);
    const right = chosen.reduce((sum, entry) => sum + entry.right, 0);
    const total = chosen.reduce((sum, entry) => sum + entry.documents, 0);
    return `${pct(right, total)} (${right}/${total})`;
  };
  console.log(`\nQR, every variant: ${summary((key) => key.startsWith('qr'))} (target ≥ 99 % in each)`);
  console.log(`MRZ clean: ${summary((key) => key.startsWith('mrz') && key.endsWith('clean'))} (target ≥ 99 %)`);
  console.log(`MRZ degraded together: ${summary((key) => key.startsWith('mrz') && !key.endsWith('clean'))} (target ≥ 95 %)`);

  const sorted = [...times].sort((a, b) => a - b);
  console.log(`\ntime per image, warm pool: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms (targets ≤ 400 ms, ≤ 1000 ms)`);
  const byVariant = [...timesByVariant].map(([variant, list]) => {
    const ordered = [...list].sort((a, b) => a - b);
    return `${variant} ${percentile(ordered, 50).toFixed(0)}/${percentile(ordered, 95).toFixed(0)}`;
  });
  console.log(`  per variant, p50/p95 ms: ${byVariant.join(', ')}`);
  console.log(`RSS: ${(rssStart / 2 ** 20).toFixed(0)} MB after warm-up, ${(rssAt500 / 2 ** 20).toFixed(0)} MB after ${Math.min(500, reads)} reads: growth ${((rssAt500 - rssStart) / 2 ** 20).toFixed(1)} MB (target ≤ 50 MB)`);

  await compareWithNativeTesseract(images.filter(({ fixture }) => fixture.mrz !== undefined && fixture.variant === 'clean'), ocr, sorted);
  await ocr.close();
}

/** The same MRZ crops through Debian's tesseract CLI: our whole-card time as a ratio to its time. */
async function compareWithNativeTesseract(backs: Array<{ bytes: () => Buffer }>, ocr: OcrPool, ourTimes: number[]) {
  if (!nativeTesseract()) {
    console.log('native tesseract: not installed (apt-get install tesseract-ocr), comparison skipped');
    return;
  }
  const dir = join(OUT, 'crops');
  mkdirSync(dir, { recursive: true });
  // The very same language data for both (Debian's eng has no legacy engine): unpacked for the CLI.
  writeFileSync(join(dir, 'eng.traineddata'), gunzipSync(readFileSync(join(bundledEngDataPath(), 'eng.traineddata.gz'))));
  const nativeTimes: number[] = [];
  const poolTimes: number[] = [];
  for (const [index, { bytes }] of backs.entries()) {
    const candidates = await locateMrz(bytes());
    if (candidates === null) continue;
    const crop = await candidates.crop(0, 'zone');
    const file = join(dir, `crop-${index}.png`);
    writeFileSync(file, crop);
    let started = performance.now();
    execFileSync(
      'tesseract',
      [file, '-', '--tessdata-dir', dir, '--oem', '0', '--psm', '6', '--dpi', '300', '-c', `tessedit_char_whitelist=${MRZ_ALPHABET}`],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    nativeTimes.push(performance.now() - started);
    started = performance.now();
    await ocr.recognize(crop);
    poolTimes.push(performance.now() - started);
  }
  const native = percentile([...nativeTimes].sort((a, b) => a - b), 50);
  const pool = percentile([...poolTimes].sort((a, b) => a - b), 50);
  const card = percentile(ourTimes, 50);
  console.log(`native tesseract CLI on ${nativeTimes.length} MRZ crops: p50 ${native.toFixed(0)} ms; our pool on the same crops: p50 ${pool.toFixed(0)} ms`);
  console.log(`ratio, our whole card (QR + locate + OCR) to native tesseract on the crop: ${(card / native).toFixed(2)} (goal < 1.0)`);
}

await main();
