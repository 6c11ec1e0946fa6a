/** `npm run staff-account`: the config entry it prints opens staff mode with the PIN given; a bad field stops it before any PIN. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { staffAccountSchema } from '../../domain/config/schema.js';
import { verifyPin } from '../../runtime/host/counter-pin.js';

const run = promisify(execFile);
const CLI = ['node_modules/.bin/tsx', 'runtime/cli/staff-account-cli.ts'];

describe('staff-account command', () => {
  it('prints an account entry the config accepts, whose hash holds the PIN', async () => {
    const { stdout } = await run(CLI[0] ?? '', [CLI[1] ?? '', 'lan', '--name', 'Nguyễn Thị Lan', '--role', 'admin', '--pin', '2468']);
    const entry = staffAccountSchema.parse(JSON.parse(stdout));
    expect(entry).toMatchObject({ id: 'lan', name: 'Nguyễn Thị Lan', role: 'admin' });
    expect(await verifyPin('2468', entry.pinHash)).toBe(true);
    expect(await verifyPin('2469', entry.pinHash)).toBe(false);
  });

  it('names the wrong fields and makes nothing', async () => {
    const failed = run(CLI[0] ?? '', [CLI[1] ?? '', 'Lan', '--name', 'Lan', '--role', 'boss', '--pin', '2468']);
    await expect(failed).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/id: lower-case[\s\S]*role:/) });
  });
});
