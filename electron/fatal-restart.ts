/**
 * An error nothing caught in the main process (the runtime runs there) leaves it in an unknown
 * state: log it and start the app afresh. Tickets are safe: the store writes each one as it is
 * issued. A fault that comes back at every start must not flash the screen in a tight loop, so
 * restarts in a row (each before 10 minutes of running) back off. The process and the app come
 * in as parameters, so this is tested without Electron.
 */

export interface ErrorSource {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface RelaunchableApp {
  relaunch(): void;
  exit(code: number): void;
}

/** Carried to the relaunched process in its environment (which it inherits). */
export const FAULT_RESTARTS_ENV = 'MOTCUA_FAULT_RESTARTS';

/** A start that ran this long was a good one: the count of restarts in a row begins again. */
export const STABLE_UPTIME_MS = 10 * 60_000;

/** The first two restarts in a row come at once; then 10 s, 20 s, 40 s… at most 5 minutes. */
export function faultRestartDelayMs(restartsInARow: number): number {
  return restartsInARow <= 2 ? 0 : Math.min(5 * 60_000, 10_000 * 2 ** (restartsInARow - 3));
}

export interface FatalRestartOptions {
  /** This process's environment: the count is read from it and handed on in it. */
  env: Record<string, string | undefined>;
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

export function restartOnFatalError(source: ErrorSource, app: RelaunchableApp, log: (message: string) => void, options: FatalRestartOptions): void {
  // Unref'd: these timers never keep a process alive on their own.
  const wait = options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms).unref());
  let restarting = false;
  // A good run clears the count, so a later relaunch (the daily one too) starts from none.
  wait(() => delete options.env[FAULT_RESTARTS_ENV], STABLE_UPTIME_MS);
  const fail = (kind: string, reason: unknown): void => {
    log(`${kind}: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
    // A second error while going down must not relaunch twice.
    if (restarting) return;
    restarting = true;
    const inARow = (Number(options.env[FAULT_RESTARTS_ENV]) || 0) + 1;
    options.env[FAULT_RESTARTS_ENV] = String(inARow);
    const delay = faultRestartDelayMs(inARow);
    log(delay === 0 ? 'restarting the app' : `restarting the app in ${delay / 1000} s (restart ${inARow} in a row)`);
    const restart = () => {
      app.relaunch();
      app.exit(1);
    };
    if (delay === 0) restart();
    else wait(restart, delay);
  };
  source.on('uncaughtException', (error) => fail('uncaught exception', error));
  source.on('unhandledRejection', (reason) => fail('unhandled promise rejection', reason));
}
