import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../electron/app-files.js';
import { APP_HOST, APP_ORIGIN } from '../../electron/app-origin.js';
import { isAllowedNavigation } from '../../electron/navigation.js';
import { createPermissionPolicy } from '../../electron/permissions.js';
import { openKioskWindow } from '../../electron/window-options.js';

/** Stands in for Electron's BrowserWindow: keeps the options it was made with. */
class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

function kioskWindowOptions(preload: string, mode: { kiosk: boolean; packaged: boolean }): BrowserWindowConstructorOptions {
  return openKioskWindow(RecordingWindow, preload, mode).options;
}

describe('kiosk window options', () => {
  it('locks the renderer down in kiosk mode', () => {
    const options = kioskWindowOptions('/app/preload.cjs', { kiosk: true, packaged: true });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('keeps the same lockdown in an engineer window, only framed and with dev tools', () => {
    const options = kioskWindowOptions('/p.cjs', { kiosk: false, packaged: false });
    expect(options).toMatchObject({ kiosk: false, frame: true });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
  });

  it('has no dev tools when packaged, even in an engineer window', () => {
    expect(kioskWindowOptions('/p.cjs', { kiosk: false, packaged: true }).webPreferences?.devTools).toBe(false);
    expect(kioskWindowOptions('/p.cjs', { kiosk: true, packaged: false }).webPreferences?.devTools).toBe(false);
  });
});

describe('permission policy', () => {
  const allow = createPermissionPolicy(APP_ORIGIN);
  it('grants the kiosk page the camera and the microphone, and nothing else', () => {
    const kioskPage = `${APP_ORIGIN}/index.html`;
    expect(allow({ permission: 'media', requestingOrigin: kioskPage, mediaTypes: ['video'] })).toBe(true);
    expect(allow({ permission: 'media', requestingOrigin: kioskPage, mediaTypes: ['audio'] })).toBe(true);
    expect(allow({ permission: 'media', requestingOrigin: kioskPage, mediaTypes: ['video', 'audio'] })).toBe(true);
    expect(allow({ permission: 'media', requestingOrigin: kioskPage, mediaTypes: [] })).toBe(false);
    expect(allow({ permission: 'media', requestingOrigin: kioskPage, mediaTypes: ['unknown'] })).toBe(false);
    expect(allow({ permission: 'media', requestingOrigin: kioskPage, mediaTypes: ['audio', 'screen'] })).toBe(false);
    // Every permission Electron names, and a made-up one: all refused, on a check and on a request.
    for (const permission of [
      'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen',
      'idle-detection', 'mediaKeySystem', 'midi', 'midiSysex', 'pointerLock', 'keyboardLock', 'openExternal',
      'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'fileSystem',
      'serial', 'hid', 'usb', 'bluetooth', 'unknown', 'something-new',
    ]) {
      expect(allow({ permission, requestingOrigin: APP_ORIGIN })).toBe(false);
      expect(allow({ permission, requestingOrigin: `${APP_ORIGIN}/index.html`, mediaTypes: ['video'] })).toBe(false);
      expect(allow({ permission, requestingOrigin: `${APP_ORIGIN}/index.html`, mediaTypes: ['audio'] })).toBe(false);
    }
  });

  it('lets the kiosk page check for the camera or microphone (a check names no devices)', () => {
    expect(allow({ permission: 'media', requestingOrigin: APP_ORIGIN })).toBe(true);
  });

  it('denies the camera and the microphone to any other origin, the app address in disguise included', () => {
    for (const origin of [
      'https://evil.example',
      'app://other',
      'app://kiosk.evil',
      'app://kiosk@evil',
      'app://user@kiosk',
      'app://kiosk:8080',
      'http://kiosk',
      'https://kiosk',
      'http://127.0.0.1:8080',
      'file:///etc/passwd',
      'null',
      'not a url',
      '',
    ]) {
      for (const mediaTypes of [['video'], ['audio'], ['video', 'audio']]) {
        expect(allow({ permission: 'media', requestingOrigin: origin, mediaTypes })).toBe(false);
      }
      expect(allow({ permission: 'media', requestingOrigin: origin })).toBe(false);
    }
  });
});

describe('navigation lock', () => {
  it('allows the kiosk pages', () => {
    for (const url of [`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html?lang=en#top`, 'APP://kiosk/index.html']) {
      expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(true);
    }
  });

  it('refuses every hostile address', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.domain)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      'FILE:///C:/Windows/System32/cmd.exe',
      'http://evil.example/',
      'https://evil.example/app://kiosk/index.html',
      'https://evil.example/?next=app://kiosk/',
      'http://127.0.0.1:8080/counter.html',
      'ws://127.0.0.1:8080/queue',
      'app://kiosk.evil/',
      'app://kiosk@evil/',
      'app://kiosk%2f@evil/',
      'app://kiosk\\@evil.example/',
      'app://user:password@kiosk/index.html',
      'app://kiosk:8080/index.html',
      'app://ki%6fsk/index.html',
      'app://xn--kisk-5qa/index.html',
      'app://kiosk./index.html',
      'app:kiosk/index.html',
      'app:///kiosk/index.html',
      'blob:app://kiosk/5f0c6a1e-0000-4000-8000-000000000000',
      'filesystem:app://kiosk/temporary/x.html',
      'view-source:app://kiosk/index.html',
      'about:blank',
      'about:srcdoc',
      'chrome://settings',
      'chrome://gpu',
      'devtools://devtools/bundled/inspector.html',
      '//evil.example/',
      '\\\\evil\\share\\x.html',
      'not a url',
      '',
    ];
    expect(hostile.length).toBeGreaterThanOrEqual(10);
    expect(hostile.filter((url) => isAllowedNavigation(url, APP_ORIGIN))).toEqual([]);
  });
});

describe('app:// file mapping', () => {
  const root = '/opt/motcua/dist/renderer';
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile('app://kiosk/index.html', root, APP_HOST)).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://kiosk/', root, APP_HOST)).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://kiosk/assets/main-1a2b.js?v=1', root, APP_HOST)).toBe(`${root}/assets/main-1a2b.js`);
  });

  it('never maps a traversal attempt outside the folder', () => {
    for (const url of [
      'app://kiosk/../../etc/passwd',
      'app://kiosk/%2e%2e/%2e%2e/etc/passwd',
      'app://kiosk/assets/..%2f..%2f..%2fetc/passwd',
      'app://kiosk/assets/..%5c..%5cwindows',
    ]) {
      const file = resolveAppFile(url, root, APP_HOST);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    }
  });

  it('refuses other hosts, NUL bytes and broken escapes', () => {
    for (const url of ['app://kiosk/a%00.js', 'app://kiosk/%E0%A4%A', 'app://elsewhere/index.html', 'nonsense']) {
      expect(resolveAppFile(url, root, APP_HOST)).toBeNull();
    }
  });
});
