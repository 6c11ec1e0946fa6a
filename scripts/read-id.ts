/**
 * `npm run --silent read-id -- FILE...`: read ID-card images the way the kiosk does, one JSON
 * object per file per line. For engineers checking a reader, a camera position or a batch of scans.
 */
import { readFile } from 'node:fs/promises';
import { startCardOcr } from '../devices/id-reader/image/card-image-reader.js';
import { readCardImage } from '../devices/id-reader/image/read-card-image.js';
import { DEFAULT_CONFIG } from '../domain/config/schema.js';
import { serviceDay } from '../domain/queue/ticket-number.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent read-id -- FILE...');
  process.exit(2);
}

const today = serviceDay(new Date(), DEFAULT_CONFIG.servicePoint.timeZone);
const ocr = await startCardOcr(1);
let failures = 0;
for (const file of files) {
  const line: Record<string, unknown> = { file };
  try {
    const { result, ms } = await readCardImage(await readFile(file), ocr, today);
    line.ok = result.ok;
    if (result.ok) {
      line.source = result.source === 'both' ? 'qr' : result.source;
      line.identity = result.identity;
      line.checks = Object.fromEntries(result.checks.map((check) => [check.name, check.status]));
      line.authentic = result.authentic;
      line.expired = result.expired;
    } else {
      line.error = result.error.code === 'nothingRead' ? 'no QR code or MRZ found in the image' : result.error.message;
    }
    line.ms = Math.round(ms);
  } catch (error) {
    line.ok = false;
    line.error = `cannot read the image: ${(error as Error).message}`;
  }
  if (line.ok !== true) failures += 1;
  console.log(JSON.stringify(line));
}
await ocr.close();
process.exit(failures === 0 ? 0 : 1);
