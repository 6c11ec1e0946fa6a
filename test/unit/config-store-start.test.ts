/**
 * A configuration saved by staff at start-up: on trial until the kiosk has started with it once;
 * the last good one is restored when it fails to start (a start that throws, or a process that
 * died before the start completed); the file watcher does not take staff's own save for an edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledCataloguePath } from '../../runtime/catalogue/catalogue-file.js';
import { LAST_GOOD_CONFIG, readConfigFile } from '../../runtime/config/config-file.js';
import { ConfigStore } from '../../runtime/config/config-store.js';
import { beginTrial, isOnTrial, trialState } from '../../runtime/config/config-trial.js';
import { KioskRuntime, type KioskRuntimeOptions } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { type StartedKiosk, startKiosk } from '../../runtime/start-kiosk.js';
import { tempDir, waitUntil } from '../helpers/kiosk-harness.js';

let dir: ReturnType<typeof tempDir>;
let kiosk: StartedKiosk | undefined;
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  dir.remove();
});

const STAFF = 'staff Lan (lan)';
const configFile = () => join(dir.path, 'config.json');

function storeOf(started: StartedKiosk, logger = new MemoryLogger()): ConfigStore {
  return new ConfigStore({
    runtime: started.runtime,
    dataDir: dir.path,
    configPath: join(dir.path, 'config.json'),
    audit: started.runtime.queue.audit,
    logger,
    now: Date.now,
  });
}

/** A start that fails the way a configuration that cannot start would: for one kiosk id only. */
const failingFor = (kioskId: string) => (options: KioskRuntimeOptions) => {
  if (options.config.kioskId === kioskId) throw new Error(`device setup failed for ${kioskId}`);
  return new KioskRuntime(options);
};

/** Start once on the defaults and save a configuration naming `kioskId` through the store, then stop. */
async function saveAndStop(kioskId: string): Promise<void> {
  const first = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
  const saved = storeOf(first).update((draft) => (draft.kioskId = kioskId), STAFF);
  expect(saved.ok).toBe(true);
  await first.stop();
}

function auditOf(started: StartedKiosk, action: string) {
  return started.runtime.queue.audit.entries().filter((entry) => entry.action === action);
}

describe('the start-up trial of a saved configuration', () => {
  it('passes when the kiosk starts with it: the marker goes and it becomes the last good one', async () => {
    await saveAndStop('kiosk-new');
    expect(isOnTrial(dir.path)).toBe(true);
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    expect(kiosk.runtime.configuration.kioskId).toBe('kiosk-new');
    expect(isOnTrial(dir.path)).toBe(false);
    expect(readConfigFile(join(dir.path, LAST_GOOD_CONFIG))).toMatchObject({ ok: true, config: { kioskId: 'kiosk-new' } });
    expect(logger.lines.join('\n')).toContain('it is now the last good one');
    expect(auditOf(kiosk, 'configRestored')).toEqual([]);
  });

  it('restores the last good configuration at once when the start with the new one throws, and audits it', async () => {
    await saveAndStop('kiosk-broken');
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger, createRuntime: failingFor('kiosk-broken') });
    expect(kiosk.runtime.configuration.kioskId).toBe('kiosk-1');
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).kioskId).toBe('kiosk-1');
    expect(isOnTrial(dir.path)).toBe(false);
    expect(logger.lines.join('\n')).toMatch(/failed to start.*device setup failed for kiosk-broken/);
    expect(auditOf(kiosk, 'configRestored')).toMatchObject([
      { actor: 'kiosk kiosk-1 (start-up)', detail: expect.stringMatching(/saved by staff Lan \(lan\).*failed to start.*the last good configuration was restored/) },
    ]);
  });

  it('restores it at the next start when the process died during the trial start', async () => {
    await saveAndStop('kiosk-crashed');
    const file = configFile();
    const trial = trialState(dir.path, file);
    if (trial.kind !== 'pending') throw new Error(`expected a pending trial, got ${trial.kind}`);
    // What a start that crashed leaves behind: the trial begun and never ended.
    beginTrial(dir.path, trial.marker);

    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    expect(kiosk.runtime.configuration.kioskId).toBe('kiosk-1');
    expect(logger.lines.join('\n')).toMatch(/did not start last time: the last good configuration was restored/);
    expect(auditOf(kiosk, 'configRestored')).toHaveLength(1);
  });

  it('drops a trial whose file was edited by hand since it was saved', async () => {
    await saveAndStop('kiosk-saved');
    writeFileSync(configFile(), JSON.stringify({ kioskId: 'kiosk-by-hand' }));
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    expect(kiosk.runtime.configuration.kioskId).toBe('kiosk-by-hand');
    expect(isOnTrial(dir.path)).toBe(false);
  });

  it('still runs on the last good configuration when the file is bad at start', async () => {
    await saveAndStop('kiosk-good');
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    await kiosk.stop();
    writeFileSync(configFile(), JSON.stringify({ timeouts: { idleMs: 'never' } }));
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    expect(kiosk.runtime.configuration.kioskId).toBe('kiosk-good');
    expect(logger.lines.join('\n')).toMatch(/configuration rejected.*timeouts\.idleMs/);
  });
});

describe('saving while the kiosk runs', () => {
  it('the file watcher does not apply or report staff\'s own save as an edit, and still takes a real edit', async () => {
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    const started = kiosk;
    const applied: string[] = [];
    const apply = started.runtime.applyConfig.bind(started.runtime);
    started.runtime.applyConfig = (config) => {
      applied.push(config.servicePoint.name.vi);
      apply(config);
    };
    storeOf(started).update((draft) => (draft.servicePoint.name.vi = 'Phường Một'), STAFF);
    expect(started.runtime.currentView().servicePointName).toBe('Phường Một');
    // Let the watcher see the save (it debounces 200 ms), then edit the file by hand.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const edited = JSON.parse(readFileSync(configFile(), 'utf8'));
    writeFileSync(configFile(), JSON.stringify({ ...edited, servicePoint: { ...edited.servicePoint, name: { vi: 'Phường Hai', en: 'Ward Two' } } }));
    await waitUntil(() => started.runtime.currentView().servicePointName === 'Phường Hai', 'the hand edit');
    expect(applied).toEqual(['Phường Một', 'Phường Hai']);
    expect(logger.lines.filter((line) => line.includes('configuration reloaded'))).toHaveLength(1);
    expect(logger.lines.some((line) => line.includes('rejected'))).toBe(false);
  });

  it('a catalogue imported into the data folder is the one the next start offers', async () => {
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    const renamed = readFileSync(bundledCataloguePath(), 'utf8').replace('vi: Hộ tịch\n', 'vi: Hộ tịch đã nhập\n');
    expect(storeOf(kiosk).importCatalogue(renamed, STAFF)).toMatchObject({ ok: true });
    expect(kiosk.runtime.catalogue.fields[0]?.name.vi).toBe('Hộ tịch đã nhập');
    await kiosk.stop();
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    expect(kiosk.runtime.catalogue.fields[0]?.name.vi).toBe('Hộ tịch đã nhập');
  });
});
