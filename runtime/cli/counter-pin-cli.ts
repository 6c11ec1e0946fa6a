/**
 * `npm run counter-pin -- <counter> [--pin 1234]`
 * Makes a counter's PIN hash and prints the config entry to paste into `counters`. Without
 * `--pin` it asks twice on the terminal without echoing; `--pin` is for scripts (it shows in the
 * shell history, so type it at a terminal when you can).
 */
import { parseArgs } from 'node:util';
import { hashPin } from '../host/counter-pin.js';
import { fail, newPin } from './pin-prompt.js';

const USAGE = 'usage: npm run counter-pin -- <counter number> [--pin <4 to 8 digits>]';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { pin: { type: 'string' } } });
  const [counterText] = positionals;
  if (counterText === undefined || positionals.length > 1) fail(USAGE);
  const counter = Number(counterText);
  if (!Number.isInteger(counter) || counter < 1) fail(`the counter is a whole number from 1, not "${counterText}"`);

  const pin = await newPin(`PIN for counter ${counter}`, values.pin);
  const entry = { number: counter, pinHash: await hashPin(pin) };
  console.error(`Add this to "counters" in the config (replacing any entry for counter ${counter}):`);
  console.log(JSON.stringify(entry));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
