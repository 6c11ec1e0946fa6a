/**
 * The dashboard page's socket to the host (`/satisfaction`): requests with ids and their replies,
 * the host's hello and report pushes, and reconnection with back-off. A request in flight when the
 * socket drops is answered `lost`.
 */
import {
  DASHBOARD_PATH,
  type DashboardHostMessage,
  type DashboardReply,
  type DashboardRequest,
  type SatisfactionReport,
} from '../../bridge/dashboard-protocol.js';
import { parseHostJson } from '../bridge/parse-host-json.js';
import { openReconnectingSocket } from '../bridge/reconnecting-socket.js';

export type DashboardAnswer = DashboardReply | { ok: false; reason: 'lost' };
export type Hello = Extract<DashboardHostMessage, { type: 'hello' }>;

/** A request as the page makes it; the connection numbers it. */
export type DashboardCommand = DashboardRequest extends infer Request ? (Request extends DashboardRequest ? Omit<Request, 'id'> : never) : never;

export interface DashboardConnectionEvents {
  hello(hello: Hello): void;
  lost(): void;
  report(report: SatisfactionReport, today: string): void;
  signedOut(): void;
}

export interface DashboardConnection {
  request(command: DashboardCommand): Promise<DashboardAnswer>;
  close(): void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;

export function connectDashboard(events: DashboardConnectionEvents, url = defaultUrl()): DashboardConnection {
  const pending = new Map<number, (reply: DashboardAnswer) => void>();
  let nextId = 1;

  function answerPendingLost(): void {
    for (const answer of pending.values()) answer({ ok: false, reason: 'lost' });
    pending.clear();
  }

  const link = openReconnectingSocket(
    { url, minDelayMs: MIN_DELAY_MS, maxDelayMs: MAX_DELAY_MS },
    {
      open() {
        link.resetBackoff();
      },
      message(data) {
        const message = parse(data);
        if (message === null) return console.warn('[dashboard] ignored a malformed host message');
        if (message.type === 'reply') {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        } else if (message.type === 'hello') events.hello(message);
        else if (message.type === 'report') events.report(message.report, message.today);
        else if (message.type === 'signedOut') events.signedOut();
        else console.warn(`[dashboard] host: ${message.message}`);
      },
      down() {
        answerPendingLost();
        events.lost();
      },
    },
  );

  return {
    request(command) {
      const open = link.openSocket();
      if (open === null) return Promise.resolve({ ok: false, reason: 'lost' });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        open.send(JSON.stringify({ ...command, id }));
      });
    },
    close() {
      link.close();
      answerPendingLost();
    },
  };
}

function defaultUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${DASHBOARD_PATH}`;
}

/** The host's message, if it is one; only the shape the page relies on is checked. */
function parse(data: unknown): DashboardHostMessage | null {
  const message = parseHostJson(data);
  if (message === null) return null;
  const isObject = (value: unknown) => typeof value === 'object' && value !== null;
  switch (message.type) {
    case 'reply':
      return typeof message.id === 'number' && isObject(message.result) ? (message as DashboardHostMessage) : null;
    case 'hello':
      return typeof message.signIn === 'string' && typeof message.today === 'string' ? (message as DashboardHostMessage) : null;
    case 'report':
      return isObject(message.report) && typeof message.today === 'string' ? (message as DashboardHostMessage) : null;
    case 'signedOut':
      return message as DashboardHostMessage;
    case 'error':
      return typeof message.message === 'string' ? (message as DashboardHostMessage) : null;
    default:
      return null;
  }
}
