// `npm start`: the kiosk in Electron when its binary is (or can be) installed; otherwise, in one
// line, why not, and the same runtime in the browser host, opened in Chromium's app mode when one
// is found. Arguments after `npm start --` go to the kiosk (--data-dir, --config, --port...).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSqliteBinding } from './electron-native.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const electronDir = join(root, 'node_modules/electron');

function electronInstalled() {
  try {
    const version = readFileSync(join(electronDir, 'dist/version'), 'utf8').replace(/^v/, '').trim();
    const wanted = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
    const binary = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8'));
    return version === wanted && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Can we open a connection to where Electron downloads from? Answers within 3 s, never hangs. */
function downloadReachable() {
  const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/';
  const host = new URL(mirror).hostname;
  return new Promise((resolve) => {
    const socket = connect({ host, port: 443, timeout: 3000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

async function electronBinary() {
  const installed = electronInstalled();
  if (installed) return { binary: installed };
  if (!existsSync(join(electronDir, 'install.js'))) return { reason: 'the electron package is not installed' };
  if (!(await downloadReachable())) return { reason: "Electron's binary is not installed and its download site cannot be reached" };
  console.log('Downloading Electron (first start only)...');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', timeout: 10 * 60_000 });
  const binary = result.status === 0 ? electronInstalled() : null;
  return binary ? { binary } : { reason: "Electron's binary could not be downloaded" };
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

const hasDisplay = () => process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function runElectron(binary) {
  const env = { ...process.env, MOTCUA_SQLITE_BINDING: electronSqliteBinding(root) };
  forwardSignals(spawn(binary, [join(root, 'dist/electron/main.cjs'), ...args], { stdio: 'inherit', env }));
}

/** dist/host/main.mjs exits with this when staff ask for a restart: it is started again. */
const RESTART_EXIT_CODE = 75;

function runBrowserHost() {
  let host;
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host?.kill(signal));
  let opened = false;
  const start = () => {
    host = spawn(process.execPath, [join(root, 'dist/host/main.mjs'), ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
    host.on('exit', (code) => {
      if (code !== RESTART_EXIT_CODE) process.exit(code ?? 0);
      console.log('Restarting the kiosk at staff request...');
      start();
    });
    host.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const url = /motcua kiosk ready at (\S+)/.exec(String(chunk))?.[1];
      // The page reconnects by itself after a restart: Chromium is opened once.
      if (!url || opened) return;
      opened = true;
      openInChromium(url);
    });
  };
  start();
}

function openInChromium(url) {
  const chromium = findChromium();
  if (!chromium || !hasDisplay()) {
    console.log(`No ${chromium ? 'display' : 'Chromium'} found: open ${url} in a browser.`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'motcua-chromium-'));
  const flags = [`--app=${url}`, '--kiosk', '--start-fullscreen', '--disable-features=Translate', `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  // Chromium refuses to start as root with its sandbox on (kiosk images often run as root).
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  spawn(chromium, flags, { stdio: 'ignore' })
    .on('error', (error) => console.log(`Could not open Chromium (${error.message}): open ${url} in a browser.`))
    .on('exit', (code) => {
      if (code !== 0) console.log(`Chromium closed (exit ${code}): the kiosk is still at ${url}`);
    });
  console.log(`Opened ${url} in ${chromium} (app mode).`);
}

const electron = await electronBinary();
if (electron.binary) {
  await runElectron(electron.binary);
} else {
  console.log(`${electron.reason}: running the browser host instead.`);
  runBrowserHost();
}
