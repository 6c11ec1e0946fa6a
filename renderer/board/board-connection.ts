/**
 * The board's socket to the host (`/board`): says hello with the board's language, hands on the
 * board state and the calls to announce, and reconnects with back-off for as long as the page is
 * open, telling the page whether it is connected (it shows "mất kết nối" while not).
 */
import type { Locale } from '../../bridge/contract.js';
import { BOARD_PATH, type BoardCall, type BoardRequest, type BoardState } from '../../bridge/queue-protocol.js';
import { openReconnectingSocket } from '../bridge/reconnecting-socket.js';
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
  let lastHeard = Date.now();

  const link = openReconnectingSocket(
    { url, minDelayMs: MIN_DELAY_MS, maxDelayMs: MAX_DELAY_MS },
    {
      open(socket) {
        lastHeard = Date.now();
        const hello: BoardRequest = { type: 'hello', id: 1, locale };
        socket.send(JSON.stringify(hello));
      },
      message: onMessage,
      down: () => listener.connected(false),
    },
  );

  function onMessage(data: unknown): void {
    lastHeard = Date.now();
    const message = parseBoardMessage(data);
    if (message === null) {
      console.warn('[board] ignored a malformed host message');
      return;
    }
    switch (message.type) {
      case 'board':
        link.resetBackoff();
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

  // A dead network path (a pulled cable) can leave the socket open and silent for many minutes.
  const watchdog = setInterval(() => {
    if (link.openSocket() !== null && Date.now() - lastHeard > SILENCE_MS) link.drop();
  }, WATCH_EVERY_MS);

  return {
    close() {
      clearInterval(watchdog);
      link.close();
    },
  };
}
