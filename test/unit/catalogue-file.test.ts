import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_GROUPS } from '../../domain/config/schema.js';
import {
  LAST_GOOD_CATALOGUE,
  bundledCataloguePath,
  loadCatalogue,
  watchCatalogue,
} from '../../runtime/catalogue/catalogue-file.js';
import { tempDir, waitUntil } from '../helpers/kiosk-harness.js';

const knownGroups = DEFAULT_SERVICE_GROUPS.map((group) => group.id);
const BUNDLED = bundledCataloguePath();
const SAMPLE = readFileSync(BUNDLED, 'utf8');
const BUNDLED_NAME = 'Bộ phận Một cửa phường (mẫu)';
/** The sample under another ward's name, so the tests see which file is in use. */
const wardFile = (ward: string) => `# edited by staff\n${SAMPLE.replace(`vi: ${BUNDLED_NAME}`, `vi: ${ward}`)}`;
// Line 1 is the comment above, so the sample's line n is line n + 1 here.
const BROKEN = wardFile('Phường Lỗi').replace('serviceGroup: residence', 'serviceGroup: residense');
const brokenLine = SAMPLE.split('\n').findIndex((line) => line.includes('serviceGroup: residence')) + 2;

let dir: ReturnType<typeof tempDir>;
let path: string;
beforeEach(() => {
  dir = tempDir();
  path = join(dir.path, 'catalogue.yaml');
});
afterEach(() => dir.remove());

const load = () => loadCatalogue({ path, dataDir: dir.path, knownGroups });
const lastGood = () => readFileSync(join(dir.path, LAST_GOOD_CATALOGUE), 'utf8');

describe('loadCatalogue', () => {
  it('loads the bundled sample when no file is given', () => {
    const loaded = loadCatalogue({ dataDir: dir.path, knownGroups });
    expect(loaded.source).toBe(BUNDLED);
    expect(loaded.catalogue.servicePoint.vi).toBe(BUNDLED_NAME);
  });

  it('loads a good file and keeps it, comments and all, as the last good one', () => {
    writeFileSync(path, wardFile('Phường A'));
    const loaded = load();
    expect(loaded).toMatchObject({ source: path, catalogue: { servicePoint: { vi: 'Phường A' } } });
    expect(loaded.rejected).toBeUndefined();
    expect(lastGood()).toBe(wardFile('Phường A'));
  });

  it('falls back to the last good file when the file is malformed, naming the path, line and field', () => {
    writeFileSync(path, wardFile('Phường A'));
    load();
    writeFileSync(path, BROKEN);
    const loaded = load();
    expect(loaded.catalogue.servicePoint.vi).toBe('Phường A');
    expect(loaded.source).toBe(join(dir.path, LAST_GOOD_CATALOGUE));
    expect(loaded.rejected).toEqual([expect.stringContaining(`${path}: line ${brokenLine}, fields.`)]);
    expect(loaded.rejected?.[0]).toContain('unknown service group "residense"');
    expect(lastGood()).toBe(wardFile('Phường A'));
  });

  it('falls back to the bundled sample when there is no good copy', () => {
    writeFileSync(path, 'fields: [');
    const loaded = load();
    expect(loaded.source).toBe(BUNDLED);
    expect(loaded.rejected).toEqual([expect.stringMatching(new RegExp(`^${path}: line 1: `))]);
  });

  it('falls back to the bundled sample when the last good copy routes to a group the config no longer has', () => {
    writeFileSync(join(dir.path, LAST_GOOD_CATALOGUE), wardFile('Phường A').replaceAll('serviceGroup: land', 'serviceGroup: economy'));
    writeFileSync(path, BROKEN);
    expect(load().source).toBe(BUNDLED);
  });

  it('runs with no procedures rather than stop when not even the sample fits the config', () => {
    writeFileSync(path, BROKEN);
    const loaded = loadCatalogue({ path, dataDir: dir.path, knownGroups: ['civil-status'] });
    expect(loaded.source).toBeUndefined();
    expect(loaded.catalogue.fields).toEqual([]);
    expect(loaded.rejected?.[0]).toContain(`${path}: line `);
  });

  it('says a missing file cannot be read', () => {
    expect(load().rejected).toEqual([`${path}: cannot be read (ENOENT)`]);
  });
});

describe('watchCatalogue', () => {
  it('adopts a good edit and keeps it; a bad edit is reported and changes nothing', async () => {
    writeFileSync(path, wardFile('Phường A'));
    load();
    const reloaded: string[] = [];
    const rejected: string[][] = [];
    const watcher = watchCatalogue({
      path,
      dataDir: dir.path,
      knownGroups,
      onReload: (catalogue) => reloaded.push(catalogue.servicePoint.vi),
      onRejected: (errors) => rejected.push(errors),
    });
    try {
      writeFileSync(path, wardFile('Phường B'));
      await waitUntil(() => reloaded.length > 0, 'the good edit to be adopted');
      expect(reloaded).toEqual(['Phường B']);
      expect(lastGood()).toBe(wardFile('Phường B'));

      writeFileSync(path, BROKEN);
      await waitUntil(() => rejected.length > 0, 'the bad edit to be rejected');
      expect(rejected[0]).toEqual([expect.stringContaining(`line ${brokenLine}, fields.`)]);
      expect(reloaded).toEqual(['Phường B']);
      expect(lastGood()).toBe(wardFile('Phường B'));
    } finally {
      watcher.close();
    }
  });
});
