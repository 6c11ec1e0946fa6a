import { isAllowedNavigation } from './navigation.js';

/**
 * Deny by default. The one thing the kiosk page may have is the camera (to read an ID card), and
 * only its own page may have it. Pure, so it is tested without Electron.
 */
export interface PermissionQuery {
  permission: string;
  requestingOrigin: string;
  /** For 'media': which devices are asked for. */
  mediaTypes?: ReadonlyArray<string>;
}

export function createPermissionPolicy(appOrigin: string): (query: PermissionQuery) => boolean {
  return ({ permission, requestingOrigin, mediaTypes }) => {
    // The asker must be the app's own page, by the same rule that keeps the window on it.
    if (!isAllowedNavigation(requestingOrigin, appOrigin)) return false;
    if (permission !== 'media') return false;
    // A check (no mediaTypes given) may pass; a request must ask for video and nothing else.
    return mediaTypes === undefined || (mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video'));
  };
}
