/**
 * A screen's microphone: one utterance at a time in the session's language, what is heard so far
 * while the citizen speaks, and why it heard nothing. When this kiosk cannot listen, every
 * microphone goes (`available` false) and the one that found out says so once (`failure`).
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { useKioskSpeaking } from './kiosk-speaking.js';
import { type ListenFailure, listenOnce, pageListening } from './recognition.js';

/** Long enough for a question said slowly; a citizen who said nothing is not kept waiting longer. */
const UTTERANCE_TIMEOUT_MS = 12_000;

export interface Listening {
  /** The page can listen: show the microphone. */
  available: boolean;
  listening: boolean;
  /** The words heard so far while listening. */
  interim: string;
  /** Why the last try heard nothing; cleared by the next. */
  failure: ListenFailure | null;
  /** Listen once; `onHeard` gets the words and says whether they answer. While listening, stop instead. */
  toggle(onHeard: (transcript: string) => boolean): void;
}

/**
 * `language` (BCP 47) is for pages without the kiosk's catalogues (the rating pages name theirs);
 * the kiosk's screens listen for the catalogue's `mic.language` (vi-VN, en-US), so a translator's
 * new catalogue names its own. A language the recogniser lacks says 'language-not-supported', and
 * the microphone goes.
 */
export function useListening(language?: string): Listening {
  const t = useT();
  const send = useSend();
  const kioskSpeaking = useKioskSpeaking();
  const available = useSyncExternalStore(pageListening.subscribe, pageListening.available, () => false);
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [failure, setFailure] = useState<ListenFailure | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  // The microphone is let go when its screen goes.
  useEffect(() => () => cancel.current?.(), []);

  function stop(): void {
    cancel.current?.();
    cancel.current = null;
    setListening(false);
    setInterim('');
  }

  /**
   * Listen once; `onHeard` says whether the words were an answer here (if not, the citizen is
   * asked again). While listening, stop instead.
   */
  function toggle(onHeard: (transcript: string) => boolean): void {
    if (cancel.current !== null) {
      stop();
      return;
    }
    const Recognition = pageListening.recognition();
    if (Recognition === null) return;
    // The kiosk must not hear itself: the page's voice, and the kiosk's own, stop while the citizen
    // speaks. ui.stopReading counts as a citizen's tap, so only when the kiosk is saying something.
    window.speechSynthesis?.cancel();
    if (kioskSpeaking) send({ type: 'ui.stopReading' });
    setFailure(null);
    setInterim('');
    setListening(true);
    let over = false;
    const finish = () => {
      over = true;
      cancel.current = null;
      setListening(false);
      setInterim('');
    };
    const stopListening = listenOnce(Recognition, { language: language ?? t('mic.language'), timeoutMs: UTTERANCE_TIMEOUT_MS }, {
      interim: setInterim,
      heard(transcript) {
        finish();
        if (!onHeard(transcript)) setFailure('notUnderstood');
      },
      failed(reason) {
        finish();
        setFailure(reason);
        if (reason === 'cannotListen') pageListening.cannotListen();
      },
    });
    // A recogniser that would not start has already finished.
    if (!over) cancel.current = stopListening;
  }

  return { available, listening, interim, failure, toggle };
}
