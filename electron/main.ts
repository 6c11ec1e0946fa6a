/**
 * Electron's main process: one kiosk window on the runtime. The runtime is the same plain-Node
 * object the browser host runs; this file only adds the window, its lockdown and the IPC transport.
 * The kiosk that hosts the service point's queue also serves, as the browser host does, the counter
 * pages, the display board, linked kiosks and the ticket status pages (`host` in the config).
 *
 * Flags: --data-dir DIR, --config FILE, --windowed (a framed window for engineers).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, app, protocol, session } from 'electron';
import { resolveDataDir } from '../runtime/data-dir.js';
import { consoleLogger } from '../runtime/log.js';
import { type RunningHost, startHttpHost } from '../runtime/host/http-host.js';
import { CONTENT_SECURITY_POLICY } from '../runtime/host/security-headers.js';
import { type StartedKiosk, startKiosk } from '../runtime/start-kiosk.js';
import { contentTypeOf, resolveAppFile } from './app-files.js';
import { APP_ENTRY, APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-origin.js';
import { applyPermissionPolicy, hardenApp } from './harden.js';
import { registerBridgeIpc } from './ipc.js';
import { kioskWindowOptions } from './window-options.js';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
  hardenApp(app, APP_ORIGIN);
  let kiosk: StartedKiosk | undefined;
  let host: RunningHost | undefined;
  let window: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppFile(request.url, RENDERER_DIR, APP_HOST);
      if (file === null) return new Response('not found', { status: 404 });
      try {
        return new Response(await readFile(file), {
          headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
        });
      } catch {
        return new Response('not found', { status: 404 });
      }
    });
    applyPermissionPolicy(session.defaultSession, APP_ORIGIN);

    const dataDir = resolveDataDir(flag('--data-dir') ?? process.env.MOTCUA_DATA_DIR ?? app.getPath('userData'));
    const configPath = flag('--config');
    kiosk = startKiosk({ dataDir, ...(configPath ? { configPath } : {}) });
    registerBridgeIpc(kiosk.runtime, APP_ORIGIN);
    const { address, port } = kiosk.runtime.hostConfig;
    startHttpHost({ runtime: kiosk.runtime, rendererDir: RENDERER_DIR, address, port, logger: consoleLogger }).then(
      (running) => {
        host = running;
        consoleLogger.info(`counter pages, display board and ticket status pages at ${running.url}`);
      },
      // The citizen's kiosk works without it: say why the counters cannot reach it.
      (error: unknown) => consoleLogger.error(`the queue's pages could not start on ${address}:${port}: ${String(error)}`),
    );

    window = new BrowserWindow(kioskWindowOptions(PRELOAD, { kiosk: !process.argv.includes('--windowed') }));
    window.once('ready-to-show', () => window?.show());
    // A crashed page is reloaded; the session lives in the runtime, so nothing is lost.
    window.webContents.on('render-process-gone', (_event, details) => {
      consoleLogger.error(`renderer gone (${details.reason}), reloading`);
      window?.loadURL(APP_ENTRY);
    });
    void window.loadURL(APP_ENTRY);
  });

  // Explicit shutdown: stop the session and close the database before the process goes.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || kiosk === undefined) return;
    event.preventDefault();
    quitting = true;
    const stopping = kiosk;
    void Promise.resolve(host?.close())
      .then(() => stopping.stop())
      .finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
