/**
 * The announcer's chime in the browser: a two-tone "ding-dong" made with the Web Audio API (no
 * sound file to ship or to allow in the CSP). Its voice is the page's (renderer/speech/web-speech.ts).
 */
import type { Chime } from './announcer.js';

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
