import type { KioskBridge } from '../../bridge/contract.js';
import { createWebSocketBridge } from './websocket-bridge.js';

/** The Electron preload's bridge when there is one, otherwise the browser host's WebSocket. */
export function pickBridge(): KioskBridge {
  return window.motcua ?? createWebSocketBridge();
}
