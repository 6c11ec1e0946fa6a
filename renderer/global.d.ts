import type { KioskBridge } from '../bridge/contract.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload through `contextBridge`; absent in a plain browser. */
    motcua?: KioskBridge;
  }
}

export {};
