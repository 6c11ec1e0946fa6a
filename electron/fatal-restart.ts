/**
 * An error nothing caught in the main process (the runtime runs there) leaves it in an unknown
 * state: log it and start the app afresh. Tickets are safe: the store writes each one as it is
 * issued. The process and the app come in as parameters, so this is tested without Electron.
 */

export interface ErrorSource {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface RelaunchableApp {
  relaunch(): void;
  exit(code: number): void;
}

export function restartOnFatalError(source: ErrorSource, app: RelaunchableApp, log: (message: string) => void): void {
  let restarting = false;
  const fail = (kind: string, reason: unknown): void => {
    log(`${kind}, restarting the app: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
    // A second error while going down must not relaunch twice.
    if (restarting) return;
    restarting = true;
    app.relaunch();
    app.exit(1);
  };
  source.on('uncaughtException', (error) => fail('uncaught exception', error));
  source.on('unhandledRejection', (reason) => fail('unhandled promise rejection', reason));
}
