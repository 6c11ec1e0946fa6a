import { isAllowedNavigation } from './navigation.js';

/**
 * Deny by default. The kiosk page may have the camera (to read an ID card) and the microphone
 * (speech recognition: a citizen says a question or "yes"), and only its own page may have them.
 * Pure, so it is tested without Electron.
 */
export interface PermissionQuery {
  permission: string;
  requestingOrigin: string;
  /** For 'media': which devices are asked for. */
  mediaTypes?: ReadonlyArray<string>;
}

const KIOSK_MEDIA: ReadonlySet<string> = new Set(['video', 'audio']);

export function createPermissionPolicy(appOrigin: string): (query: PermissionQuery) => boolean {
  return ({ permission, requestingOrigin, mediaTypes }) => {
    // The asker must be the app's own page, by the same rule that keeps the window on it.
    if (!isAllowedNavigation(requestingOrigin, appOrigin)) return false;
    if (permission !== 'media') return false;
    // A check (no mediaTypes given) may pass; a request must name the camera or the microphone and nothing else.
    return mediaTypes === undefined || (mediaTypes.length > 0 && mediaTypes.every((type) => KIOSK_MEDIA.has(type)));
  };
}
