/**
 * The OCR self-test staff run from the devices screen: the sample card shipped with the app (a
 * FAKE card drawn by scripts/fixtures/make-sample-card.ts, with what was printed on it) is read
 * through the same pipeline as a scanned or photographed card (QR decoder, MRZ locator, tesseract
 * workers, then the domain's checks), and each field is compared with what was printed. The ID
 * number is only ever shown masked.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { OcrCheck, OcrSelfTestResult } from '../../bridge/staff-device-protocol.js';
import { startCardOcr } from '../../devices/id-reader/image/card-image-reader.js';
import { readCardImage } from '../../devices/id-reader/image/read-card-image.js';
import type { CccdIdentity } from '../../domain/identity/cccd-identity.js';
import { maskId } from '../../domain/identity/identity-card.js';

/** Found from runtime/staff/ and from the bundles in dist/host/ and dist/electron/ alike (electron-builder ships data/sample-card). */
export function sampleCardPaths(): { image: string; truth: string } {
  return {
    image: fileURLToPath(new URL('../../data/sample-card/sample-card.png', import.meta.url)),
    truth: fileURLToPath(new URL('../../data/sample-card/sample-card.json', import.meta.url)),
  };
}

const truthSchema = z.object({
  idNumber: z.string().regex(/^\d{12}$/),
  fullName: z.string().min(1),
  dateOfBirth: z.iso.date(),
  sex: z.enum(['M', 'F']),
  dateOfIssue: z.iso.date(),
  dateOfExpiry: z.iso.date().nullable(),
});
type SampleTruth = z.infer<typeof truthSchema>;

/** The fields compared, in the order staff read them. */
const FIELDS = ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'dateOfIssue', 'dateOfExpiry'] as const satisfies ReadonlyArray<keyof SampleTruth & keyof CccdIdentity>;

export interface OcrSelfTestOptions {
  /** The service day (YYYY-MM-DD): the domain's checks need one; an expired sample still passes. */
  today: string;
  paths?: { image: string; truth: string };
}

export async function runOcrSelfTest(options: OcrSelfTestOptions): Promise<OcrSelfTestResult> {
  const paths = options.paths ?? sampleCardPaths();
  const [image, truthText] = await Promise.all([readFile(paths.image), readFile(paths.truth, 'utf8')]);
  const truth = truthSchema.parse(JSON.parse(truthText));
  const started = performance.now();
  // A pool of its own, for one read: the kiosk's reader may be a mock or a serial scanner with none.
  const ocr = await startCardOcr(1);
  const startMs = Math.round(performance.now() - started);
  try {
    const { scan, result, ms } = await readCardImage(image, ocr, options.today);
    const identity = result.ok ? result.identity : null;
    const failedChecks = result.ok ? result.checks.filter((check) => check.status === 'failed' && check.name !== 'notExpired').map((check) => check.name) : [];
    const checks: OcrCheck[] = [
      { check: 'qrRead', passed: scan.qrText !== undefined, read: null },
      { check: 'mrzRead', passed: scan.mrzLines !== undefined, read: null },
      {
        check: 'cardChecks',
        passed: result.ok && result.authentic,
        read: result.ok ? (failedChecks.length === 0 ? null : failedChecks.join(', ')) : result.error.code,
      },
      ...FIELDS.map((field): OcrCheck => {
        const read = identity?.[field];
        return { check: field, passed: read !== undefined && read === truth[field], read: shown(field, read) };
      }),
    ];
    return { passed: checks.every((check) => check.passed), startMs, readMs: Math.round(ms), checks };
  } finally {
    await ocr.close();
  }
}

function shown(field: (typeof FIELDS)[number], read: string | null | undefined): string | null {
  if (read === undefined) return null;
  if (read === null) return '—';
  return field === 'idNumber' ? maskId(read) : read;
}
