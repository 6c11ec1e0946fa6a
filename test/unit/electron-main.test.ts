/**
 * electron/main.ts run against stand-ins for Electron, the runtime and its host: that it wires the
 * hardening functions (each tested on its own elsewhere) where they belong. Each case imports a
 * fresh copy of main.ts with its own command line.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWebContents extends EventEmitter {
  loadURL = vi.fn(() => Promise.resolve());
  forcefullyCrashRenderer = vi.fn();
  setWindowOpenHandler = vi.fn();
}

class FakeWindow extends EventEmitter {
  static made: FakeWindow[] = [];
  webContents = new FakeWebContents();
  show = vi.fn();
  isMinimized = () => false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.made.push(this);
  }
}

type FakeApp = EventEmitter & {
  isPackaged: boolean;
  exit: ReturnType<typeof vi.fn>;
  quit: ReturnType<typeof vi.fn>;
  relaunch: ReturnType<typeof vi.fn>;
  requestSingleInstanceLock: ReturnType<typeof vi.fn>;
  whenReady: ReturnType<typeof vi.fn>;
  getPath: ReturnType<typeof vi.fn>;
};

/** What the stand-ins saw; the mock factories below read it when main.ts is imported (in a test). */
const fake = {
  app: new EventEmitter() as FakeApp,
  ready: () => {},
  menu: vi.fn(),
  logs: [] as string[],
  reset(packaged: boolean) {
    FakeWindow.made = [];
    fake.logs = [];
    fake.menu = vi.fn();
    let markReady = () => {};
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    fake.app = Object.assign(new EventEmitter(), {
      isPackaged: packaged,
      exit: vi.fn(),
      quit: vi.fn(),
      relaunch: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(() => ready),
      getPath: vi.fn(() => '/tmp/motcua-electron-main-test'),
    });
    fake.ready = markReady;
  },
};

vi.mock('electron', () => ({
  get app() {
    return fake.app;
  },
  Menu: { setApplicationMenu: (menu: unknown) => fake.menu(menu) },
  BrowserWindow: FakeWindow,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn(), on: vi.fn() },
  session: {
    defaultSession: Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }),
  },
}));
vi.mock('../../runtime/data-dir.js', () => ({ resolveDataDir: (dir: string) => dir }));
vi.mock('../../runtime/log.js', () => {
  const line = (level: string) => (message: string) => fake.logs.push(`${level}: ${message}`);
  return { consoleLogger: { info: line('info'), warn: line('warn'), error: line('error') } };
});
vi.mock('../../runtime/host/http-host.js', () => ({ startHttpHost: vi.fn(() => new Promise(() => {})) }));
vi.mock('../../runtime/start-kiosk.js', () => ({
  startKiosk: vi.fn(() => ({
    runtime: {
      hostConfig: { address: '127.0.0.1', port: 0 },
      configuration: { maintenance: { dailyRestartAt: '03:00' }, servicePoint: { timeZone: 'Asia/Ho_Chi_Minh' } },
      currentView: () => ({ screen: 'attract', staff: null }),
    },
    configPath: undefined,
    stop: vi.fn(() => Promise.resolve()),
  })),
}));

const argv = process.argv;

async function startMain(options: { packaged: boolean; args?: string[] }): Promise<void> {
  fake.reset(options.packaged);
  process.argv = ['/opt/motcua/motcua', ...(options.args ?? [])];
  vi.resetModules();
  await import('../../electron/main.js');
}

async function ready(): Promise<FakeWindow> {
  fake.ready();
  await vi.waitFor(() => expect(FakeWindow.made).toHaveLength(1));
  return FakeWindow.made[0]!;
}

beforeEach(() => {
  // main.ts adds its fatal-error listeners to the process: keep the test runner's own.
  vi.spyOn(process, 'on').mockImplementation(() => process);
});
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('electron/main.ts', () => {
  it('refuses a packaged start with a remote-debugging flag, saying why', async () => {
    await startMain({ packaged: true, args: ['--remote-debugging-port=9222'] });
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(fake.logs).toEqual(['error: refusing to start: a packaged kiosk does not run with --remote-debugging-port=9222']);
  });

  it('lets an engineer run the sources with such a flag', async () => {
    await startMain({ packaged: false, args: ['--inspect', '--windowed'] });
    expect(fake.app.exit).not.toHaveBeenCalled();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('opens a locked-down kiosk window without a menu and restarts on a fatal error', async () => {
    await startMain({ packaged: true });
    expect(fake.menu).toHaveBeenCalledWith(null);
    expect(process.on).toHaveBeenCalledWith('uncaughtException', expect.any(Function));
    expect(process.on).toHaveBeenCalledWith('unhandledRejection', expect.any(Function));
    const window = await ready();
    expect(window.options).toMatchObject({ kiosk: true, webPreferences: { sandbox: true, contextIsolation: true, devTools: false } });
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
  });

  it('swallows reload keys in every web contents the app makes', async () => {
    await startMain({ packaged: true });
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('before-input-event', { preventDefault: () => (prevented = true) }, { key: 'F5', control: false, meta: false, alt: false, shift: false });
    expect(prevented).toBe(true);
  });

  it('reloads the page after a crash, and kills and reloads it after a hang', async () => {
    await startMain({ packaged: true });
    const { webContents } = await ready();
    webContents.loadURL.mockClear();
    webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(webContents.loadURL).toHaveBeenCalledTimes(1);

    vi.useFakeTimers();
    webContents.emit('unresponsive');
    vi.advanceTimersByTime(1_000);
    expect(webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(webContents.loadURL).toHaveBeenCalledTimes(2);
  });

  it('relaunches the app at the configured quiet hour', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-03-09T19:59:00Z')); // 02:59 in Hà Nội
    await startMain({ packaged: true });
    fake.ready();
    await vi.waitFor(() => expect(FakeWindow.made).toHaveLength(1));
    expect(fake.app.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(fake.app.relaunch).toHaveBeenCalledTimes(1);
    expect(fake.app.quit).toHaveBeenCalled();
  });

  it('relaunches the app when staff ask for a restart in staff mode', async () => {
    await startMain({ packaged: true });
    await ready();
    const { startKiosk } = await import('../../runtime/start-kiosk.js');
    const options = vi.mocked(startKiosk).mock.calls[0]?.[0];
    expect(fake.app.relaunch).not.toHaveBeenCalled();
    options?.onRestartRequested?.();
    expect(fake.app.relaunch).toHaveBeenCalledTimes(1);
    expect(fake.app.quit).toHaveBeenCalled();
  });
});
