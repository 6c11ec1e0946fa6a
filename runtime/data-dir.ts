import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The app's data folder: --data-dir, else MOTCUA_DATA_DIR, else the platform's usual place. */
export function resolveDataDir(cliValue: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = cliValue ?? env.MOTCUA_DATA_DIR ?? platformDataDir(env);
  const dir = resolve(chosen);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function platformDataDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'motcua');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'motcua');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'motcua');
}
