import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** Electron's BrowserWindow, or a stand-in that records its options in the tests. */
export type BrowserWindowClass<W = ElectronBrowserWindow> = new (options: BrowserWindowConstructorOptions) => W;

export interface KioskWindowMode {
  /** Full screen, frameless, no way out (false: a framed window for engineers). */
  kiosk: boolean;
  /** Running from the installer's package: no DevTools, whatever the mode. */
  packaged: boolean;
}

/**
 * Open the kiosk window: full screen, no frame or menu, and the renderer boxed in: isolated
 * context, OS sandbox, no Node, no webviews, no middle-click windows, nothing but the named
 * functions of the preload. The class comes in as a parameter so the tests run without Electron,
 * and the options are written here, at the `new BrowserWindow`, where electronegativity reads them.
 */
export function openKioskWindow<W>(BrowserWindow: BrowserWindowClass<W>, preloadPath: string, mode: KioskWindowMode): W {
  return new BrowserWindow({
    show: false,
    fullscreen: mode.kiosk,
    kiosk: mode.kiosk,
    frame: !mode.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#0b2545',
    title: 'motcua',
    webPreferences: {
      // Electronegativity flags every preload for a human to review (PRELOAD_JS_CHECK, "review
      // required"). Reviewed: it exposes six named functions on fixed channels and no ipcRenderer,
      // held so by test/unit/electron-preload.test.ts.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click would open a link in a new window (refused anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !mode.packaged && !mode.kiosk,
    },
  });
}
