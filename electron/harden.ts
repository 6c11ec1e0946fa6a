/**
 * Security rules for every web contents, hooked on `web-contents-created` so windows made later are
 * covered too: no navigation away (in any frame), no new windows, no webviews, no keys that reload
 * or leave the page; and for the session a deny-by-default permission table whose only exception is
 * the kiosk page's own camera and microphone (the card's picture, speech recognition), and no downloads. Electron comes in only as types: tested with stand-ins.
 */
import type { App, Session, WebContents } from 'electron';
import { isBlockedKeyCombo } from './key-combos.js';
import { isAllowedNavigation } from './navigation.js';
import { createPermissionPolicy } from './permissions.js';

export interface HardenOptions {
  /** Swallow reload, close, zoom and dev-tools keys (off only in an engineer's unpackaged window). */
  lockKeys: boolean;
}

export function hardenWebContents(contents: WebContents, appOrigin: string, options: HardenOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (options.lockKeys) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedKeyCombo(input)) event.preventDefault();
    });
  }
}

export function hardenSession(session: Session, appOrigin: string): void {
  const allow = createPermissionPolicy(appOrigin);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(allow({ permission, requestingOrigin: details.requestingUrl, ...(mediaTypes ? { mediaTypes } : {}) }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allow({ permission, requestingOrigin }));
  session.setDevicePermissionHandler(() => false);
  // Nothing is saved to the kiosk's disk from a page.
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenApp(app: App, appOrigin: string, options: HardenOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, options));
}
