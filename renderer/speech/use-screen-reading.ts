/**
 * A citizen screen read aloud: on demand (the header's "listen" button), and on entry in
 * audio-guided mode. Mounted with each screen, so leaving the screen cuts the page's reading; the
 * kiosk cuts its own when the screen changes.
 */
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { KioskView } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { PageVoice, readingVoice } from './page-voice.js';
import { spokenNews, spokenScreen } from './spoken-screen.js';
import { usePageSynthesis } from './use-page-synthesis.js';

export interface ScreenReading {
  /** Some voice speaks the session's language: the "listen" button is offered. */
  available: boolean;
  reading: boolean;
  /** Read the screen, or stop reading it. */
  toggle(): void;
}

export function useScreenReading(view: KioskView): ScreenReading {
  const t = useT();
  const send = useSend();
  const synthesis = usePageSynthesis();

  const [pageReading, setPageReading] = useState(false);
  const voice = useMemo(() => new PageVoice({ synthesis, send, onPageReading: setPageReading }), [synthesis, send]);
  useEffect(() => () => voice.stopPage(), [voice]);

  const speaking = view.voice.speaking;
  const kioskReading = voice.kioskReads(speaking);

  const read = () => {
    voice.read(spokenScreen(view, t), view.locale, view.voice.locales, speaking !== null);
  };
  // Audio-guided mode reads each screen as it opens, and again when it has news (a failed card read…).
  const readOnEntry = useEffectEvent(read);
  const guided = view.display.audioGuide;
  const news = spokenNews(view);
  useEffect(() => {
    if (guided) readOnEntry();
  }, [guided, news]);

  return {
    available: readingVoice(synthesis, view.voice.locales, view.locale) !== 'none',
    reading: pageReading || kioskReading,
    toggle() {
      if (pageReading || kioskReading) voice.stop(kioskReading);
      else read();
    },
  };
}
