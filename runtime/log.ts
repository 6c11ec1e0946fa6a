/** One line per event, to stderr: what staff and engineers read when something went wrong. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.error(`[motcua] ${message}`),
  warn: (message) => console.error(`[motcua] warning: ${message}`),
  error: (message) => console.error(`[motcua] error: ${message}`),
};

/** Keeps the lines in memory: tests read them, nothing is printed. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
}
