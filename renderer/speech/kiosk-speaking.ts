import { createContext, useContext } from 'react';

/**
 * Whether the kiosk's own voice (the runtime's speech device) is talking now: the view's
 * `voice.speaking`, for the microphones, which stop it rather than hear it. Pages without the
 * kiosk's view (the rating pages) have no kiosk voice: false.
 */
export const KioskSpeaking = createContext(false);

export function useKioskSpeaking(): boolean {
  return useContext(KioskSpeaking);
}
