/**
 * The satisfaction dashboard's socket (`/satisfaction`): staff sign in (or resume a sign-in after a
 * reconnect), say which range they watch, and get its report; after every rating each signed-in
 * page watching a range that holds the rating's day gets a fresh report (ratings landing together
 * make one report per range). Every message is parsed; a malformed one gets an `error`.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  DASHBOARD_PATH,
  type DashboardHostMessage,
  type DashboardReply,
  type DashboardRequest,
  type DayRange,
  dashboardRequestSchema,
} from '../../bridge/dashboard-protocol.js';
import type { Logger } from '../log.js';
import { type StatisticsSource, reportOf } from '../satisfaction/statistics-source.js';
import { type DashboardAccess, SIGNED_OUT, refusal } from './dashboard-access.js';
import { frameBytes, parseSocketMessage } from './parse-socket-message.js';
import type { SocketEndpoint } from './socket-endpoint.js';

/** A sign-in with its PIN is the largest request. */
export const MAX_DASHBOARD_MESSAGE_BYTES = 1024;

/** What the dashboard needs of the ratings: hearing of each one as it lands (or is completed). */
export interface RatingsFeed {
  onRated(listener: (rating: { serviceDay: string }) => void): () => void;
}

interface Viewer {
  session: string | null;
  range: DayRange | null;
}

export class DashboardSocket implements SocketEndpoint {
  readonly path = DASHBOARD_PATH;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_DASHBOARD_MESSAGE_BYTES });
  private readonly viewers = new Map<WebSocket, Viewer>();
  private readonly unsubscribe: () => void;
  /** Days rated since the last push. */
  private ratedDays = new Set<string>();
  private pushScheduled = false;

  constructor(
    private readonly access: DashboardAccess,
    private readonly source: StatisticsSource,
    feed: RatingsFeed,
    /** Today's service day at the service point. */
    private readonly today: () => string,
    private readonly logger: Logger,
  ) {
    this.server.on('connection', (socket) => this.serve(socket));
    this.unsubscribe = feed.onRated((rating) => this.rated(rating.serviceDay));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  close(): void {
    this.unsubscribe();
    this.viewers.clear();
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private serve(socket: WebSocket): void {
    const viewer: Viewer = { session: null, range: null };
    this.viewers.set(socket, viewer);
    send(socket, { type: 'hello', signIn: this.access.signInKind, today: this.today() });
    socket.on('close', () => this.viewers.delete(socket));
    socket.on('error', (error) => this.logger.warn(`dashboard socket: ${error.message}`));
    socket.on('message', (data, isBinary) => {
      const reject = (message: string) => {
        this.logger.warn(`dashboard: ${message}`);
        send(socket, { type: 'error', message });
      };
      if (isBinary) return reject('the dashboard sends text messages only');
      const parsed = parseSocketMessage(frameBytes(data), dashboardRequestSchema, MAX_DASHBOARD_MESSAGE_BYTES);
      if (!parsed.ok) return reject(parsed.error);
      const { message } = parsed;
      void this.handle(viewer, message).then(
        (result) => send(socket, { type: 'reply', id: message.id, result }),
        (error: unknown) => {
          this.logger.error(`dashboard: ${message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
          send(socket, { type: 'error', message: 'the host could not do that' });
        },
      );
    });
  }

  private async handle(viewer: Viewer, request: DashboardRequest): Promise<DashboardReply> {
    switch (request.type) {
      case 'signIn': {
        const result = await this.access.signIn(request.pin, request.counter);
        if (result.ok) {
          viewer.session = result.session.token;
          this.logger.info('dashboard: signed in');
        }
        return result;
      }
      case 'resume':
        if (!this.access.isSignedIn(request.token)) return refusal('notSignedIn', SIGNED_OUT);
        viewer.session = request.token;
        return { ok: true };
      case 'signOut':
        if (viewer.session !== null) this.access.signOut(viewer.session);
        viewer.session = null;
        viewer.range = null;
        return { ok: true };
      case 'watch':
        if (!this.signedIn(viewer)) return refusal('notSignedIn', SIGNED_OUT);
        viewer.range = request.range;
        return { ok: true, report: reportOf(this.source, request.range), today: this.today() };
      case 'exportToken': {
        const exportToken = viewer.session === null ? null : this.access.exportToken(viewer.session);
        return exportToken === null ? refusal('notSignedIn', SIGNED_OUT) : { ok: true, exportToken };
      }
    }
  }

  private signedIn(viewer: Viewer): boolean {
    if (viewer.session !== null && this.access.isSignedIn(viewer.session)) return true;
    viewer.session = null;
    return false;
  }

  private rated(day: string): void {
    this.ratedDays.add(day);
    if (this.pushScheduled) return;
    this.pushScheduled = true;
    // Ratings landing in one tick (a completion right after its score) make one push.
    setImmediate(() => this.push());
  }

  private push(): void {
    this.pushScheduled = false;
    const days = this.ratedDays;
    this.ratedDays = new Set();
    /** One report per range, however many pages watch it. */
    const encoded = new Map<string, string>();
    const today = this.today();
    for (const [socket, viewer] of this.viewers) {
      const { range } = viewer;
      if (range === null || ![...days].some((day) => range.from <= day && day <= range.to)) continue;
      if (!this.signedIn(viewer)) {
        viewer.range = null;
        send(socket, { type: 'signedOut', message: SIGNED_OUT });
        continue;
      }
      const key = `${range.from}/${range.to}`;
      let text = encoded.get(key);
      if (text === undefined) {
        text = JSON.stringify({ type: 'report', report: reportOf(this.source, range), today } satisfies DashboardHostMessage);
        encoded.set(key, text);
      }
      sendText(socket, text);
    }
  }
}

function send(socket: WebSocket, message: DashboardHostMessage): void {
  sendText(socket, JSON.stringify(message));
}

function sendText(socket: WebSocket, text: string): void {
  if (socket.readyState === socket.OPEN) socket.send(text);
}
