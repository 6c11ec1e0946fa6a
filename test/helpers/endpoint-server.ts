/**
 * A host socket endpoint on its own loopback http server, as the browser host hands it upgrades,
 * for the endpoint's tests. The endpoint is looked up at every upgrade, so a test may swap it.
 */
import { type RequestListener, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SocketEndpoint } from '../../runtime/host/socket-endpoint.js';

export interface EndpointServer {
  /** `127.0.0.1:<port>`, for plain http requests to the server. */
  readonly base: string;
  /** `ws://127.0.0.1:<port><the endpoint's path>`. */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveEndpoint(
  endpoint: () => SocketEndpoint,
  onRequest: RequestListener = (_request, response) => response.writeHead(404).end(),
): Promise<EndpointServer> {
  const server = createServer(onRequest);
  server.on('upgrade', (request, socket, head) => endpoint().upgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: `ws://${base}${endpoint().path}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
