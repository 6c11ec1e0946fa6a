/**
 * The runtime's real voice: espeak-ng (it has Vietnamese), playing to the default sound output, so
 * the kiosk talks offline on Linux. One utterance at a time: a speak while another plays waits its
 * turn (the session awaits each one anyway, and aborts what it no longer needs).
 */
import { spawn } from 'node:child_process';
import type { Locale } from '../../bridge/contract.js';
import { DeviceHealthTracker, type DeviceHealth, type MonitoredDevice } from '../device-health.js';
import type { Speaker } from './speaker.js';

export interface EspeakOptions {
  /** espeak-ng voice per language, e.g. { vi: 'vi', en: 'en' }. */
  voices: Record<Locale, string>;
  wordsPerMinute: number;
  /** The executable; tests put a fake one here. */
  command?: string;
}

/**
 * The arguments for one utterance. The text goes on stdin, never in argv, so nothing in it can be
 * read as an option; `-b 1` says it is UTF-8 whatever the kiosk's locale.
 */
export function espeakArgs(voice: string, wordsPerMinute: number): string[] {
  return ['-v', voice, '-s', String(wordsPerMinute), '-b', '1', '--stdin'];
}

/** Why espeak-ng did not speak: staff read `reason` on the devices screen. */
export class SpeechError extends Error {
  constructor(
    readonly reason: 'notInstalled' | 'failed' | 'noSound',
    message: string,
  ) {
    super(message);
    this.name = 'SpeechError';
  }
}

/** The tail is kept: espeak-ng's own "error:" line comes after the sound library's chatter. */
const MAX_STDERR = 4_000;

/** espeak-ng's own complaint ("Error: ..." or "error: ..."), else the last thing it said; one short line. */
function complaintIn(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.findLast((line) => /^error:/i.test(line)) ?? lines.at(-1) ?? '').slice(0, 200);
}

export class EspeakSpeaker implements Speaker, MonitoredDevice {
  private readonly tracker = new DeviceHealthTracker({ kind: 'speech', adapter: 'espeak', path: null });
  private readonly command: string;
  /** Settles when the utterance before the next one has finished, however it ended. */
  private turn: Promise<void> = Promise.resolve();
  private readonly stopAll = new AbortController();
  readonly locales: readonly Locale[];

  constructor(private readonly options: EspeakOptions) {
    this.command = options.command ?? 'espeak-ng';
    this.locales = (Object.keys(options.voices) as Locale[]).filter((locale) => options.voices[locale] !== '');
    // Checked at start, so staff see a missing espeak-ng before a citizen hears nothing.
    this.run(['--version'], '', this.stopAll.signal).then(
      () => this.tracker.update({ state: 'ready', reason: null, lastError: null }),
      (error: SpeechError) => this.noteFailure(error),
    );
  }

  health(): DeviceHealth {
    return this.tracker.health();
  }

  onHealthChange(listener: (health: DeviceHealth) => void): () => void {
    return this.tracker.onHealthChange(listener);
  }

  speak(text: string, locale: Locale, signal?: AbortSignal): Promise<void> {
    const spoken = this.turn.then(() => this.say(text, locale, signal));
    this.turn = spoken.catch(() => undefined);
    return spoken;
  }

  /** Stops what is playing; later utterances are refused. */
  async close(): Promise<void> {
    this.stopAll.abort(new Error('speaker closed'));
    await this.turn;
  }

  private async say(text: string, locale: Locale, signal?: AbortSignal): Promise<void> {
    const stop = signal ? AbortSignal.any([signal, this.stopAll.signal]) : this.stopAll.signal;
    stop.throwIfAborted();
    try {
      await this.run(espeakArgs(this.options.voices[locale], this.options.wordsPerMinute), text, stop);
    } catch (error) {
      if (stop.aborted) throw stop.reason;
      const failure = error as SpeechError; // run() rejects with nothing else
      this.noteFailure(failure);
      // The length only: the text is the citizen's screen, and could one day hold personal data.
      throw new SpeechError(failure.reason, `${failure.message} (speaking ${text.length} characters in ${locale})`);
    }
    this.tracker.update({ state: 'ready', reason: null, lastError: null });
    this.tracker.seen();
  }

  private noteFailure(error: SpeechError): void {
    if (this.stopAll.signal.aborted) return;
    this.tracker.update({ state: 'fault', reason: error.reason, lastError: error.message });
  }

  /** espeak-ng with these arguments and `input` on stdin; killed when `stop` fires, settled once it has exited. */
  private run(args: string[], input: string, stop: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, args, { stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      const kill = () => child.kill('SIGTERM');
      stop.addEventListener('abort', kill, { once: true });
      const settle = (error: Error | null) => {
        stop.removeEventListener('abort', kill);
        if (error) reject(error);
        else resolve();
      };
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-MAX_STDERR);
      });
      // A process that died before reading everything closes its stdin: the exit code tells why.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
      child.once('error', (error: NodeJS.ErrnoException) => {
        child.removeAllListeners('close');
        settle(
          error.code === 'ENOENT'
            ? new SpeechError('notInstalled', `${this.command} is not installed (apt-get install espeak-ng)`)
            : new SpeechError('failed', `${this.command} could not start: ${error.message}`),
        );
      });
      child.once('close', (code, signalName) => {
        const detail = complaintIn(stderr);
        // With no sound output espeak-ng still exits 0, having said "error: ..." (e.g. no ALSA card).
        if (code === 0 && /^error:/i.test(detail)) return settle(new SpeechError('noSound', `${this.command} played nothing: ${detail}`));
        if (code === 0) return settle(null);
        const how = code === null ? `was stopped by ${signalName}` : `exited with code ${code}`;
        settle(new SpeechError('failed', `${this.command} ${how}${detail ? `: ${detail}` : ''}`));
      });
    });
  }
}
