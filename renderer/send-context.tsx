import { createContext, useContext, type ReactNode } from 'react';
import type { KioskUiEvent } from '../bridge/contract.js';

export type Send = (event: KioskUiEvent) => void;
export type SendFrame = (jpeg: Uint8Array) => void;

const SendContext = createContext<Send>(() => undefined);
const SendFrameContext = createContext<SendFrame>(() => undefined);

export function SendProvider({ send, sendFrame, children }: { send: Send; sendFrame: SendFrame; children: ReactNode }) {
  return (
    <SendContext value={send}>
      <SendFrameContext value={sendFrame}>{children}</SendFrameContext>
    </SendContext>
  );
}

/** Hand a camera frame of the card to the kiosk (only while it asks for them). */
export function useSendFrame(): SendFrame {
  return useContext(SendFrameContext);
}

/** Send a citizen's tap to the kiosk; the next view shows what it did. */
export function useSend(): Send {
  return useContext(SendContext);
}
