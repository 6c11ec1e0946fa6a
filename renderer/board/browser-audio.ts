/**
 * The announcer's chime and voice in the browser: a two-tone "ding-dong" made with the Web Audio
 * API (no sound file to ship or to allow in the CSP) and the Web Speech API's voices.
 */
import type { Locale } from '../../bridge/contract.js';
import type { Chime, Speech, Utterance } from './announcer.js';

/* A descending major third (E5 then C5), the doorbell interval people know as "someone is called". */
const DING_HZ = 659.25;
const DONG_HZ = 523.25;
const TONE_SECONDS = 1.1;
const DONG_DELAY_SECONDS = 0.55;
const CHIME_MS = (DONG_DELAY_SECONDS + TONE_SECONDS) * 1000;

function tone(context: AudioContext, hz: number, startAt: number): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = hz;
  // A quick attack and a long exponential fade sound like a struck bell rather than a beep.
  gain.gain.setValueAtTime(0.0001, startAt);
  gain.gain.exponentialRampToValueAtTime(0.5, startAt + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, startAt + TONE_SECONDS);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(startAt);
  oscillator.stop(startAt + TONE_SECONDS);
}

export function webAudioChime(context: AudioContext): Chime {
  return {
    play() {
      // Blocked until a gesture (the page offers "Bật âm thanh"); the call is still shown meanwhile.
      if (context.state !== 'running') return Promise.resolve();
      const now = context.currentTime;
      tone(context, DING_HZ, now);
      tone(context, DONG_HZ, now + DONG_DELAY_SECONDS);
      return new Promise((resolve) => setTimeout(resolve, CHIME_MS));
    },
  };
}

/** The voice for a locale: one whose language is the locale's (vi-VN for vi), a local one first. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | null {
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(locale));
  return matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}

/** A slightly slow voice: a hall is noisy and a number is heard once. */
const SPEAKING_RATE = 0.9;

export function webSpeech(synthesis: SpeechSynthesis): Speech {
  return {
    speak(text, locale): Utterance | null {
      // Asked every time: voices load late in Chromium (after `voiceschanged`) and can be installed later.
      const voice = pickVoice(synthesis.getVoices(), locale);
      if (voice === null) return null;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = SPEAKING_RATE;
      const done = new Promise<void>((resolve, reject) => {
        utterance.onend = () => resolve();
        utterance.onerror = (event) => reject(new Error(event.error));
      });
      synthesis.speak(utterance);
      return { done, cancel: () => synthesis.cancel() };
    },
  };
}
