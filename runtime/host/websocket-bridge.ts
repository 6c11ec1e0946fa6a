/**
 * The bridge over a WebSocket: the browser host's transport of the same contract Electron's IPC
 * carries. Every message is parsed against the contract; a malformed one gets an error reply and
 * changes nothing.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  type HostMessage,
  MAX_CARD_FRAME_BYTES,
  MAX_JSON_MESSAGE_BYTES,
  MAX_STAFF_MESSAGE_BYTES,
  clientMessageSchema,
} from '../../bridge/contract.js';
import type { KioskRuntime } from '../kiosk-runtime.js';
import type { Logger } from '../log.js';
import { frameBytes, parseSocketMessage } from './parse-socket-message.js';
import type { SocketEndpoint } from './socket-endpoint.js';

export const BRIDGE_PATH = '/bridge';

export class WebSocketBridge implements SocketEndpoint {
  readonly path = BRIDGE_PATH;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: Math.max(MAX_CARD_FRAME_BYTES, MAX_STAFF_MESSAGE_BYTES) });

  constructor(
    private readonly runtime: KioskRuntime,
    private readonly logger: Logger,
  ) {
    this.server.on('connection', (socket) => this.serve(socket));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  private serve(socket: WebSocket): void {
    const post = (message: HostMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const unsubscribe = this.runtime.subscribe((view) => post({ type: 'view', view }));
    socket.on('close', unsubscribe);
    socket.on('error', (error) => this.logger.warn(`bridge socket: ${error.message}`));
    socket.on('message', (data, isBinary) => {
      const reject = (message: string) => {
        this.logger.warn(`bridge: ${message}`);
        post({ type: 'error', message });
      };
      const bytes = frameBytes(data);
      if (isBinary) {
        // The socket's limit leaves room for a staff file; a card frame has its own, smaller one.
        if (bytes.byteLength > MAX_CARD_FRAME_BYTES) return socket.close(1009, 'frame too large');
        return this.runtime.acceptCardFrame(new Uint8Array(bytes));
      }
      const parsed = parseSocketMessage(bytes, clientMessageSchema, MAX_STAFF_MESSAGE_BYTES);
      if (!parsed.ok) return reject(parsed.error);
      const { message } = parsed;
      // Only a staff request may carry a file; everything else stays small.
      if (message.type !== 'staff' && bytes.byteLength > MAX_JSON_MESSAGE_BYTES) return reject('message too large');
      if (message.type === 'send') {
        post({ type: 'reply', id: message.id, result: this.runtime.dispatch(message.event) });
      } else if (message.type === 'staff') {
        void this.runtime.staffRequest(message.request).then((result) => post({ type: 'reply', id: message.id, result }));
      } else {
        const result = message.method === 'getInfo' ? this.runtime.info('websocket') : this.runtime.deviceStatus();
        post({ type: 'reply', id: message.id, result });
      }
    });
  }

  close(): void {
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }
}
