/**
 * The browser host's transport: the bridge contract over a WebSocket at `/bridge`.
 * Survives host restarts: reconnects with back-off, keeps its subscribers, and rejects the calls
 * in flight when the socket closes, and any made while it is down (a stale tap is never replayed
 * on a new session).
 */
import type { ClientMessage, DeviceStatusReport, KioskBridge, KioskInfo, KioskView, SendResult } from '../../bridge/contract.js';
import { isDeviceStatusReport, isKioskInfo, isSendResult, isStaffReply, parseHostMessage } from './host-message.js';
import { openReconnectingSocket } from './reconnecting-socket.js';

export interface WebSocketBridgeOptions {
  /** Defaults to `ws(s)://<location.host>/bridge`. */
  url?: string;
  /** First reconnect delay; doubles on every failed attempt. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A call with no reply after this long is failed. */
  callTimeoutMs?: number;
}

export interface WebSocketBridge extends KioskBridge {
  /** Stop for good: close the socket and never reconnect. */
  close(): void;
}

interface Pending {
  accept: (result: unknown) => void;
  fail: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function defaultBridgeUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/bridge`;
}

export function createWebSocketBridge(options: WebSocketBridgeOptions = {}): WebSocketBridge {
  const url = options.url ?? defaultBridgeUrl();
  const minDelayMs = options.minDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 5000;
  const callTimeoutMs = options.callTimeoutMs ?? 10_000;

  const listeners = new Set<(view: KioskView) => void>();
  const pending = new Map<number, Pending>();
  let lastView: KioskView | null = null;
  let nextId = 1;

  function failAll(reason: string): void {
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      pending.delete(id);
      call.fail(new Error(reason));
    }
  }

  const link = openReconnectingSocket(
    { url, minDelayMs, maxDelayMs },
    { message: onMessage, down: () => failAll('bridge connection closed') },
  );

  function onMessage(data: unknown): void {
    const message = parseHostMessage(data);
    if (message === null) {
      console.warn('[bridge] ignored a malformed host message');
      return;
    }
    switch (message.type) {
      case 'view':
        // A view means the host is really there.
        link.resetBackoff();
        lastView = message.view;
        for (const listener of listeners) listener(message.view);
        break;
      case 'reply': {
        const call = pending.get(message.id);
        if (call === undefined) return;
        pending.delete(message.id);
        clearTimeout(call.timer);
        call.accept(message.result);
        break;
      }
      case 'error':
        console.warn(`[bridge] host error: ${message.message}`);
        break;
    }
  }

  function call<Result>(message: ClientMessage, accepts: (value: unknown) => value is Result): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const ws = link.openSocket();
      if (ws === null) {
        reject(new Error('bridge not connected'));
        return;
      }
      const timer = setTimeout(() => {
        pending.delete(message.id);
        reject(new Error(`bridge call ${message.type} ${message.id} timed out`));
      }, callTimeoutMs);
      pending.set(message.id, {
        accept: (value) => (accepts(value) ? resolve(value) : reject(new Error('unexpected reply from the host'))),
        fail: reject,
        timer,
      });
      ws.send(JSON.stringify(message));
    });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      // A late subscriber (a remounted view) gets the current view at once.
      if (lastView !== null) listener(lastView);
      return () => {
        listeners.delete(listener);
      };
    },
    send(event): Promise<SendResult> {
      return call({ type: 'send', id: nextId++, event }, isSendResult);
    },
    getInfo(): Promise<KioskInfo> {
      return call({ type: 'call', id: nextId++, method: 'getInfo' }, isKioskInfo);
    },
    getDeviceStatus(): Promise<DeviceStatusReport> {
      return call({ type: 'call', id: nextId++, method: 'getDeviceStatus' }, isDeviceStatusReport);
    },
    staff(request) {
      // The request's type picks the reply's type: the host answers each request with its own.
      return call({ type: 'staff', id: nextId++, request }, isStaffReply) as Promise<never>;
    },
    sendCardFrame(jpeg) {
      // A binary message is a card frame; one lost while reconnecting is simply the next one.
      link.openSocket()?.send(jpeg);
    },
    close() {
      link.close();
      failAll('bridge closed');
    },
  };
}
