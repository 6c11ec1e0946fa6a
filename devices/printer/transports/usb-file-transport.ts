/**
 * A USB printer through the kernel's printer class driver: the device file /dev/usb/lp0, opened
 * read/write. A read on a character device that has nothing to say blocks a libuv threadpool
 * thread until it does, and close() cannot wake it: a printer that never replies would take a
 * thread for good, and one per reconnect. So the file is opened non-blocking and read by polling,
 * one read at a time: often just after a write (replies answer queries), rarely otherwise.
 * Writes may be partial or refused (EAGAIN) while the printer is busy; they are retried.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatPrinterAddress } from '../../../domain/config/printer-address.js';
import { type Link, type LinkEvents, ReconnectingTransport } from './reconnecting-transport.js';

export interface UsbFileTransportOptions {
  path: string;
  /** Read poll period for `busyPollWindowMs` after a write, when a reply is due. */
  busyPollMs?: number;
  /** Read poll period otherwise (printers speak only when asked; this just notices a gone device). */
  idlePollMs?: number;
  busyPollWindowMs?: number;
}

const TRY_AGAIN = new Set(['EAGAIN', 'EWOULDBLOCK', 'EINTR']);
const isTryAgain = (error: unknown) => TRY_AGAIN.has((error as NodeJS.ErrnoException).code ?? '');

export class UsbFileTransport extends ReconnectingTransport {
  readonly kind = 'usb';
  readonly address: string;

  constructor(private readonly options: UsbFileTransportOptions) {
    super();
    this.address = formatPrinterAddress({ kind: 'usb', path: options.path });
  }

  protected async openLink(events: LinkEvents): Promise<Link> {
    const { busyPollMs = 10, idlePollMs = 250, busyPollWindowMs = 3_000 } = this.options;
    const file = await open(this.options.path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
    // Aborted by close(): ends the read loop and any write waiting to retry, at once.
    const stop = new AbortController();
    let lastWriteAt = 0;
    const pollMs = () => (Date.now() - lastWriteAt < busyPollWindowMs ? busyPollMs : idlePollMs);
    const fail = (error: Error) => {
      if (!stop.signal.aborted) events.lost(error);
    };
    const reading = readLoop(file, stop.signal, pollMs, events.data).catch(fail);
    let closing: Promise<void> | null = null;
    return {
      write: async (bytes) => {
        lastWriteAt = Date.now();
        try {
          await writeAll(file, bytes, stop.signal, busyPollMs);
        } catch (error) {
          fail(error as Error);
          throw error;
        }
        lastWriteAt = Date.now();
      },
      close: () => {
        closing ??= (async () => {
          stop.abort(new Error('the printer file was closed'));
          // Nonblocking reads return at once: after the loop ends no read holds the handle.
          await reading;
          await file.close();
        })();
        return closing;
      },
    };
  }
}

async function readLoop(file: FileHandle, stop: AbortSignal, pollMs: () => number, onData: (bytes: Buffer) => void): Promise<void> {
  const buffer = Buffer.alloc(256);
  while (!stop.aborted) {
    let bytesRead = 0;
    try {
      ({ bytesRead } = await file.read(buffer, 0, buffer.length, null));
    } catch (error) {
      if (!isTryAgain(error)) throw error;
    }
    if (stop.aborted) return;
    if (bytesRead > 0) onData(Buffer.from(buffer.subarray(0, bytesRead)));
    else await sleep(pollMs(), undefined, { signal: stop }).catch(() => undefined);
  }
}

async function writeAll(file: FileHandle, bytes: Uint8Array, stop: AbortSignal, retryMs: number): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    stop.throwIfAborted();
    try {
      const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset, null);
      offset += bytesWritten;
      if (bytesWritten === 0) await sleep(retryMs, undefined, { signal: stop });
    } catch (error) {
      if (!isTryAgain(error)) throw error;
      await sleep(retryMs, undefined, { signal: stop });
    }
  }
}
