/**
 * Electron's main process: one kiosk window on the runtime. The runtime is the same plain-Node
 * object the browser host runs; this file only adds the window, its lockdown and the IPC transport.
 * The kiosk that hosts the service point's queue also serves, as the browser host does, the counter
 * pages, the display board, linked kiosks and the ticket status pages (`host` in the config).
 *
 * Flags: --data-dir DIR, --config FILE, --windowed (a framed window for engineers).
 * A packaged kiosk refuses to start with debugging flags; a crash or hang of the page reloads it, an
 * uncaught error in this process restarts the app, and so does the configured daily quiet hour.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, protocol, session } from 'electron';
import { resolveDataDir } from '../runtime/data-dir.js';
import { consoleLogger } from '../runtime/log.js';
import { type RunningHost, startHttpHost } from '../runtime/host/http-host.js';
import { CONTENT_SECURITY_POLICY } from '../runtime/host/security-headers.js';
import { type StartedKiosk, startKiosk } from '../runtime/start-kiosk.js';
import { contentTypeOf, resolveAppFile } from './app-files.js';
import { APP_ENTRY, APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-origin.js';
import { scheduleDailyRestart } from './daily-restart.js';
import { forbiddenDebugFlags } from './debug-flags.js';
import { restartOnFatalError } from './fatal-restart.js';
import { hardenApp, hardenSession } from './harden.js';
import { registerBridgeIpc } from './ipc.js';
import { RendererWatchdog } from './renderer-watchdog.js';
import { openKioskWindow } from './window-options.js';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const windowed = process.argv.includes('--windowed');
const forbiddenFlags = app.isPackaged ? forbiddenDebugFlags(process.argv, process.env) : [];

if (forbiddenFlags.length > 0) {
  consoleLogger.error(`refusing to start: a packaged kiosk does not run with ${forbiddenFlags.join(', ')}`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  restartOnFatalError(process, app, (message) => consoleLogger.error(message), { env: process.env });
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
  // Keys stay free only in an engineer's window run from the sources.
  hardenApp(app, APP_ORIGIN, { lockKeys: !(windowed && !app.isPackaged) });
  // No menu, and so none of its Reload, Zoom or Quit accelerators, in the kiosk.
  if (!windowed) Menu.setApplicationMenu(null);
  let kiosk: StartedKiosk | undefined;
  let host: RunningHost | undefined;
  let window: BrowserWindow | undefined;
  let dailyRestart: { stop(): void } | undefined;

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
    hardenSession(session.defaultSession, APP_ORIGIN);

    const dataDir = resolveDataDir(flag('--data-dir') ?? process.env.MOTCUA_DATA_DIR ?? app.getPath('userData'));
    const configPath = flag('--config');
    // A clean stop (before-quit closes the store), then the same app again.
    const restart = () => {
      app.relaunch();
      app.quit();
    };
    kiosk = startKiosk({ dataDir, ...(configPath ? { configPath } : {}), onRestartRequested: restart });
    registerBridgeIpc(kiosk.runtime, APP_ORIGIN);
    const runtime = kiosk.runtime;
    dailyRestart = scheduleDailyRestart({
      setting: () => {
        const { maintenance, servicePoint } = runtime.configuration;
        return { at: maintenance.dailyRestartAt, timeZone: servicePoint.timeZone };
      },
      restart,
      isIdle: () => {
        const view = runtime.currentView();
        return view.screen === 'attract' && view.staff === null;
      },
      log: (message) => consoleLogger.info(message),
    });
    const { address, port } = kiosk.runtime.hostConfig;
    startHttpHost({ runtime: kiosk.runtime, rendererDir: RENDERER_DIR, address, port, logger: consoleLogger }).then(
      (running) => {
        host = running;
        consoleLogger.info(`counter pages, display board and ticket status pages at ${running.url}`);
      },
      // The citizen's kiosk works without it: say why the counters cannot reach it.
      (error: unknown) => consoleLogger.error(`the queue's pages could not start on ${address}:${port}: ${String(error)}`),
    );

    window = openKioskWindow(BrowserWindow, PRELOAD, { kiosk: !windowed, packaged: app.isPackaged });
    window.once('ready-to-show', () => window?.show());
    // A crashed or hung page is reloaded; the session lives in the runtime, so nothing is lost.
    const page = window.webContents;
    // A load cut short (the page died again) is logged here, not taken for a fault of this process.
    const load = () => page.loadURL(APP_ENTRY).catch((error: unknown) => consoleLogger.error(`kiosk page did not load: ${String(error)}`));
    const watchdog = new RendererWatchdog(
      { reload: () => void load(), crash: () => page.forcefullyCrashRenderer() },
      { log: (message) => consoleLogger.error(message) },
    );
    page.on('unresponsive', () => watchdog.unresponsive());
    page.on('responsive', () => watchdog.responsive());
    page.on('render-process-gone', (_event, details) => watchdog.gone(details.reason));
    window.once('closed', () => watchdog.stop());
    void load();
  });

  // Explicit shutdown: stop the session and close the database before the process goes.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || kiosk === undefined) return;
    event.preventDefault();
    quitting = true;
    dailyRestart?.stop();
    const stopping = kiosk;
    void Promise.resolve(host?.close())
      .then(() => stopping.stop())
      // A failed stop is logged; it must not count as a crash and relaunch an app being closed.
      .catch((error: unknown) => consoleLogger.error(`stopping the kiosk: ${String(error)}`))
      .finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
