/**
 * The kiosk window stays on the kiosk page: any other navigation is refused, and so is the app's own
 * address dressed up with a user name or password (`app://kiosk@evil` goes to evil, and
 * `app://user@kiosk` is no page of ours). Pure, tested without Electron.
 */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.username === '' && parsed.password === '' && `${parsed.protocol}//${parsed.host}` === appOrigin;
}
