import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin.js';
import { forbiddenDebugFlags } from '../../electron/debug-flags.js';
import { hardenApp, hardenSession, hardenWebContents } from '../../electron/harden.js';
import { type KeyInput, isBlockedKeyCombo } from '../../electron/key-combos.js';

const press = (key: string, modifiers: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});
const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };

describe('keys that leave or reload the kiosk', () => {
  it('swallows reload, close, quit, print, new window, back, full screen, zoom, dev tools and the menu', () => {
    const blocked: Array<[string, KeyInput]> = [
      ['Ctrl+R', press('r', ctrl)],
      ['Cmd+R', press('r', cmd)],
      ['Ctrl+Shift+R', press('R', ctrlShift)],
      ['F5', press('F5')],
      ['Ctrl+F5', press('F5', ctrl)],
      ['F11', press('F11')],
      ['F12', press('F12')],
      ['F7 caret browsing', press('F7')],
      ['Ctrl+Shift+I', press('I', ctrlShift)],
      ['Ctrl+Shift+J', press('J', ctrlShift)],
      ['Ctrl+Shift+C', press('C', ctrlShift)],
      ['Cmd+Option+I', press('ˆ', { meta: true, alt: true, code: 'KeyI' })],
      ['Alt+F4', press('F4', { alt: true })],
      ['Ctrl+W', press('w', ctrl)],
      ['Ctrl+Q', press('q', ctrl)],
      ['Cmd+Q', press('q', cmd)],
      ['Cmd+H', press('h', cmd)],
      ['Cmd+M', press('m', cmd)],
      ['Alt+Left', press('ArrowLeft', { alt: true })],
      ['Alt+Right', press('ArrowRight', { alt: true })],
      ['Alt+Home', press('Home', { alt: true })],
      ['Alt+Space', press(' ', { alt: true })],
      ['Ctrl+P', press('p', ctrl)],
      ['Ctrl+N', press('n', ctrl)],
      ['Ctrl+Shift+N', press('N', ctrlShift)],
      ['Ctrl+T', press('t', ctrl)],
      ['Ctrl+O', press('o', ctrl)],
      ['Ctrl+S', press('s', ctrl)],
      ['Ctrl+U', press('u', ctrl)],
      ['Ctrl+plus', press('+', { control: true, shift: true, code: 'Equal' })],
      ['Ctrl+=', press('=', { control: true, code: 'Equal' })],
      ['Ctrl+minus', press('-', { control: true, code: 'Minus' })],
      ['Ctrl+0', press('0', { control: true, code: 'Digit0' })],
      ['Ctrl+numpad plus', press('+', { control: true, code: 'NumpadAdd' })],
      ['Ctrl+numpad minus', press('-', { control: true, code: 'NumpadSubtract' })],
      ['Alt alone', press('Alt', { alt: true })],
      ['browser back key', press('BrowserBack')],
      ['browser refresh key', press('BrowserRefresh')],
      ['browser home key', press('BrowserHome')],
      ['Ctrl+R on a layout where R is another letter', press('к', { control: true, code: 'KeyR' })],
    ];
    expect(blocked.filter(([, input]) => !isBlockedKeyCombo(input)).map(([name]) => name)).toEqual([]);
  });

  it('lets typing, navigation within the page and editing through', () => {
    const allowed: Array<[string, KeyInput]> = [
      ['a', press('a', { code: 'KeyA' })],
      ['R', press('R', { shift: true, code: 'KeyR' })],
      ['ư (Telex)', press('ư')],
      ['digits', press('7', { code: 'Digit7' })],
      ['0', press('0', { code: 'Digit0' })],
      ['-', press('-', { code: 'Minus' })],
      ['+', press('+', { shift: true, code: 'Equal' })],
      ['Enter', press('Enter')],
      ['Escape', press('Escape')],
      ['Backspace', press('Backspace')],
      ['Tab', press('Tab')],
      ['Shift+Tab', press('Tab', { shift: true })],
      ['arrows', press('ArrowLeft')],
      ['Space', press(' ')],
      ['Ctrl+A', press('a', ctrl)],
      ['Ctrl+C', press('c', ctrl)],
      ['Ctrl+V', press('v', ctrl)],
      ['Ctrl+X', press('x', ctrl)],
      ['Ctrl+Z', press('z', ctrl)],
      ['Shift alone', press('Shift', { shift: true })],
      ['Control alone', press('Control', ctrl)],
    ];
    expect(allowed.filter(([, input]) => isBlockedKeyCombo(input)).map(([name]) => name)).toEqual([]);
  });
});

