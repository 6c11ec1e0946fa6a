/**
 * The kiosk's own bridge (its citizen session and staff mode) answers only this machine, also when
 * the host is opened to the network for counters and boards: a connection from another address is
 * refused and logged, while the board's socket on the same host stays open to it.
 */
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { isLoopbackPeer } from '../../runtime/host/allowed-hosts.js';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';

/** This machine's first address on a network, if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address !== undefined && !address.internal && address.family === 'IPv4')?.address;

let kiosk: Harness | undefined;
let host: RunningHost | undefined;
afterEach(async () => {
  await host?.close();
  await kiosk?.close();
});

/** Opens a socket to `address` while naming the host as the kiosk's own page would: resolves with the HTTP status. */
function open(address: string, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${address}:${port}${path}`, { headers: { Host: `127.0.0.1:${port}` } });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', reject);
  });
}

describe('who may reach the kiosk bridge', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.4.5.6', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    [undefined, false],
  ])('%s is this machine: %s', (address, loopback) => {
    expect(isLoopbackPeer(address)).toBe(loopback);
  });

  it.skipIf(lanAddress === undefined)('refuses the bridge to another machine and keeps the board open to it', async () => {
    kiosk = await startHarness();
    host = await startHttpHost({ runtime: kiosk.runtime, rendererDir: kiosk.dataDir, address: '0.0.0.0', port: 0, logger: kiosk.logger });
    const port = Number(new URL(host.url).port);
    expect(await open(lanAddress ?? '', port, '/bridge')).toBe(403);
    expect(kiosk.logger.lines.join('\n')).toContain(`refused the kiosk bridge to ${lanAddress}`);
    expect(await open(lanAddress ?? '', port, '/board')).toBe(101);
    expect(await open('127.0.0.1', port, '/bridge')).toBe(101);
  });
});
