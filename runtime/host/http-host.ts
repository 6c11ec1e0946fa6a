/**
 * The browser host: the renderer's files and the bridge WebSocket over http, on loopback unless
 * the config opens it. Development, the end-to-end tests and (later) counter and display pages
 * use it; Electron does not need it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { KioskRuntime } from '../kiosk-runtime.js';
import type { Logger } from '../log.js';
import { allowedHosts, isAllowedHost, isAllowedOrigin, isLoopbackPeer } from './allowed-hosts.js';
import { CounterSessions } from './counter-sessions.js';
import { CounterSocket } from './counter-socket.js';
import { dashboardHost } from './dashboard-host.js';
import { BoardSocket } from './board-socket.js';
import { KioskLinkSocket } from './kiosk-link-socket.js';
import { RatingSocket } from './rating-socket.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { STATUS_STYLESHEET, STATUS_STYLESHEET_PATH, ticketStatusPage } from './ticket-status-page.js';
import type { SocketEndpoint } from './socket-endpoint.js';
import { BRIDGE_PATH, WebSocketBridge } from './websocket-bridge.js';

export interface HostOptions {
  runtime: KioskRuntime;
  rendererDir: string;
  address: string;
  port: number;
  logger: Logger;
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

export async function startHttpHost(options: HostOptions): Promise<RunningHost> {
  // One count of wrong PINs per counter, whether typed at the counter page or the dashboard.
  const counterSessions = new CounterSessions({
    counters: () => options.runtime.configuration.counters,
    timeZone: options.runtime.configuration.servicePoint.timeZone,
    logger: options.logger,
  });
  const dashboard = dashboardHost(options.runtime, counterSessions, options.logger);
  // The queue's pages (counter, board) and other kiosks join the kiosk's own bridge here.
  const endpoints: SocketEndpoint[] = [
    new WebSocketBridge(options.runtime, options.logger),
    new BoardSocket(options.runtime.servicePoint, options.logger),
    new KioskLinkSocket({
      queue: options.runtime.servicePoint,
      store: options.runtime.store,
      rating: options.runtime.ratingHere,
      kioskKey: () => options.runtime.configuration.queue.kioskKey,
      logger: options.logger,
    }),
    new CounterSocket(options.runtime.servicePoint, counterSessions, options.logger),
    new RatingSocket(options.runtime.satisfaction, options.logger),
    dashboard.socket,
  ];
  const files = sirv(options.rendererDir, { etag: true, setHeaders: (res) => setSecurityHeaders(res) });
  let allowed = new Set<string>();

  const server: Server = createServer((req, res) => {
    setSecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, allowed)) {
      res.writeHead(421).end('unknown host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true }));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === STATUS_STYLESHEET_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(STATUS_STYLESHEET);
      return;
    }
    if (dashboard.serveExport(url, res)) return;
    const { runtime } = options;
    const page = ticketStatusPage(url, {
      store: runtime.store,
      queue: runtime.queue,
      config: runtime.configuration,
      satisfaction: runtime.satisfaction,
    });
    if (page !== null) {
      res.writeHead(page.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page.html);
      return;
    }
    files(req, res, () => {
      res.writeHead(404).end('not found');
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const endpoint = endpoints.find((candidate) => candidate.path === path);
    if (
      endpoint === undefined ||
      !isAllowedHost(req.headers.host, allowed) ||
      !isAllowedOrigin(req.headers.origin, req.headers.host)
    ) {
      options.logger.warn(`bridge: refused a connection from origin ${req.headers.origin ?? '(none)'} to ${req.headers.host ?? '?'}${path}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    // The kiosk's own bridge (its citizen session and staff mode) answers only this machine's screen,
    // also when the host is opened to counters and boards on the network.
    if (path === BRIDGE_PATH && !isLoopbackPeer(req.socket.remoteAddress)) {
      options.logger.warn(`bridge: refused the kiosk bridge to ${req.socket.remoteAddress ?? '?'} (not this machine)`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    endpoint.upgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowed = allowedHosts(options.address, port, options.runtime.configuration.host.publicUrl);
  const shownAddress = options.address === '0.0.0.0' || options.address === '::' ? '127.0.0.1' : options.address;
  return {
    url: `http://${shownAddress.includes(':') ? `[${shownAddress}]` : shownAddress}:${port}/`,
    async close() {
      for (const endpoint of endpoints) endpoint.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function setSecurityHeaders(res: { setHeader(name: string, value: string): unknown }): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
