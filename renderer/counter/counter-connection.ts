/**
 * The counter page's socket to the host (`/counter`): requests with ids and their replies, the
 * host's pushes, and reconnection with back-off. A request in flight when the socket drops is
 * answered `lost`, never replayed: the host is the authority on whether it happened.
 */
import { COUNTER_PATH, type CounterHostMessage, type CounterRequest, type CounterState, type QueueRefusal } from '../../bridge/queue-protocol.js';

export type CounterReply = { ok: true; token?: string } | QueueRefusal | { ok: false; reason: 'lost' };

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

export function connectCounter(events: CounterConnectionEvents, url = defaultUrl()): CounterConnection {
  const pending = new Map<number, (reply: CounterReply) => void>();
  let socket: WebSocket | null = null;
  let nextId = 1;
  let delayMs = MIN_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  function connect(): void {
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener('open', () => {
      delayMs = MIN_DELAY_MS;
      events.open();
    });
    current.addEventListener('message', (event) => {
      const message = parse(event.data);
      if (message === null) return console.warn('[counter] ignored a malformed host message');
      if (message.type === 'reply') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.type === 'state') events.state(message.state);
      else if (message.type === 'signedOut') events.signedOut();
      else console.warn(`[counter] host: ${message.message}`);
    });
    current.addEventListener('close', () => {
      if (socket !== current) return;
      socket = null;
      for (const answer of pending.values()) answer({ ok: false, reason: 'lost' });
      pending.clear();
      if (closed) return;
      events.lost();
      timer = setTimeout(connect, delayMs);
      delayMs = Math.min(delayMs * 2, MAX_DELAY_MS);
    });
  }

  connect();
  return {
    request(command) {
      const open = socket;
      if (open === null || open.readyState !== WebSocket.OPEN) return Promise.resolve({ ok: false, reason: 'lost' });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        open.send(JSON.stringify({ ...command, id }));
      });
    },
    close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      socket?.close();
    },
  };
}

function defaultUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${COUNTER_PATH}`;
}

/** The host's message, if it is one; only the shape the page relies on is checked. */
function parse(data: unknown): CounterHostMessage | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('type' in value)) return null;
  const message = value as { type: unknown; id?: unknown; result?: unknown; state?: unknown; message?: unknown };
  switch (message.type) {
    case 'reply':
      return typeof message.id === 'number' && typeof message.result === 'object' && message.result !== null ? (value as CounterHostMessage) : null;
    case 'state':
      return typeof message.state === 'object' && message.state !== null ? (value as CounterHostMessage) : null;
    case 'signedOut':
      return value as CounterHostMessage;
    case 'error':
      return typeof message.message === 'string' ? (value as CounterHostMessage) : null;
    default:
      return null;
  }
}
