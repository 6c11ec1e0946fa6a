// better-sqlite3 in node_modules is built for Node (tests, the browser host). Electron needs the
// same addon built for its own ABI: build a copy once per Electron version, beside node_modules,
// and hand its path to the runtime (MOTCUA_SQLITE_BINDING). Packaged apps get theirs from
// electron-builder's own rebuild instead.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronSqliteBinding(root) {
  const { version } = require(join(root, 'node_modules/electron/package.json'));
  const buildDir = join(root, '.cache/electron-native', version, 'better-sqlite3');
  const binding = join(buildDir, 'build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;

  console.log(`Building the SQLite addon for Electron ${version} (once)...`);
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  cpSync(join(root, 'node_modules/better-sqlite3'), buildDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  const nodeGyp = process.env.npm_config_node_gyp;
  const [command, args] = nodeGyp ? [process.execPath, [nodeGyp]] : ['npx', ['--yes', 'node-gyp']];
  const result = spawnSync(
    command,
    [...args, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: buildDir, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(binding)) throw new Error('could not build the SQLite addon for Electron');
  return binding;
}
