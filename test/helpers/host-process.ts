/**
 * The browser host as a real child process (runtime/host/main.ts under tsx) on a data folder:
 * what crash tests kill with SIGKILL and start again on the same folder and port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const READY = /motcua kiosk ready at (\S+)/;

export interface HostProcess {
  readonly pid: number;
  readonly url: string;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** The last lines the host logged (stderr), for a failing test's message. */
  recentLog(): string;
  kill(signal: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
}

/** A port free now on loopback, so a restarted host can listen on the same one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startHostProcess(options: { dataDir: string; port: number; readyTimeoutMs?: number }): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'runtime/host/main.ts', '--data-dir', options.dataDir, '--port', String(options.port), '--address', '127.0.0.1', '--renderer-dir', options.dataDir],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    log.push(...chunk.split('\n').filter(Boolean));
    log.splice(0, Math.max(0, log.length - 40));
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host not ready in time:\n${log.join('\n')}`)), options.readyTimeoutMs ?? 30_000);
    // Both pipes stay drained for the host's whole life (a full pipe would block its logging);
    // stdout is only kept until the ready line.
    let output: string | undefined = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (output === undefined) return;
      output += chunk;
      const match = READY.exec(output);
      if (match?.[1] !== undefined) {
        output = undefined;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${String(how)}) before it was ready:\n${log.join('\n')}`));
    });
  });
  if (child.pid === undefined) throw new Error('host has no pid');
  return {
    pid: child.pid,
    url,
    exited,
    recentLog: () => log.join('\n'),
    kill(signal) {
      child.kill(signal);
      return exited;
    },
  };
}
