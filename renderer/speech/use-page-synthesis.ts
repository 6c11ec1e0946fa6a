import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { type ReadingVoice, readingVoice } from './page-voice.js';

/**
 * The browser's speech synthesis (null where it has none), re-rendering when its voices change:
 * Chromium lists them late (`voiceschanged`), and a voice may be installed while the page runs.
 */
export function usePageSynthesis(): SpeechSynthesis | null {
  const synthesis = useMemo(() => ('speechSynthesis' in window ? window.speechSynthesis : null), []);
  const [, setVoicesSeen] = useState(0);
  useEffect(() => {
    if (synthesis === null) return;
    const changed = () => setVoicesSeen((count) => count + 1);
    synthesis.addEventListener('voiceschanged', changed);
    return () => synthesis.removeEventListener('voiceschanged', changed);
  }, [synthesis]);
  return synthesis;
}

/** Who would read aloud in `locale` from this page: its own voice, the kiosk's (`kioskLocales`), or none. */
export function useReadingVoice(kioskLocales: readonly Locale[], locale: Locale): ReadingVoice {
  return readingVoice(usePageSynthesis(), kioskLocales, locale);
}
