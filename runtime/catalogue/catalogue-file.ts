/**
 * The procedure catalogue file, as the config file is handled: a bad edit never empties the
 * kiosk's catalogue. Each accepted file is kept in the data folder as it was written (comments
 * included); a rejected one falls back to that copy, then to the sample bundled with the app,
 * then to no procedures at all, and the errors name the line and field so staff can fix it.
 */
import { type FSWatcher, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { type CatalogueResult, parseCatalogue } from '../../domain/catalogue/parse-catalogue.js';

/** The sample shipped with the app. A function: Electron's CommonJS bundle has no import.meta at load time. */
export function bundledCataloguePath(): string {
  return fileURLToPath(new URL('../../data/catalogue/sample-ward.yaml', import.meta.url));
}
export const LAST_GOOD_CATALOGUE = 'last-good-catalogue.yaml';

interface ReadCatalogue {
  result: CatalogueResult;
  text: string;
}

function readAndParse(path: string, knownGroups: readonly string[]): ReadCatalogue {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { text: '', result: { ok: false, errors: [`${path}: cannot be read (${reason})`] } };
  }
  const result = parseCatalogue(text, knownGroups);
  return { text, result: result.ok ? result : { ok: false, errors: result.errors.map((error) => `${path}: ${error}`) } };
}

/** Parse one catalogue file; every error starts with the path, then the line and field. */
export function readCatalogueFile(path: string, knownGroups: readonly string[]): CatalogueResult {
  return readAndParse(path, knownGroups).result;
}

export interface CatalogueFileOptions {
  /** The ward's catalogue; the bundled sample when not given. */
  path?: string;
  dataDir: string;
  /** Service-group ids of the kiosk config: a procedure routed elsewhere is an error. */
  knownGroups: readonly string[];
}

export interface LoadedCatalogue {
  catalogue: Catalogue;
  /** The file the catalogue in use was read from; none when no file was usable (an empty catalogue). */
  source?: string;
  /** Set when the file was rejected and an older catalogue is in use. */
  rejected?: string[];
}

/** Load for start-up: the file, else the last good copy, else the bundled sample. */
export function loadCatalogue(options: CatalogueFileOptions): LoadedCatalogue {
  const path = options.path ?? bundledCataloguePath();
  const { result, text } = readAndParse(path, options.knownGroups);
  if (result.ok) {
    rememberGoodCatalogue(text, options.dataDir);
    return { catalogue: result.catalogue, source: path };
  }
  for (const fallback of [join(options.dataDir, LAST_GOOD_CATALOGUE), bundledCataloguePath()]) {
    const older = readCatalogueFile(fallback, options.knownGroups);
    if (older.ok) return { catalogue: older.catalogue, source: fallback, rejected: result.errors };
  }
  // Even the sample names a group the config dropped: tickets by group still work without procedures.
  return { catalogue: EMPTY_CATALOGUE, rejected: result.errors };
}

const EMPTY_CATALOGUE: Catalogue = { servicePoint: { vi: 'Bộ phận Một cửa', en: 'One-stop service point' }, fields: [] };

export interface CatalogueWatchOptions extends CatalogueFileOptions {
  path: string;
  /** A good edit: the new catalogue, already kept as the last good one. */
  onReload(catalogue: Catalogue): void;
  /** A bad edit: the catalogue in use stays. */
  onRejected(errors: string[]): void;
}

/** Re-read the file whenever it changes; stop with `close()`. */
export function watchCatalogue(options: CatalogueWatchOptions): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  // Watch the folder: editors save by replacing the file, which ends a watch on the file itself.
  const watcher = watch(dirname(options.path), (_event, name) => {
    if (name !== basename(options.path)) return;
    clearTimeout(timer);
    // Editors write in bursts; read once they are done.
    timer = setTimeout(() => {
      const { result, text } = readAndParse(options.path, options.knownGroups);
      if (!result.ok) {
        options.onRejected(result.errors);
        return;
      }
      rememberGoodCatalogue(text, options.dataDir);
      options.onReload(result.catalogue);
    }, 200);
  });
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}

function rememberGoodCatalogue(text: string, dataDir: string): void {
  const file = join(dataDir, LAST_GOOD_CATALOGUE);
  // Write then rename, so a power cut never leaves half a file as the "good" one.
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
