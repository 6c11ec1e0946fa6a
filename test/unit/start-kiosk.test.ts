import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledCataloguePath } from '../../runtime/catalogue/catalogue-file.js';
import { MemoryLogger } from '../../runtime/log.js';
import { type StartedKiosk, startKiosk } from '../../runtime/start-kiosk.js';
import { tempDir, waitUntil } from '../helpers/kiosk-harness.js';
import { walkToChooseService } from '../helpers/walks.js';

let dir: ReturnType<typeof tempDir>;
let kiosk: StartedKiosk | undefined;
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await kiosk?.stop();
  dir.remove();
});

const namedConfig = (vi: string) => ({ servicePoint: { name: { vi, en: 'Ward' } } });

describe('starting a kiosk from its data folder', () => {
  it('runs on built-in mock devices when there is no config file', () => {
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    expect(kiosk.configPath).toBeUndefined();
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', servicePointName: 'Bộ phận Một cửa phường' });
  });

  it('says which field is wrong in a bad file and runs on the defaults', () => {
    writeFileSync(join(dir.path, 'config.json'), JSON.stringify({ host: { port: 'eighty' } }));
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    expect(logger.lines.join('\n')).toMatch(/configuration rejected.*host\.port/);
    expect(kiosk.runtime.hostConfig.port).toBe(8787);
  });

  it('adopts a good edit of the file and ignores a bad one, naming its field', async () => {
    const file = join(dir.path, 'config.json');
    writeFileSync(file, JSON.stringify(namedConfig('Phường Một')));
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    const started = kiosk;
    expect(started.runtime.currentView().servicePointName).toBe('Phường Một');

    writeFileSync(file, JSON.stringify(namedConfig('Phường Hai')));
    await waitUntil(() => started.runtime.currentView().servicePointName === 'Phường Hai', 'the good edit');

    writeFileSync(file, JSON.stringify({ ...namedConfig('Phường Ba'), timeouts: { idleMs: 'never' } }));
    await waitUntil(() => logger.lines.some((line) => line.includes('change rejected')), 'the bad edit to be refused');
    expect(logger.lines.find((line) => line.includes('change rejected'))).toContain('timeouts.idleMs');
    expect(started.runtime.currentView().servicePointName).toBe('Phường Hai');
  });
});

describe('the ward\'s procedure catalogue at start', () => {
  const SAMPLE = readFileSync(bundledCataloguePath(), 'utf8');
  /** The sample with its first field renamed, so the test sees which file is in use. */
  const catalogueNaming = (fieldName: string) => SAMPLE.replace('vi: Hộ tịch\n', `vi: ${fieldName}\n`);
  // The sample's first residence procedure, routed to a group the kiosk does not have.
  const BROKEN = catalogueNaming('Hộ tịch (lỗi)').replace('serviceGroup: residence', 'serviceGroup: residense');
  const brokenLine = SAMPLE.split('\n').findIndex((line) => line.includes('serviceGroup: residence')) + 1;

  let cataloguePath: string;
  beforeEach(() => {
    cataloguePath = join(dir.path, 'catalogue.yaml');
    writeFileSync(join(dir.path, 'config.json'), JSON.stringify({ catalogue: { path: cataloguePath } }));
  });

  /** The field names the citizen is offered on the ticket's first screen. */
  async function offeredFields(started: StartedKiosk): Promise<string[]> {
    for (const event of walkToChooseService()) started.runtime.dispatch(event);
    await waitUntil(() => started.runtime.currentView().screen === 'chooseService', 'the ticket start');
    const names = started.runtime.currentView().fields.map((field) => field.name);
    started.runtime.dispatch({ type: 'ui.cancel' });
    return names;
  }

  it('offers the fields of the configured file', async () => {
    writeFileSync(cataloguePath, catalogueNaming('Hộ tịch phường Một'));
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    expect(kiosk.runtime.catalogue.fields[0]?.name.vi).toBe('Hộ tịch phường Một');
    expect((await offeredFields(kiosk))[0]).toBe('Hộ tịch phường Một');
  });

  it('logs the line and field of a malformed file and keeps the last good catalogue', async () => {
    writeFileSync(cataloguePath, catalogueNaming('Hộ tịch phường Một'));
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    await kiosk.stop();

    writeFileSync(cataloguePath, BROKEN);
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    const rejection = logger.lines.find((line) => line.includes('procedure catalogue rejected'));
    expect(rejection).toContain(`line ${brokenLine}`);
    expect(rejection).toMatch(/fields\.2\.procedures\.0\.serviceGroup/);
    expect(kiosk.runtime.catalogue.fields[0]?.name.vi).toBe('Hộ tịch phường Một');
  });

  it('adopts a live edit of the file and refuses a bad one, naming its line and field', async () => {
    writeFileSync(cataloguePath, catalogueNaming('Hộ tịch phường Một'));
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    const started = kiosk;

    writeFileSync(cataloguePath, catalogueNaming('Hộ tịch phường Hai'));
    await waitUntil(() => started.runtime.catalogue.fields[0]?.name.vi === 'Hộ tịch phường Hai', 'the good edit');
    expect((await offeredFields(started))[0]).toBe('Hộ tịch phường Hai');

    writeFileSync(cataloguePath, BROKEN);
    await waitUntil(() => logger.lines.some((line) => line.includes('catalogue change rejected')), 'the bad edit to be refused');
    expect(logger.lines.find((line) => line.includes('catalogue change rejected'))).toContain(`line ${brokenLine}`);
    expect(started.runtime.catalogue.fields[0]?.name.vi).toBe('Hộ tịch phường Hai');
  });
});
