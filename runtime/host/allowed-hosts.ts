/**
 * Which Host headers the browser host answers. Checking them (and the WebSocket's Origin) stops a
 * web page elsewhere, or a DNS-rebinding trick, from driving the kiosk through the citizen's browser.
 */
export function allowedHosts(address: string, port: number, publicUrl?: string): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  if (address !== '0.0.0.0' && address !== '::') names.add(address.includes(':') ? `[${address}]` : address);
  const hosts = new Set([...names].map((name) => `${name}:${port}`));
  // The address printed in the ticket's QR is the one phones use: staff chose it, so it is ours.
  if (publicUrl !== undefined) hosts.add(new URL(publicUrl).host.toLowerCase());
  return hosts;
}

export function isAllowedHost(hostHeader: string | undefined, allowed: Set<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
}

/** A browser always sends Origin on a WebSocket; it must be this host's own page. */
export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true; // not a browser: a test harness or a counter-side tool
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === hostHeader?.toLowerCase();
  } catch {
    return false;
  }
}

/** Whether a connection comes from this machine: the kiosk's own screen, never another on the network. */
export function isLoopbackPeer(remoteAddress: string | undefined): boolean {
  return remoteAddress === '::1' || /^(::ffff:)?127\./.test(remoteAddress ?? '');
}
