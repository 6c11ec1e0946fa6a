/**
 * A new PIN for a command-line tool: asked twice on the terminal without echoing, or piped in, or
 * given with `--pin` (scripts; it shows in the shell history). Used by `counter-pin` and
 * `staff-account`.
 */
import { isValidPin } from '../host/counter-pin.js';

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/**
 * Lines typed on the terminal with echo off (raw mode), or piped in. Keeps what arrives after a
 * line for the next question: a pipe delivers both PINs in one chunk.
 */
function secretLines(): { next(prompt: string): Promise<string>; close(): void } {
  const { stdin, stderr } = process;
  const lines: string[] = [];
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  let typed = '';
  let afterReturn = false;
  let ended = false;
  const settle = () => {
    while (waiting.length > 0 && (lines.length > 0 || ended)) {
      const reader = waiting.shift();
      const line = lines.shift();
      stderr.write('\n');
      if (line === undefined) reader?.reject(new Error('no PIN given'));
      else reader?.resolve(line);
    }
  };
  const onData = (chunk: string) => {
    for (const char of chunk) {
      if (char === '\u0003') {
        stderr.write('\n');
        fail('cancelled');
      }
      // A line ends at \r (a terminal's Enter), \n, or \r\n (counted once).
      const newline = char === '\n' && afterReturn;
      afterReturn = char === '\r';
      if (newline) continue;
      if (char === '\r' || char === '\n') {
        lines.push(typed);
        typed = '';
      } else if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
      else typed += char;
    }
    settle();
  };
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.on('data', onData);
  stdin.on('end', () => {
    if (typed !== '') lines.push(typed);
    ended = true;
    settle();
  });
  return {
    next(prompt) {
      stderr.write(prompt);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        settle();
      });
    },
    close() {
      stdin.off('data', onData);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
    },
  };
}

/** The PIN given, or asked for twice; exits with a message when it is not 4 to 8 digits or the two differ. */
export async function newPin(prompt: string, given: string | undefined): Promise<string> {
  let pin = given;
  if (pin === undefined) {
    const input = secretLines();
    pin = await input.next(`${prompt} (4 to 8 digits): `);
    if (isValidPin(pin) && (await input.next('Again: ')) !== pin) fail('the two PINs differ; nothing was made');
    input.close();
  }
  if (!isValidPin(pin)) fail('a PIN is 4 to 8 digits');
  return pin;
}
