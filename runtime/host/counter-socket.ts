/**
 * The counter page's socket (`/counter`): sign in with the counter's PIN (or resume with the token
 * a reloaded page kept), then act on the queue as that counter. Every message is parsed; a
 * malformed one gets an `error` and changes nothing; an action before sign-in is refused. Every
 * signed-in page gets its counter's state after sign-in and after every queue change.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { COUNTER_PATH, type CounterHostMessage, type CounterRequest, counterRequestSchema } from '../../bridge/queue-protocol.js';
import type { Logger } from '../log.js';
import type { CounterAction, ServicePointQueue } from '../queue/service-point-api.js';
import { type CounterSession, type CounterSessions, notSignedIn } from './counter-sessions.js';
import { frameBytes, parseSocketMessage } from './parse-socket-message.js';
import type { SocketEndpoint } from './socket-endpoint.js';

/** The largest counter request (a pause reason of 120 characters) is well under this. */
export const MAX_COUNTER_MESSAGE_BYTES = 2048;

export type CounterQueue = Pick<ServicePointQueue, 'act' | 'counterState' | 'onChange'>;

type ActionRequest = Exclude<CounterRequest, { type: 'signIn' | 'resumeSession' | 'signOut' }>;

export class CounterSocket implements SocketEndpoint {
  readonly path = COUNTER_PATH;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_COUNTER_MESSAGE_BYTES });
  /** The session each signed-in page holds. */
  private readonly signedIn = new Map<WebSocket, CounterSession>();
  private readonly unsubscribe: Array<() => void>;
  /** Counters whose pages have not had their state since the last change. */
  private readonly stale = new Set<number>();
  private pushing = false;

  constructor(
    private readonly queue: CounterQueue,
    private readonly sessions: CounterSessions,
    private readonly logger: Logger,
  ) {
    this.server.on('connection', (socket) => this.serve(socket));
    this.unsubscribe = [queue.onChange(() => this.schedulePush()), sessions.onEnd((session) => this.ended(session))];
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  close(): void {
    for (const stop of this.unsubscribe) stop();
    // A push already scheduled finds no one to tell (the queue may be closed by then).
    this.signedIn.clear();
    this.stale.clear();
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private serve(socket: WebSocket): void {
    socket.on('close', () => this.signedIn.delete(socket));
    socket.on('error', (error) => this.logger.warn(`counter socket: ${error.message}`));
    socket.on('message', (data, isBinary) => {
      const reject = (message: string) => {
        this.logger.warn(`counter: ${message}`);
        send(socket, { type: 'error', message });
      };
      if (isBinary) return reject('a counter page sends text messages only');
      const parsed = parseSocketMessage(frameBytes(data), counterRequestSchema, MAX_COUNTER_MESSAGE_BYTES);
      if (!parsed.ok) return reject(parsed.error);
      const { message } = parsed;
      void this.handle(socket, message).catch((error: unknown) => {
        this.logger.error(`counter: ${message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
        send(socket, { type: 'error', message: 'the host could not do that' });
      });
    });
  }

  private async handle(socket: WebSocket, request: CounterRequest): Promise<void> {
    const reply = (result: Extract<CounterHostMessage, { type: 'reply' }>['result']) => send(socket, { type: 'reply', id: request.id, result });
    switch (request.type) {
      case 'signIn':
      case 'resumeSession': {
        // Whatever this page held is let go first, so taking over its own counter does not sign it out.
        this.signedIn.delete(socket);
        const result = request.type === 'signIn' ? await this.sessions.signIn(request.counter, request.pin) : this.sessions.resume(request.token);
        if (!result.ok) return reply(result);
        this.signedIn.set(socket, result.session);
        reply({ ok: true, token: result.session.token });
        return this.pushState(socket, result.session);
      }
      case 'signOut': {
        const session = this.signedIn.get(socket);
        this.signedIn.delete(socket);
        if (session) this.sessions.signOut(session.token);
        return reply({ ok: true });
      }
      default: {
        const session = this.currentSession(socket);
        if (session === undefined) return reply(notSignedIn());
        const result = this.queue.act(session.counter, actionOf(request), `quầy ${session.counter}`);
        reply(result);
        // A refused action most often comes from a stale page: show it what is true now.
        if (!result.ok) this.pushState(socket, session);
      }
    }
  }

  /** This socket's session if it is still valid (the day may have ended since). */
  private currentSession(socket: WebSocket): CounterSession | undefined {
    const session = this.signedIn.get(socket);
    if (session === undefined) return undefined;
    return this.sessions.resume(session.token).ok ? session : undefined;
  }

  /** Every page that held an ended session is told, and acts no more. */
  private ended(session: CounterSession): void {
    for (const [socket, held] of this.signedIn) {
      if (held.token !== session.token) continue;
      this.signedIn.delete(socket);
      send(socket, { type: 'signedOut' });
    }
  }

  private schedulePush(): void {
    if (this.signedIn.size === 0) return;
    for (const session of this.signedIn.values()) this.stale.add(session.counter);
    if (this.pushing) return;
    this.pushing = true;
    // A burst of changes in one tick (a call changes a ticket and its groups' counts) is one push.
    setImmediate(() => this.pushNext());
  }

  /**
   * One counter's state per turn of the event loop, so a kiosk's issue or another counter's call
   * arriving meanwhile is answered between two counters rather than after all twenty have been
   * worked out and sent. A change during the round marks every counter stale again.
   */
  private pushNext(): void {
    const [counter] = this.stale;
    if (counter === undefined) {
      this.pushing = false;
      return;
    }
    this.stale.delete(counter);
    let text: string | undefined;
    for (const [socket, held] of [...this.signedIn]) {
      if (held.counter !== counter || this.currentSession(socket) === undefined) continue;
      text ??= JSON.stringify({ type: 'state', state: this.queue.counterState(counter) } satisfies CounterHostMessage);
      sendText(socket, text);
    }
    setImmediate(() => this.pushNext());
  }

  private pushState(socket: WebSocket, session: CounterSession): void {
    send(socket, { type: 'state', state: this.queue.counterState(session.counter) });
  }
}

function actionOf(request: ActionRequest): CounterAction {
  switch (request.type) {
    case 'callNext':
    case 'resumeCounter':
    case 'openDay':
    case 'closeDay':
      return { type: request.type };
    case 'recall':
    case 'noShow':
    case 'start':
    case 'finish':
      return { type: request.type, ticketId: request.ticketId };
    case 'transfer':
      return { type: 'transfer', ticketId: request.ticketId, toGroupId: request.toGroupId };
    case 'pause':
      return { type: 'pause', reason: request.reason };
  }
}

function send(socket: WebSocket, message: CounterHostMessage): void {
  sendText(socket, JSON.stringify(message));
}

function sendText(socket: WebSocket, text: string): void {
  if (socket.readyState === socket.OPEN) socket.send(text);
}
