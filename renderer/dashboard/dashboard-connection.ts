/**
 * The dashboard page's socket to the host (`/satisfaction`), on the pages' request socket: requests
 * and their replies, the host's hello and report pushes, reconnection with back-off; a request in
 * flight when the socket drops is answered `lost`.
 */
import {
  DASHBOARD_PATH,
  type DashboardHostMessage,
  type DashboardReply,
  type DashboardRequest,
  type SatisfactionReport,
} from '../../bridge/dashboard-protocol.js';
import { parseHostJson } from '../bridge/parse-host-json.js';
import { openRequestSocket } from '../bridge/request-socket.js';

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

type DashboardPush = Exclude<DashboardHostMessage, { type: 'reply' }>;

export function connectDashboard(events: DashboardConnectionEvents, url = defaultUrl()): DashboardConnection {
  return openRequestSocket<DashboardCommand, DashboardReply, DashboardPush>(
    { url, minDelayMs: MIN_DELAY_MS, maxDelayMs: MAX_DELAY_MS, name: 'dashboard', parse },
    {
      open() {},
      lost: () => events.lost(),
      push(message) {
        if (message.type === 'hello') events.hello(message);
        else if (message.type === 'report') events.report(message.report, message.today);
        else if (message.type === 'signedOut') events.signedOut();
        else console.warn(`[dashboard] host: ${message.message}`);
      },
    },
  );
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
