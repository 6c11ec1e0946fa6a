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
    if (originOf(requestingOrigin) !== appOrigin) return false;
    if (permission !== 'media') return false;
    // A check (no mediaTypes given) may pass; a request must ask for video and nothing else.
    return mediaTypes === undefined || (mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video'));
  };
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '';
  }
}