describe('debugging flags refused in a packaged kiosk', () => {
  const exe = '/opt/motcua/motcua';

  it('finds none in an ordinary start', () => {
    expect(forbiddenDebugFlags([exe], {}, 'linux')).toEqual([]);
    expect(forbiddenDebugFlags([exe, '--data-dir', '/var/lib/motcua', '--config', '/etc/motcua/kiosk.yaml', '--windowed'], { PATH: '/usr/bin' }, 'linux')).toEqual([]);
    expect(forbiddenDebugFlags([exe], { NODE_OPTIONS: '--max-old-space-size=2048' }, 'linux')).toEqual([]);
  });

  it('finds remote debugging, the inspector, V8 flags and a weakened renderer, however written', () => {
    for (const flag of [
      '--remote-debugging-port=9222',
      '--remote-debugging-port',
      '--remote-debugging-pipe',
      '--remote-debugging-address=0.0.0.0',
      '--remote-allow-origins=*',
      '-remote-debugging-port=9222',
      '--REMOTE-DEBUGGING-PORT=9222',
      '--inspect',
      '--inspect=0.0.0.0:9229',
      '--inspect-brk',
      '--inspect-brk=9229',
      '--inspect-port=9229',
      '--inspect-wait',
      '--debug',
      '--js-flags=--inspect',
      '--js-flags=--allow-natives-syntax',
      '--no-sandbox',
      '--disable-web-security',
      '--disable-site-isolation-trials',
      '--allow-running-insecure-content',
      '--ignore-certificate-errors',
    ]) {
      expect(forbiddenDebugFlags([exe, '--windowed', flag], {}, 'linux'), flag).toEqual([flag]);
    }
  });

  it('reads Windows switches written with a slash, and no slash path on Linux', () => {
    expect(forbiddenDebugFlags(['motcua.exe', '/remote-debugging-port=9222'], {}, 'win32')).toEqual(['/remote-debugging-port=9222']);
    expect(forbiddenDebugFlags([exe, '/inspect'], {}, 'linux')).toEqual([]);
  });

  it('does not mistake the program path or a value for a switch', () => {
    expect(forbiddenDebugFlags(['--inspect'], {}, 'linux')).toEqual([]);
    expect(forbiddenDebugFlags([exe, '--config', 'inspect.yaml'], {}, 'linux')).toEqual([]);
  });

  it('finds Node mode and an inspector or preloaded code in NODE_OPTIONS', () => {
    expect(forbiddenDebugFlags([exe], { ELECTRON_RUN_AS_NODE: '1' }, 'linux')).toEqual(['ELECTRON_RUN_AS_NODE']);
    for (const options of ['--inspect', '--inspect=9229', '--inspect-brk', '--max-old-space-size=2048 --inspect-port=1', '-r ./evil.js', '--require=./evil.js', '--import ./evil.mjs', '--loader ./l.mjs']) {
      expect(forbiddenDebugFlags([exe], { NODE_OPTIONS: options }, 'linux'), options).toEqual([`NODE_OPTIONS=${options}`]);
    }
  });
});

/** Electron's webContents, as far as hardening reaches: events, preventable, and the window-open handler. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emit an event the way Electron does, and say whether a listener prevented it. */
  prevented(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    this.emit(name, event, ...args);
    return prevented;
  }
  /** will-frame-navigate carries its details on the event itself. */
  preventedFrameNavigation(url: string): boolean {
    let prevented = false;
    this.emit('will-frame-navigate', { url, isMainFrame: false, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

const hardened = (lockKeys: boolean) => {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents, APP_ORIGIN, { lockKeys });
  return contents;
};

describe('hardening of a web contents', () => {
  it('keeps every frame on the app and opens no window or webview', () => {
    const contents = hardened(true);
    expect(contents.prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.prevented('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(contents.prevented('will-redirect', 'app://kiosk@evil/')).toBe(true);
    expect(contents.preventedFrameNavigation('javascript:alert(1)')).toBe(true);
    expect(contents.preventedFrameNavigation(`${APP_ORIGIN}/board.html`)).toBe(false);
    expect(contents.prevented('will-attach-webview', {}, {})).toBe(true);
    expect(contents.windowOpenHandler?.({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
  });

  it('swallows blocked keys and lets typing through', () => {
    const contents = hardened(true);
    expect(contents.prevented('before-input-event', press('r', ctrl))).toBe(true);
    expect(contents.prevented('before-input-event', press('F12'))).toBe(true);
    expect(contents.prevented('before-input-event', press('a'))).toBe(false);
  });

  it('leaves the keys to an engineer when asked', () => {
    expect(hardened(false).prevented('before-input-event', press('F12'))).toBe(false);
  });

  it('hardens every web contents the app makes', () => {
    const app = new EventEmitter();
    hardenApp(app as unknown as App, APP_ORIGIN, { lockKeys: true });
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.prevented('before-input-event', press('q', ctrl))).toBe(true);
  });
});

describe('hardening of the session', () => {
  class FakeSession extends EventEmitter {
    request: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void) | undefined;
    check: ((contents: unknown, permission: string, origin: string) => boolean) | undefined;
    device: (() => boolean) | undefined;
    setPermissionRequestHandler(handler: FakeSession['request']) {
      this.request = handler;
    }
    setPermissionCheckHandler(handler: FakeSession['check']) {
      this.check = handler;
    }
    setDevicePermissionHandler(handler: FakeSession['device']) {
      this.device = handler;
    }
  }
  const session = new FakeSession();
  hardenSession(session as unknown as Session, APP_ORIGIN);
  const ask = (permission: string, details: object) => {
    let granted: boolean | undefined;
    session.request?.(null, permission, (answer) => (granted = answer), details);
    return granted;
  };

  it('answers requests from the policy: the camera and the microphone for the app page only', () => {
    expect(ask('media', { requestingUrl: `${APP_ORIGIN}/index.html`, mediaTypes: ['video'] })).toBe(true);
    expect(ask('media', { requestingUrl: `${APP_ORIGIN}/index.html`, mediaTypes: ['audio'] })).toBe(true);
    expect(ask('media', { requestingUrl: `${APP_ORIGIN}/index.html`, mediaTypes: ['unknown'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] })).toBe(false);
    expect(ask('geolocation', { requestingUrl: `${APP_ORIGIN}/index.html` })).toBe(false);
    expect(session.check?.(null, 'notifications', APP_ORIGIN)).toBe(false);
    expect(session.check?.(null, 'media', APP_ORIGIN)).toBe(true);
    expect(session.device?.()).toBe(false);
  });

  it('refuses every download', () => {
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
