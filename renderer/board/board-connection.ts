/**
 * The board's socket to the host (`/board`): says hello with the board's language, hands on the
 * board state and the calls to announce, and reconnects with back-off for as long as the page is
 * open, telling the page whether it is connected (it shows "mất kết nối" while not).
 */
import type { Locale } from '../../bridge/contract.js';
import { BOARD_PATH, type BoardCall, type BoardRequest, type BoardState } from '../../bridge/queue-protocol.js';
import { parseBoardMessage } from './board-message.js';

export interface BoardListener {
  state(state: BoardState): void;
  announce(call: BoardCall): void;
  connected(connected: boolean): void;
}

export interface BoardConnection {
  close(): void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;
/** The host sends the board every 30 s (BOARD_REFRESH_MS); this much silence means the link is dead. */
const SILENCE_MS = 75_000;
const WATCH_EVERY_MS = 5_000;

export function boardUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BOARD_PATH}`;
}

export function connectBoard(url: string, locale: Locale, listener: BoardListener): BoardConnection {
  let socket: WebSocket | null = null;
  let delayMs = MIN_DELAY_MS;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let lastHeard = Date.now();

  function scheduleReconnect(): void {
    if (closed || reconnectTimer !== null) return;
    const wait = delayMs;
    delayMs = Math.min(delayMs * 2, MAX_DELAY_MS);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect();
    }, wait);
  }

  function onMessage(event: MessageEvent): void {
    lastHeard = Date.now();
    const message = parseBoardMessage(event.data);
    if (message === null) {
      console.warn('[board] ignored a malformed host message');
      return;
    }
    switch (message.type) {
      case 'board':
        // A state means the host is really there: the next outage starts its back-off afresh.
        delayMs = MIN_DELAY_MS;
        listener.connected(true);
        listener.state(message.state);
        break;
      case 'announce':
        listener.announce(message.call);
        break;
      case 'error':
        console.warn(`[board] host error: ${message.message}`);
        break;
      case 'reply':
        break;
    }
  }

  function connect(): void {
    if (closed) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.addEventListener('open', () => {
      lastHeard = Date.now();
      const hello: BoardRequest = { type: 'hello', id: 1, locale };
      ws.send(JSON.stringify(hello));
    });
    ws.addEventListener('message', onMessage);
    ws.addEventListener('close', () => lost(ws));
    // An error is always followed by a close, which does the work.
  }

  /** The link is gone (closed, or silent too long): say so, and try again. */
  function lost(ws: WebSocket): void {
    if (socket !== ws) return;
    socket = null;
    ws.close();
    if (closed) return;
    listener.connected(false);
    scheduleReconnect();
  }

  // A dead network path (a pulled cable) can leave the socket open and silent for many minutes.
  const watchdog = setInterval(() => {
    if (socket !== null && socket.readyState === WebSocket.OPEN && Date.now() - lastHeard > SILENCE_MS) lost(socket);
  }, WATCH_EVERY_MS);

  connect();
  return {
    close() {
      closed = true;
      clearInterval(watchdog);
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      socket?.close();
      socket = null;
    },
  };
}
