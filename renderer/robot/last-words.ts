import { useEffect, useState } from 'react';
import type { VoiceView } from '../../bridge/contract.js';

type Spoken = NonNullable<VoiceView['speaking']>;

/** How long a finished sentence stays in the bubble: a slow reader has it after the voice stops. */
export const LINGER_MS = 4000;

/** What the robot is saying, or the last thing it said for a few seconds after. */
export function useLastWords(speaking: VoiceView['speaking']): Spoken | null {
  const [last, setLast] = useState<Spoken | null>(speaking);
  // Kept while rendering (not in an effect) so the bubble never shows one frame of the old words.
  if (speaking !== null && (last?.text !== speaking.text || last.locale !== speaking.locale)) setLast(speaking);
  useEffect(() => {
    if (speaking !== null) return undefined;
    const timer = setTimeout(() => setLast(null), LINGER_MS);
    return () => clearTimeout(timer);
  }, [speaking]);
  return speaking ?? last;
}
