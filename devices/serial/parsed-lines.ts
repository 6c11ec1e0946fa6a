import type { LinePort } from './line-port.js';

/**
 * Feed a port's lines through a protocol parser. A line the parser does not know is ignored, and
 * noted on the device's health so staff can see a miswired or misconfigured device: never thrown,
 * never passed on half-understood.
 */
export function onParsedLine<T>(port: LinePort, parse: (line: string) => T | null, listener: (message: T) => void): () => void {
  return port.onLine((line) => {
    const message = parse(line);
    if (message === null) port.note(`ignored an unrecognised line ${JSON.stringify(line.slice(0, 40))}`);
    else listener(message);
  });
}
