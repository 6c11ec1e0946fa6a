/**
 * Start one kiosk from its data folder and config file: what Electron's main process and the
 * browser host both call. Watches the config file and adopts a good edit at once; a bad edit is
 * logged with the field it names and the kiosk carries on with what it had. The ward's procedure
 * catalogue is handled the same way (a rejected file is logged with its line and field, and the
 * last good catalogue stays). Staff's saves from the editor come back through the watcher as a
 * change of the file and are recognised as the configuration already in force.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadCatalogue, watchCatalogue } from './catalogue/catalogue-file.js';
import { loadConfig, readConfigFile, rememberGoodConfig } from './config/config-file.js';
import { DATA_DIR_CATALOGUE } from './config/config-store.js';
import { beginTrial, endTrial, restoreLastGood, trialState } from './config/config-trial.js';
import type { KioskConfig } from '../domain/config/schema.js';
import { closeDevices, createDevices } from './devices.js';
import { KioskRuntime, type KioskRuntimeOptions } from './kiosk-runtime.js';
import { RemoteTicketIssuer } from './queue/remote-ticket-issuer.js';
import { type Logger, consoleLogger } from './log.js';

export interface StartOptions {
  dataDir: string;
  /** Explicit config file; otherwise `config.json` in the data folder when there is one. */
  configPath?: string;
  logger?: Logger;
  /** Staff asked for a restart: how this process gets started again (Electron relaunches; the host exits for its runner). */
  onRestartRequested?: () => void;
  /** Builds the runtime; tests give one that fails, as a configuration that cannot start would. */
  createRuntime?: (options: KioskRuntimeOptions) => KioskRuntime;
}

export interface StartedKiosk {
  runtime: KioskRuntime;
  configPath: string | undefined;
  stop(): Promise<void>;
}

/**
 * A configuration saved by staff is on trial (config-trial.ts): the trial passes once the runtime
 * is built (store open, devices created, the session running). If that throws, the last good
 * configuration is put back and the kiosk starts on it at once; if the process died instead, the
 * next start finds the trial unfinished and does the same. Either way it is logged and audited.
 */
export function startKiosk(options: StartOptions): StartedKiosk {
  const logger = options.logger ?? consoleLogger;
  const { dataDir } = options;
  const defaultPath = join(dataDir, 'config.json');
  const configPath = options.configPath ?? (existsSync(defaultPath) ? defaultPath : undefined);
  // Staff's saves go to the file the kiosk started with, else to the data folder's (watched either way).
  const savedPath = configPath ?? defaultPath;
  const trial = configPath === undefined ? ({ kind: 'none' } as const) : trialState(dataDir, configPath);
  let restored: string | undefined;
  if (trial.kind === 'failed') {
    restored = restore(dataDir, savedPath, `the configuration saved by ${trial.marker.by} at ${trial.marker.savedAt} did not start last time`, logger);
  } else if (trial.kind === 'pending') {
    beginTrial(dataDir, trial.marker);
  }
  const onTrial = trial.kind === 'pending';

  let kiosk: StartedKiosk;
  try {
    kiosk = startOn(configPath, savedPath, options, logger, onTrial);
  } catch (error) {
    if (!onTrial) throw error;
    logger.error(`the configuration saved by ${trial.marker.by} failed to start: ${String(error)}`);
    restored = restore(dataDir, savedPath, `the configuration saved by ${trial.marker.by} at ${trial.marker.savedAt} failed to start (${String(error)})`, logger);
    kiosk = startOn(configPath, savedPath, options, logger, false);
  }
  if (onTrial && restored === undefined) {
    endTrial(dataDir);
    rememberGoodConfig(kiosk.runtime.configuration, dataDir);
    logger.info(`the configuration saved by ${trial.marker.by} started: it is now the last good one`);
  }
  if (restored !== undefined) {
    kiosk.runtime.queue.audit.append({ at: Date.now(), actor: `kiosk ${kiosk.runtime.configuration.kioskId} (start-up)`, action: 'configRestored', detail: restored });
  }
  return kiosk;
}

function restore(dataDir: string, configPath: string, why: string, logger: Logger): string {
  const done = restoreLastGood(dataDir, configPath);
  const detail = done ? `${why}: the last good configuration was restored` : `${why}: there was no last good configuration to restore`;
  logger.error(detail);
  return detail;
}

