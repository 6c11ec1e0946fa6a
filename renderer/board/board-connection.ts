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

export function boardUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BOARD_PATH}`;
}

export function connectBoard(url: string, locale: Locale, listener: BoardListener): BoardConnection {
  let socket: WebSocket | null = null;
  let delayMs = MIN_DELAY_MS;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

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
      const hello: BoardRequest = { type: 'hello', id: 1, locale };
      ws.send(JSON.stringify(hello));
    });
    ws.addEventListener('message', onMessage);
    ws.addEventListener('close', () => {
      if (socket === ws) socket = null;
      if (!closed) listener.connected(false);
      scheduleReconnect();
    });
    // An error is always followed by a close, which does the work.
  }

  connect();
  return {
    close() {
      closed = true;
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      socket?.close();
      socket = null;
    },
  };
}
