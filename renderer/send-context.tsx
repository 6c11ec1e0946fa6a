import { createContext, useContext, type ReactNode } from 'react';
import type { KioskUiEvent } from '../bridge/contract.js';

export type Send = (event: KioskUiEvent) => void;

const SendContext = createContext<Send>(() => undefined);

export function SendProvider({ send, children }: { send: Send; children: ReactNode }) {
  return <SendContext value={send}>{children}</SendContext>;
}

/** Send a citizen's tap to the kiosk; the next view shows what it did. */
export function useSend(): Send {
  return useContext(SendContext);
}
