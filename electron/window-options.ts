import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The kiosk window: full screen, no frame or menu, and the renderer boxed in: isolated context,
 * OS sandbox, no Node, no webviews, nothing but the named functions of the preload.
 */
export function kioskWindowOptions(preloadPath: string, options: { kiosk: boolean }): BrowserWindowConstructorOptions {
  return {
    show: false,
    fullscreen: options.kiosk,
    kiosk: options.kiosk,
    frame: !options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#0b2545',
    title: 'motcua',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !options.kiosk,
    },
  };
}
