/**
 * Speaking a comment: one recognition at a time, in the page's language; what is heard is handed
 * on. Where the browser has no recognition, or it cannot work here, `available` is false and the
 * page shows no microphone.
 */
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { type SpeechRecognizer, heardText, speechRecognizer, speechUnavailableForGood } from './speech.js';

export interface Speech {
  available: boolean;
  listening: boolean;
  /** The last attempt heard nothing usable. */
  failed: boolean;
  listen(): void;
}

const LANGUAGE: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-US' };

export function useSpeech(locale: Locale, onHeard: (text: string) => void): Speech {
  const [available, setAvailable] = useState(() => speechRecognizer() !== null);
  const [listening, setListening] = useState(false);
  const [failed, setFailed] = useState(false);
  const current = useRef<SpeechRecognizer | null>(null);
  const heard = useRef(onHeard);
  useEffect(() => {
    heard.current = onHeard;
  });
  useEffect(() => () => current.current?.abort(), []);

  function listen(): void {
    const Recognizer = speechRecognizer();
    if (Recognizer === null || current.current !== null) return;
    const recognizer = new Recognizer();
    recognizer.lang = LANGUAGE[locale];
    recognizer.interimResults = false;
    recognizer.maxAlternatives = 1;
    recognizer.continuous = false;
    let gotWords = false;
    recognizer.onresult = (event) => {
      const text = heardText(event);
      if (text === '') return;
      gotWords = true;
      heard.current(text);
    };
    recognizer.onerror = (event) => {
      if (speechUnavailableForGood(event.error)) setAvailable(false);
    };
    recognizer.onend = () => {
      current.current = null;
      setListening(false);
      setFailed(!gotWords);
    };
    current.current = recognizer;
    setFailed(false);
    setListening(true);
    try {
      recognizer.start();
    } catch {
      current.current = null;
      setListening(false);
      setAvailable(false);
    }
  }

  return { available, listening, failed, listen };
}
