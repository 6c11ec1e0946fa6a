/**
 * `npm run staff-account -- <id> --name "Nguyễn Thị Lan" --role admin|operator [--pin 1234]`
 * Makes a staff account for staff mode and prints the config entry to paste into
 * `staff.accounts`. The first admin is made this way; after that, admins add accounts in staff mode.
 * Without `--pin` it asks twice on the terminal without echoing.
 */
import { parseArgs } from 'node:util';
import { staffAccountSchema } from '../../domain/config/schema.js';
import { describeIssues } from '../../bridge/contract.js';
import { hashPin } from '../host/counter-pin.js';
import { fail, newPin } from './pin-prompt.js';

const USAGE = 'usage: npm run staff-account -- <id> --name "<full name>" --role admin|operator [--pin <4 to 8 digits>]';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, pin: { type: 'string' } },
  });
  const [id] = positionals;
  if (id === undefined || positionals.length > 1 || values.name === undefined || values.role === undefined) fail(USAGE);
  // Checked before the PIN is asked for, so a typo costs no typing.
  const shape = staffAccountSchema.safeParse({ id, name: values.name, role: values.role, pinHash: 'scrypt$' });
  if (!shape.success) fail(describeIssues(shape.error));
  const pin = await newPin(`PIN for ${values.name}`, values.pin);
  const entry = { ...shape.data, pinHash: await hashPin(pin) };
  console.error(`Add this to "staff": { "accounts": [...] } in the config (replacing any account "${id}"):`);
  console.log(JSON.stringify(entry));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
