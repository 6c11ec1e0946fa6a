/**
 * Start one kiosk from its data folder and config file: what Electron's main process and the
 * browser host both call. Watches the config file and adopts a good edit at once; a bad edit is
 * logged with the field it names and the kiosk carries on with what it had. The ward's procedure
 * catalogue is handled the same way (a rejected file is logged with its line and field, and the
 * last good catalogue stays).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadCatalogue, watchCatalogue } from './catalogue/catalogue-file.js';
import { loadConfig, readConfigFile } from './config/config-file.js';
import type { KioskConfig } from '../domain/config/schema.js';
import { createDevices } from './devices.js';
import { KioskRuntime } from './kiosk-runtime.js';
import { RemoteTicketIssuer } from './queue/remote-ticket-issuer.js';
import { type Logger, consoleLogger } from './log.js';

export interface StartOptions {
  dataDir: string;
  /** Explicit config file; otherwise `config.json` in the data folder when there is one. */
  configPath?: string;
  logger?: Logger;
}

export interface StartedKiosk {
  runtime: KioskRuntime;
  configPath: string | undefined;
  stop(): Promise<void>;
}

export function startKiosk(options: StartOptions): StartedKiosk {
  const logger = options.logger ?? consoleLogger;
  const defaultPath = join(options.dataDir, 'config.json');
  const configPath = options.configPath ?? (existsSync(defaultPath) ? defaultPath : undefined);
  const loaded = loadConfig(configPath, options.dataDir);
  if (loaded.rejected) logger.error(`configuration rejected, running on the last good one: ${loaded.rejected}`);
  const knownGroups = loaded.config.serviceGroups.map((group) => group.id);
  const cataloguePath = loaded.config.catalogue.path;
  const catalogue = loadCatalogue({ ...(cataloguePath === undefined ? {} : { path: cataloguePath }), dataDir: options.dataDir, knownGroups });
  if (catalogue.rejected) {
    logger.error(`procedure catalogue rejected, using ${catalogue.source ?? 'no procedures'}: ${catalogue.rejected.join('; ')}`);
  }
  // A second kiosk (the robot) numbers through the host named here; read once, like the devices.
  const server = loaded.config.queue.server;
  const runtime = new KioskRuntime({
    config: loaded.config,
    catalogue: catalogue.catalogue,
    dataDir: options.dataDir,
    devices: createDevices(loaded.config.devices, (line) => logger.warn(line), loaded.config.satisfaction.keypads),
    logger,
    ...(server.kind === 'remote' ? { issuer: remoteIssuer(server, loaded.config, logger) } : {}),
  });
  const watcher = configPath ? watchConfig(configPath, runtime, logger) : undefined;
  const catalogueWatcher = cataloguePath === undefined ? undefined : watchCatalogueFile(cataloguePath, options.dataDir, knownGroups, runtime, logger);
  return {
    runtime,
    configPath,
    async stop() {
      watcher?.close();
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

function remoteIssuer(server: Extract<KioskConfig['queue']['server'], { kind: 'remote' }>, config: KioskConfig, logger: Logger): RemoteTicketIssuer {
  return new RemoteTicketIssuer({ url: server.url, key: server.key, kioskId: config.kioskId, timeZone: config.servicePoint.timeZone, logger });
}
