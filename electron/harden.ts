/**
 * Security rules for every web contents, hooked on `web-contents-created` so windows made later are
 * covered too: no navigation away, no new windows, no webviews, and a deny-by-default permission
 * table with the camera as its only exception.
 */
import { type App, type Session, type WebContents } from 'electron';
import { isAllowedNavigation } from './navigation.js';
import { createPermissionPolicy } from './permissions.js';

export function hardenWebContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function applyPermissionPolicy(session: Session, appOrigin: string): void {
  const allow = createPermissionPolicy(appOrigin);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(allow({ permission, requestingOrigin: details.requestingUrl, ...(mediaTypes ? { mediaTypes } : {}) }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allow({ permission, requestingOrigin }));
  session.setDevicePermissionHandler(() => false);
}

export function hardenApp(app: App, appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin));
}
