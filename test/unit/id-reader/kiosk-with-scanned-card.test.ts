/** The whole kiosk with a real image reader: a scanned card goes from file to the confirm screen. */
import { existsSync } from 'node:fs';
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageFolderReader } from '../../../devices/id-reader/image-folder-reader.js';
import { DEFAULT_CONFIG } from '../../../domain/config/schema.js';
import { createMockDevices } from '../../../runtime/devices.js';
import { KioskRuntime } from '../../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../../runtime/log.js';
import { generateCards } from '../../../scripts/fixtures/generate-cards.js';
import { settle, tempDir, waitUntil } from '../../helpers/kiosk-harness.js';
import { walkToIdentify } from '../../helpers/walks.js';

const dirs = { cards: tempDir('motcua-cards-'), inbox: tempDir('motcua-inbox-'), data: tempDir() };
let runtime: KioskRuntime;
let logger: MemoryLogger;

beforeAll(() => {
  logger = new MemoryLogger();
  runtime = new KioskRuntime({
    config: DEFAULT_CONFIG,
    dataDir: dirs.data.path,
    devices: { ...createMockDevices(), idReader: new ImageFolderReader({ path: dirs.inbox.path, workers: 1 }) },
    logger,
  });
});
afterAll(async () => {
  await runtime?.stop();
  for (const dir of Object.values(dirs)) dir.remove();
});

describe('kiosk reading a scanned card', () => {
  it('shows the masked number and name from a photographed 2024 card back, and keeps no image', async () => {
    const [fixture] = await generateCards({
      out: dirs.cards.path,
      count: 2,
      seed: 9,
      variants: ['photo'],
      generations: ['2024'],
      sides: ['back'],
    });
    if (!fixture) throw new Error('no fixture');
    // A scan left from an earlier citizen: the reader deletes it unread when it starts, and only
    // then watches the folder, so the citizen's scan goes in after that (as on a real kiosk).
    const leftOver = join(dirs.inbox.path, 'earlier-citizen.jpg');
    await copyFile(join(dirs.cards.path, fixture.file), leftOver);
    for (const event of walkToIdentify()) runtime.dispatch(event);
    await settle();
    expect(runtime.currentView().screen).toBe('identify');
    await waitUntil(() => !existsSync(leftOver), 'the earlier scan to be deleted');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await copyFile(join(dirs.cards.path, fixture.file), join(dirs.inbox.path, 'scan.jpg'));
    // Generous: the OCR worker starts cold, and CI shares two cores with other test files.
    await waitUntil(() => runtime.currentView().screen === 'confirm', 'the confirm screen', 50_000);
    const { identity } = runtime.currentView();
    const id = fixture.truth.idNumber;
    expect(identity).toMatchObject({ maskedId: `${id.slice(0, 4)}******${id.slice(-2)}`, fullName: fixture.truth.fullName, source: 'both' });
    expect(await readdir(dirs.inbox.path)).toEqual([]);
    expect(logger.lines.join('\n')).not.toContain(id);
  }, 90_000);
});
