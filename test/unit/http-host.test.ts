import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { HostMessage } from '../../bridge/contract.js';
import type { RunningHost } from '../../runtime/host/http-host.js';
import { type HostedHarness, startHostedHarness } from '../helpers/hosted-harness.js';
import type { Harness } from '../helpers/kiosk-harness.js';

let hosted: HostedHarness;
let kiosk: Harness;
let host: RunningHost;

beforeEach(async () => {
  hosted = await startHostedHarness();
  ({ kiosk, host } = hosted);
});
afterEach(() => hosted.close());

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(new URL(path, host.url), { method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A bridge client that collects every message the host sends. */
async function connect(headers: Record<string, string> = {}) {
  const socket = new WebSocket(new URL('/bridge', host.url.replace('http', 'ws')), { headers });
  const messages: HostMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as HostMessage));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const next = async (match: (message: HostMessage) => boolean) => {
    for (let waited = 0; waited < 2000; waited += 10) {
      const found = messages.find(match);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('no such message from the host');
  };
  return { socket, messages, next };
}

describe('browser host: http', () => {
  it('listens on loopback and serves the renderer with a strict CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>kiosk</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a foreign Host header (DNS rebinding) and methods other than GET', async () => {
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(421);
    expect((await get('/', {}, 'POST')).status).toBe(405);
    expect((await get('/no-such-file.js')).status).toBe(404);
  });
});

describe('browser host: bridge WebSocket', () => {
  it('pushes the current view on connect and after each event', async () => {
    const client = await connect();
    expect(await client.next((m) => m.type === 'view')).toMatchObject({ view: { screen: 'attract' } });
    client.socket.send(JSON.stringify({ type: 'send', id: 1, event: { type: 'ui.touch' } }));
    expect(await client.next((m) => m.type === 'reply')).toEqual({ type: 'reply', id: 1, result: { ok: true } });
    expect(await client.next((m) => m.type === 'view')).toMatchObject({ view: { screen: 'greeting' } });
    client.socket.close();
  });

  it('answers getInfo', async () => {
    const client = await connect();
    client.socket.send(JSON.stringify({ type: 'call', id: 7, method: 'getInfo' }));
    expect(await client.next((m) => m.type === 'reply')).toMatchObject({ id: 7, result: { transport: 'websocket', kioskId: 'kiosk-1' } });
    client.socket.close();
  });

  it.each([
    ['not json', 'not JSON'],
    [JSON.stringify({ type: 'exec', id: 1 }), 'malformed message: type'],
    [JSON.stringify({ type: 'send', id: -1, event: {} }), 'malformed message: id'],
    [JSON.stringify({ type: 'call', id: 2, method: 'deleteAll' }), 'malformed message: method'],
  ])('answers the malformed message %s with a clear error and carries on', async (raw, message) => {
    const client = await connect();
    await client.next((m) => m.type === 'view');
    client.socket.send(raw);
    const error = await client.next((m) => m.type === 'error');
    expect(error.type === 'error' && error.message).toContain(message);
    client.socket.send(JSON.stringify({ type: 'send', id: 3, event: { type: 'ui.touch' } }));
    expect(await client.next((m) => m.type === 'view')).toMatchObject({ view: { screen: 'greeting' } });
    client.socket.close();
  });

  it('rejects an unknown event in its reply without changing the screen', async () => {
    const client = await connect();
    client.socket.send(JSON.stringify({ type: 'send', id: 4, event: { type: 'ui.openDevTools' } }));
    const reply = await client.next((m) => m.type === 'reply');
    expect(reply).toMatchObject({ id: 4, result: { ok: false } });
    expect(kiosk.screen()).toBe('attract');
    client.socket.close();
  });

  it('refuses a page from another origin', async () => {
    await expect(connect({ Origin: 'https://evil.example' })).rejects.toThrow(/403/);
    expect(kiosk.logger.lines.join('\n')).toContain('refused a connection from origin https://evil.example');
  });

  it('refuses JSON messages larger than the contract needs, and closes on frames over the limit', async () => {
    const client = await connect();
    await client.next((m) => m.type === 'view');
    client.socket.send(JSON.stringify({ type: 'send', id: 1, event: { type: 'ui.touch', pad: 'x'.repeat(64 * 1024) } }));
    const error = await client.next((m) => m.type === 'error');
    expect(error.type === 'error' && error.message).toBe('message too large');
    expect(kiosk.screen()).toBe('attract');
    const closed = new Promise<number>((resolve) => client.socket.once('close', (code) => resolve(code)));
    client.socket.send(Buffer.alloc(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
  });

  it('carries staff requests, large ones too, and answers each with its reply', async () => {
    const client = await connect();
    await client.next((m) => m.type === 'view');
    client.socket.send(JSON.stringify({ type: 'staff', id: 7, request: { type: 'cornerTap' } }));
    expect(await client.next((m) => m.type === 'reply')).toEqual({ type: 'reply', id: 7, result: { ok: true, result: { opened: false } } });
    // Past the 16 KB of citizen messages: parsed, and refused by the staff protocol, not by size.
    client.socket.send(JSON.stringify({ type: 'staff', id: 8, request: { type: 'openDay', pad: 'x'.repeat(64 * 1024) } }));
    expect(await client.next((m) => m.type === 'reply')).toMatchObject({ id: 8, result: { ok: false, reason: 'invalid' } });
    client.socket.close();
  });

  it('drops a camera frame when no camera read is waiting', async () => {
    const client = await connect();
    await client.next((m) => m.type === 'view');
    client.socket.send(Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    client.socket.send(JSON.stringify({ type: 'send', id: 2, event: { type: 'ui.touch' } }));
    expect(await client.next((m) => m.type === 'reply')).toMatchObject({ id: 2, result: { ok: true } });
    expect(kiosk.screen()).toBe('greeting');
    client.socket.close();
  });
});
