import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../electron/app-files.js';
import { APP_HOST, APP_ORIGIN } from '../../electron/app-origin.js';
import { isAllowedNavigation } from '../../electron/navigation.js';
import { createPermissionPolicy } from '../../electron/permissions.js';
import { kioskWindowOptions } from '../../electron/window-options.js';

describe('kiosk window options', () => {
  it('locks the renderer down in kiosk mode', () => {
    const options = kioskWindowOptions('/app/preload.cjs', { kiosk: true });
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
      devTools: false,
    });
  });

  it('keeps the same lockdown in an engineer window, only framed and with dev tools', () => {
    const options = kioskWindowOptions('/p.cjs', { kiosk: false });
    expect(options).toMatchObject({ kiosk: false, frame: true });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
  });
});

describe('permission policy', () => {
  const allow = createPermissionPolicy(APP_ORIGIN);
  it('grants the kiosk page the camera and nothing else', () => {
    expect(allow({ permission: 'media', requestingOrigin: `${APP_ORIGIN}/index.html`, mediaTypes: ['video'] })).toBe(true);
    expect(allow({ permission: 'media', requestingOrigin: `${APP_ORIGIN}/index.html`, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(allow({ permission: 'media', requestingOrigin: `${APP_ORIGIN}/index.html`, mediaTypes: ['audio'] })).toBe(false);
    expect(allow({ permission: 'media', requestingOrigin: `${APP_ORIGIN}/index.html`, mediaTypes: [] })).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'serial', 'hid', 'openExternal', 'fullscreen']) {
      expect(allow({ permission, requestingOrigin: APP_ORIGIN })).toBe(false);
    }
  });

  it('denies the camera to any other origin', () => {
    for (const origin of ['https://evil.example', 'app://other', 'file:///etc/passwd', 'not a url', '']) {
      expect(allow({ permission: 'media', requestingOrigin: origin, mediaTypes: ['video'] })).toBe(false);
    }
  });
});

describe('navigation lock', () => {
  it('allows only the kiosk origin', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`, APP_ORIGIN)).toBe(true);
    for (const url of ['https://example.com', 'file:///etc/passwd', 'app://kiosk.evil/', 'javascript:alert(1)', 'about:blank', '']) {
      expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
    }
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
