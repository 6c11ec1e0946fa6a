/** The kiosk window stays on the kiosk page: any other navigation is refused. Pure, tested without Electron. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}
