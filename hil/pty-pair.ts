/**
 * A pair of linked pseudo-terminals made by socat, standing in for a serial cable: the real adapter
 * opens `adapterPath` as if it were /dev/ttyUSB0, a virtual device opens `devicePath`; bytes written
 * to one end come out of the other. `unplug()` / `replug()` pull and reinsert the cable: socat is
 * stopped (both PTYs vanish, open handles see an error or hang-up) and started again on the same
 * link paths, so an adapter that reopens its path finds the device again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPairOptions {
  /** How long socat may take to create both links. */
  startTimeoutMs?: number;
  /** socat's binary; /usr/bin/socat on Debian. */
  socat?: string;
}

/** socat -d -d logs this once both PTYs exist and it has started copying bytes between them. */
const READY_LINE = 'starting data transfer loop';

export class PtyPair {
  /** The end the adapter under test opens (its "serial port"). */
  readonly adapterPath: string;
  /** The end the virtual device opens. */
  readonly devicePath: string;
  private socat: ChildProcess | null = null;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly options: Required<PtyPairOptions>,
  ) {
    this.adapterPath = join(dir, 'adapter');
    this.devicePath = join(dir, 'device');
  }

  /** Start socat in a fresh temporary folder; resolves once both link paths can be opened. */
  static async open(options: PtyPairOptions = {}): Promise<PtyPair> {
    const dir = await mkdtemp(join(tmpdir(), 'motcua-pty-'));
    const pair = new PtyPair(dir, { startTimeoutMs: 5_000, socat: '/usr/bin/socat', ...options });
    try {
      await pair.start();
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return pair;
  }

  /** True while socat runs (between open/replug and unplug/close). */
  get plugged(): boolean {
    return this.socat !== null;
  }

  /** Pull the cable: both PTYs disappear until `replug()`. */
  async unplug(): Promise<void> {
    await this.stop();
  }

  /** Reinsert the cable: new PTYs behind the same link paths. */
  async replug(): Promise<void> {
    if (this.closed) throw new Error('PtyPair is closed');
    if (this.socat !== null) return;
    await this.start();
  }

  /** Stop socat and remove the temporary folder; safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async start(): Promise<void> {
    // Links left by a socat that was killed outright would make the new one fail.
    await rm(this.adapterPath, { force: true });
    await rm(this.devicePath, { force: true });
    const link = (path: string) => `pty,raw,echo=0,link=${path}`;
    const child = spawn(this.options.socat, ['-d', '-d', link(this.adapterPath), link(this.devicePath)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.socat = child;
    // socat killed from outside is a pulled cable too.
    child.once('exit', () => {
      if (this.socat === child) this.socat = null;
    });
    return new Promise<void>((resolve, reject) => {
      let log = '';
      const fail = (message: string) => {
        cleanup();
        child.kill('SIGTERM');
        this.socat = null;
        reject(new Error(`${message}${log ? `; socat said: ${log.trim()}` : ''}`));
      };
      const onData = (chunk: Buffer) => {
        log += chunk.toString('utf8');
        if (log.includes(READY_LINE) && existsSync(this.adapterPath) && existsSync(this.devicePath)) {
          cleanup();
          resolve();
        }
      };
      const onError = (error: Error) => fail(`could not start socat (${this.options.socat}): ${error.message}`);
      const onExit = (code: number | null) => fail(`socat exited (code ${code}) before the PTYs were ready`);
      const timer = setTimeout(() => fail(`socat did not create the PTYs within ${this.options.startTimeoutMs} ms`), this.options.startTimeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        child.stderr?.off('data', onData);
        child.off('error', onError);
        child.off('exit', onExit);
        // Keep draining socat's log so a full pipe never blocks it.
        child.stderr?.resume();
      };
      child.stderr?.on('data', onData);
      child.once('error', onError);
      child.once('exit', onExit);
    });
  }

  /** SIGTERM lets socat remove its links; wait for it so the paths are gone when this resolves. */
  private async stop(): Promise<void> {
    const child = this.socat;
    if (child === null) return;
    this.socat = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
