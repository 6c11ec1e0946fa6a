/**
 * A WebSocket to the host that comes back by itself: after a close it waits, doubling the wait up
 * to a ceiling, and opens a new one, until the owner closes it for good. Every page's socket (the
 * kiosk bridge, the board, the counter) rides on this; each decides what its messages mean.
 */
export interface ReconnectingSocketOptions {
  url: string;
  /** First reconnect delay; doubles on every failed attempt. */
  minDelayMs: number;
  maxDelayMs: number;
}

export interface ReconnectingSocketEvents {
  /** A new socket opened. */
  open?(socket: WebSocket): void;
  message(data: unknown): void;
  /** The socket is gone and a reconnect is scheduled; not called after close(). */
  down(): void;
}

export interface ReconnectingSocket {
  /** The socket, if it is open now. */
  openSocket(): WebSocket | null;
  /** The host is really there: the next outage starts its back-off afresh. */
  resetBackoff(): void;
  /** Give up on the current socket (a dead link can stay open and silent): close it and reconnect. */
  drop(): void;
  /** Stop for good: close the socket and never reconnect. */
  close(): void;
}

export function openReconnectingSocket(options: ReconnectingSocketOptions, events: ReconnectingSocketEvents): ReconnectingSocket {
  let socket: WebSocket | null = null;
  let delayMs = options.minDelayMs;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  function scheduleReconnect(): void {
    if (closed || reconnectTimer !== null) return;
    const wait = delayMs;
    delayMs = Math.min(delayMs * 2, options.maxDelayMs);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect();
    }, wait);
  }

  function connect(): void {
    if (closed) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(options.url);
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.addEventListener('open', () => events.open?.(ws));
    ws.addEventListener('message', (event) => events.message(event.data));
    ws.addEventListener('close', () => lost(ws));
    // An error is always followed by a close, which does the work.
  }

  function lost(ws: WebSocket): void {
    if (socket !== ws) return;
    socket = null;
    ws.close();
    if (closed) return;
    events.down();
    scheduleReconnect();
  }

  connect();
  return {
    openSocket() {
      return socket !== null && socket.readyState === WebSocket.OPEN ? socket : null;
    },
    resetBackoff() {
      delayMs = options.minDelayMs;
    },
    drop() {
      if (socket !== null) lost(socket);
    },
    close() {
      closed = true;
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      reconnectTimer = null;
      const ws = socket;
      socket = null;
      ws?.close();
    },
  };
}