function startOn(configPath: string | undefined, savedPath: string, options: StartOptions, logger: Logger, onTrial: boolean): StartedKiosk {
  const { dataDir } = options;
  const loaded = loadConfig(configPath, dataDir, { onTrial });
  if (loaded.rejected) logger.error(`configuration rejected, running on the last good one: ${loaded.rejected}`);
  const knownGroups = loaded.config.serviceGroups.map((group) => group.id);
  // The ward's file; else one imported by staff into the data folder; else the bundled sample.
  const importedCatalogue = join(dataDir, DATA_DIR_CATALOGUE);
  const cataloguePath = loaded.config.catalogue.path ?? (existsSync(importedCatalogue) ? importedCatalogue : undefined);
  const catalogue = loadCatalogue({ ...(cataloguePath === undefined ? {} : { path: cataloguePath }), dataDir, knownGroups });
  if (catalogue.rejected) {
    logger.error(`procedure catalogue rejected, using ${catalogue.source ?? 'no procedures'}: ${catalogue.rejected.join('; ')}`);
  }
  // A second kiosk (the robot) numbers through the host named here; read once, like the devices.
  const server = loaded.config.queue.server;
  const devices = createDevices(loaded.config.devices, (line) => logger.warn(line), loaded.config.satisfaction.keypads);
  const createRuntime = options.createRuntime ?? ((runtimeOptions: KioskRuntimeOptions) => new KioskRuntime(runtimeOptions));
  let runtime: KioskRuntime;
  try {
    runtime = createRuntime({
      config: loaded.config,
      catalogue: catalogue.catalogue,
      dataDir,
      devices,
      logger,
      configPath: savedPath,
      ...(options.onRestartRequested ? { onRestartRequested: options.onRestartRequested } : {}),
      ...(server.kind === 'remote' ? { issuer: remoteIssuer(server, loaded.config, logger) } : {}),
    });
  } catch (error) {
    void closeDevices(devices);
    throw error;
  }
  const watcher = watchConfig(savedPath, runtime, logger);
  const catalogueWatcher = cataloguePath === undefined ? undefined : watchCatalogueFile(cataloguePath, dataDir, knownGroups, runtime, logger);
  return {
    runtime,
    configPath,
    async stop() {
      watcher.close();
      catalogueWatcher?.close();
      await runtime.stop();
    },
  };
}

function watchConfig(path: string, runtime: KioskRuntime, logger: Logger): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  // Watch the folder: editors save by replacing the file, which ends a watch on the file itself.
  return watch(dirname(path), (_event, name) => {
    if (name !== basename(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const result = readConfigFile(path);
      if (!result.ok) {
        logger.error(`configuration change rejected, keeping the current one: ${result.error}`);
        return;
      }
      // Staff's own save (already applied) comes back here as a change of the file.
      if (sameJson(result.config, runtime.configuration)) return;
      runtime.applyConfig(result.config);
      logger.info('configuration reloaded (device changes apply at the next start)');
    }, 200);
  });
}

function watchCatalogueFile(path: string, dataDir: string, knownGroups: readonly string[], runtime: KioskRuntime, logger: Logger): FSWatcher | undefined {
  try {
    return watchCatalogue({
      path,
      dataDir,
      knownGroups,
      onReload: (catalogue) => {
        if (sameJson(catalogue, runtime.catalogue)) return;
        runtime.applyCatalogue(catalogue);
        logger.info('procedure catalogue reloaded');
      },
      onRejected: (errors) => logger.error(`procedure catalogue change rejected, keeping the current one: ${errors.join('; ')}`),
    });
  } catch (error) {
    // A folder that is not there cannot be watched: the kiosk runs on what it loaded.
    logger.error(`procedure catalogue ${path} cannot be watched (${String(error)}): edits apply at the next start`);
    return undefined;
  }
}

/** Both read from JSON and through the same schema: equal text, same content. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function remoteIssuer(server: Extract<KioskConfig['queue']['server'], { kind: 'remote' }>, config: KioskConfig, logger: Logger): RemoteTicketIssuer {
  return new RemoteTicketIssuer({ url: server.url, key: server.key, kioskId: config.kioskId, timeZone: config.servicePoint.timeZone, logger });
}
