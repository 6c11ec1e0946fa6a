/**
 * The board's live data: the host's board state over the socket, whether the socket is up, the
 * call being announced now, the calls fresh enough to flash, and whether the browser still blocks
 * sound (then the page offers a button to allow it).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { BoardCall, BoardState } from '../../bridge/queue-protocol.js';
import { type Announcement, Announcer, type Speech } from './announcer.js';
import { boardUrl, connectBoard } from './board-connection.js';
import { webSpeech } from '../speech/web-speech.js';
import { webAudioChime } from './browser-audio.js';

/** How long a fresh call's rows flash. */
const FRESH_MS = 10_000;

/** A browser without speech synthesis still shows and chimes every call. */
const NO_SPEECH: Speech = { speak: () => null };

export interface BoardView {
  state: BoardState | null;
  connected: boolean;
  announcement: Announcement | null;
  fresh: readonly BoardCall[];
  soundBlocked: boolean;
  enableSound(): void;
}

export function useBoard(locale: Locale): BoardView {
  const [state, setState] = useState<BoardState | null>(null);
  const [connected, setConnected] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [fresh, setFresh] = useState<readonly BoardCall[]>([]);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const audio = useRef<AudioContext | null>(null);

  useEffect(() => {
    const context = new AudioContext();
    audio.current = context;
    // Autoplay policy: a context made without a user gesture starts suspended.
    const reportSound = () => setSoundBlocked(context.state === 'suspended');
    context.addEventListener('statechange', reportSound);
    reportSound();

    const timers = new Set<ReturnType<typeof setTimeout>>();
    const announcer = new Announcer({
      locale,
      speech: 'speechSynthesis' in window ? webSpeech(window.speechSynthesis) : NO_SPEECH,
      chime: webAudioChime(context),
      onChange: setAnnouncement,
      onProblem: (message) => console.warn(`[board] ${message}`),
    });
    const connection = connectBoard(boardUrl(window.location), locale, {
      state: setState,
      connected: setConnected,
      announce(call) {
        if (!announcer.announce(call)) return;
        setFresh((calls) => [...calls, call]);
        const timer = setTimeout(() => {
          timers.delete(timer);
          setFresh((calls) => calls.filter((other) => other.callId !== call.callId));
        }, FRESH_MS);
        timers.add(timer);
      },
    });
    return () => {
      connection.close();
      for (const timer of timers) clearTimeout(timer);
      context.removeEventListener('statechange', reportSound);
      void context.close();
      audio.current = null;
    };
  }, [locale]);

  const enableSound = useCallback(() => {
    void audio.current?.resume();
  }, []);

  return { state, connected, announcement, fresh, soundBlocked, enableSound };
}
