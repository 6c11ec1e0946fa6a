/**
 * `node dist/host/main.mjs [--data-dir DIR] [--config FILE] [--port N] [--address IP]`
 * Runs the kiosk runtime in plain Node and serves it to a browser.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../data-dir.js';
import { consoleLogger } from '../log.js';
import { startKiosk } from '../start-kiosk.js';
import { startHttpHost } from './http-host.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    config: { type: 'string' },
    port: { type: 'string' },
    address: { type: 'string' },
    'renderer-dir': { type: 'string' },
  },
});

const dataDir = resolveDataDir(values['data-dir']);
/** Exit code asking whoever runs this (scripts/start.mjs, a systemd unit with Restart=on-failure) to start it again. */
const RESTART_EXIT_CODE = 75;

const kiosk = startKiosk({
  dataDir,
  ...(values.config ? { configPath: values.config } : {}),
  onRestartRequested: () => void shutdown(RESTART_EXIT_CODE),
});
const hostConfig = kiosk.runtime.hostConfig;
const port = values.port === undefined ? hostConfig.port : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  consoleLogger.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
const host = await startHttpHost({
  runtime: kiosk.runtime,
  rendererDir: values['renderer-dir'] ?? fileURLToPath(new URL('../renderer', import.meta.url)),
  address: values.address ?? hostConfig.address,
  port,
  logger: consoleLogger,
});
consoleLogger.info(`data folder ${dataDir}${kiosk.configPath ? `, config ${kiosk.configPath}` : ', built-in config (mock devices)'}`);
// The one line scripts/start.mjs waits for: keep its shape.
console.log(`motcua kiosk ready at ${host.url}`);

let stopping = false;
async function shutdown(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  await kiosk.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
