/**
 * A packaged kiosk refuses to start with a way in for a debugger or a weakened renderer: Chromium's
 * remote debugging, Node's inspector, V8 flags, the sandbox or web security switched off, or Node
 * mode. The fuses already ignore some of these; Chromium's switches they do not cover. Pure, tested
 * without Electron.
 */

/** Chromium and Node switches, matched with or without a `=value`. */
const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-debugging-io-pipes',
  'remote-allow-origins',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'allow-running-insecure-content',
  'ignore-certificate-errors',
];

/** Node's inspector in all its spellings: --inspect, --inspect-brk, --inspect-port, --inspect-wait… */
const NODE_INSPECTOR = /^(inspect|debug)(-[a-z-]+)?$/;

/** In NODE_OPTIONS, besides the inspector: code loaded before the app's own. */
const NODE_PRELOADS = ['require', 'r', 'import', 'loader', 'experimental-loader'];

/**
 * Chromium reads a switch after `--` or `-` (and `/` on Windows), in any case on Windows; so the
 * name is taken the same way here, or `-REMOTE-debugging-port` would slip through.
 */
function switchName(argument: string, platform: NodeJS.Platform): string | undefined {
  const prefix = /^--?/.exec(argument)?.[0] ?? (platform === 'win32' && argument.startsWith('/') ? '/' : undefined);
  if (prefix === undefined) return undefined;
  const name = argument.slice(prefix.length).split('=', 1)[0] ?? '';
  return name.toLowerCase();
}

/** What in this command line and environment makes a packaged start refuse; empty when none. */
export function forbiddenDebugFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const found: string[] = [];
  // argv[0] is the program itself.
  for (const argument of argv.slice(1)) {
    const name = switchName(argument, platform);
    if (name !== undefined && (FORBIDDEN_SWITCHES.includes(name) || NODE_INSPECTOR.test(name))) found.push(argument);
  }
  if (env.ELECTRON_RUN_AS_NODE !== undefined) found.push('ELECTRON_RUN_AS_NODE');
  const nodeOptions = env.NODE_OPTIONS ?? '';
  const nodeSwitches = nodeOptions.split(/\s+/).map((option) => switchName(option, 'linux'));
  if (nodeSwitches.some((name) => name !== undefined && (NODE_INSPECTOR.test(name) || NODE_PRELOADS.includes(name)))) {
    found.push(`NODE_OPTIONS=${nodeOptions}`);
  }
  return found;
}
