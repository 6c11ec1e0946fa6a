/**
 * The counter page's socket to the host (`/counter`): requests with ids and their replies, the
 * host's pushes, and reconnection with back-off (renderer/bridge/request-socket.ts). A request in
 * flight when the socket drops is answered `lost`, never replayed.
 */
import { COUNTER_PATH, type CounterHostMessage, type CounterRequest, type CounterState, type QueueRefusal } from '../../bridge/queue-protocol.js';
import { parseHostJson } from '../bridge/parse-host-json.js';
import { type Lost, openRequestSocket } from '../bridge/request-socket.js';

export type CounterReply = { ok: true; token?: string } | QueueRefusal | Lost;

/** A request as the page makes it; the connection numbers it. */
export type CounterCommand = CounterRequest extends infer Request ? (Request extends CounterRequest ? Omit<Request, 'id'> : never) : never;

export interface CounterConnectionEvents {
  open(): void;
  lost(): void;
  state(state: CounterState): void;
  signedOut(): void;
}

export interface CounterConnection {
  request(command: CounterCommand): Promise<CounterReply>;
  close(): void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;

type Push = Exclude<CounterHostMessage, { type: 'reply' }>;

export function connectCounter(events: CounterConnectionEvents, url = defaultUrl()): CounterConnection {
  return openRequestSocket<CounterCommand, Exclude<CounterReply, Lost>, Push>(
    { url, minDelayMs: MIN_DELAY_MS, maxDelayMs: MAX_DELAY_MS, name: 'counter', parse },
    {
      open: events.open,
      lost: events.lost,
      push(message) {
        if (message.type === 'state') events.state(message.state);
        else if (message.type === 'signedOut') events.signedOut();
        else console.warn(`[counter] host: ${message.message}`);
      },
    },
  );
}

function defaultUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${COUNTER_PATH}`;
}

/** The host's message, if it is one; only the shape the page relies on is checked. */
function parse(data: unknown): CounterHostMessage | null {
  const message = parseHostJson(data);
  if (message === null) return null;
  switch (message.type) {
    case 'reply':
      return typeof message.id === 'number' && typeof message.result === 'object' && message.result !== null ? (message as CounterHostMessage) : null;
    case 'state':
      return typeof message.state === 'object' && message.state !== null ? (message as CounterHostMessage) : null;
    case 'signedOut':
      return message as CounterHostMessage;
    case 'error':
      return typeof message.message === 'string' ? (message as CounterHostMessage) : null;
    default:
      return null;
  }
}
