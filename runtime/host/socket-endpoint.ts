/**
 * One WebSocket path the browser host serves: the kiosk bridge, a counter page, a display board or
 * another kiosk numbering through this host. The host checks the Host header and the Origin before
 * handing the upgrade on; the endpoint parses every message itself.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export interface SocketEndpoint {
  readonly path: string;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Drop every client and stop accepting. */
  close(): void;
}
