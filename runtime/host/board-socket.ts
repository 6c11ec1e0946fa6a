/**
 * The display board's socket (`/board`): the board shows numbers only, never identity, so it
 * needs no sign-in. On connect it gets the whole board; after every queue change the new board
 * (changes within one tick are sent once), and for every call or recall an `announce` the page
 * speaks. Every incoming message is parsed; a malformed one gets an `error` and changes nothing.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { BOARD_PATH, type BoardCall, type BoardHostMessage, boardRequestSchema } from '../../bridge/queue-protocol.js';
import type { Logger } from '../log.js';
import type { QueueEvent } from '../queue/queue-events.js';
import type { DayEvent, ServicePointQueue } from '../queue/service-point-api.js';
import { frameBytes, parseSocketMessage } from './parse-socket-message.js';
import type { SocketEndpoint } from './socket-endpoint.js';

/** A board only ever says hello; anything bigger is not a board. */
export const MAX_BOARD_MESSAGE_BYTES = 1024;

export type BoardQueue = Pick<ServicePointQueue, 'boardState' | 'onChange'>;

/**
 * The board is sent again this often even when nothing changed: the page takes a long silence for
 * a dead link (a TV's cable pulled shows no close), and a new service day starts without an event.
 */
export const BOARD_REFRESH_MS = 30_000;

export class BoardSocket implements SocketEndpoint {
  readonly path = BOARD_PATH;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_BOARD_MESSAGE_BYTES });
  private readonly unsubscribe: () => void;
  /** Calls to announce with the next board push, in the order they were made. */
  private announcements: BoardCall[] = [];
  private flushScheduled = false;
  private readonly refresh: ReturnType<typeof setInterval>;

  constructor(
    private readonly queue: BoardQueue,
    private readonly logger: Logger,
    refreshMs = BOARD_REFRESH_MS,
  ) {
    this.server.on('connection', (socket) => this.serve(socket));
    this.unsubscribe = queue.onChange((event) => this.changed(event));
    this.refresh = setInterval(() => this.flush(), refreshMs);
    this.refresh.unref();
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  close(): void {
    clearInterval(this.refresh);
    this.unsubscribe();
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private serve(socket: WebSocket): void {
    const post = (message: BoardHostMessage) => send(socket, message);
    post({ type: 'board', state: this.queue.boardState() });
    socket.on('error', (error) => this.logger.warn(`board socket: ${error.message}`));
    socket.on('message', (data, isBinary) => {
      const reject = (message: string) => {
        this.logger.warn(`board: ${message}`);
        post({ type: 'error', message });
      };
      if (isBinary) return reject('a board sends text messages only');
      const parsed = parseSocketMessage(frameBytes(data), boardRequestSchema, MAX_BOARD_MESSAGE_BYTES);
      if (!parsed.ok) return reject(parsed.error);
      // The locale only decides what the page speaks; the host sends both languages anyway.
      post({ type: 'reply', id: parsed.message.id, result: { ok: true } });
    });
  }

  private changed(event: QueueEvent | DayEvent): void {
    // With no board connected there is no one to tell; a board that connects later gets the state.
    if (this.server.clients.size === 0) return;
    if (event.type === 'called' || event.type === 'recalled') {
      const { ticket } = event;
      this.announcements.push({
        callId: event.callId,
        number: ticket.number,
        counter: event.counter,
        serviceId: ticket.serviceId,
        priority: ticket.priority,
        kind: event.type === 'called' ? 'call' : 'recall',
        at: event.at,
      });
    }
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // A burst of changes in one tick (several counters, a day closing) is one push of the board.
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const announcements = this.announcements;
    this.announcements = [];
    if (this.server.clients.size === 0) return;
    const messages: BoardHostMessage[] = [
      { type: 'board', state: this.queue.boardState() },
      ...announcements.map((call): BoardHostMessage => ({ type: 'announce', call })),
    ];
    // Serialised once for every board: five boards must not cost five encodings.
    const encoded = messages.map((message) => JSON.stringify(message));
    for (const client of this.server.clients) for (const text of encoded) sendText(client, text);
  }
}

function send(socket: WebSocket, message: BoardHostMessage): void {
  sendText(socket, JSON.stringify(message));
}

function sendText(socket: WebSocket, text: string): void {
  if (socket.readyState === socket.OPEN) socket.send(text);
}
