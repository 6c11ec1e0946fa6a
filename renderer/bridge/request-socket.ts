/**
 * A page's requests to the host over a reconnecting socket: each request gets an id the host's
 * `reply` repeats, and everything else the host sends is a push for the page. A request in flight
 * when the socket drops is answered `lost`, never replayed: the host is the authority on whether
 * it happened. The counter page and the rating pages ride on this.
 */
import { type ReconnectingSocketOptions, openReconnectingSocket } from './reconnecting-socket.js';

export type Lost = { ok: false; reason: 'lost' };

export interface HostReply<Result> {
  type: 'reply';
  id: number;
  result: Result;
}

export interface RequestSocketOptions<Result, Push> extends ReconnectingSocketOptions {
  /** The page's name in the console ("[counter] …"). */
  name: string;
  /** The host's message, or null when the page does not understand it. */
  parse(data: unknown): HostReply<Result> | Push | null;
}

export interface RequestSocketEvents<Push> {
  /** A socket opened (the first or after a reconnect). */
  open(): void;
  lost(): void;
  push(message: Push): void;
}

export interface RequestSocket<Command, Result> {
  request(command: Command): Promise<Result | Lost>;
  close(): void;
}

function isReply<Result>(message: object): message is HostReply<Result> {
  return 'type' in message && message.type === 'reply';
}

export function openRequestSocket<Command extends object, Result, Push extends object>(
  options: RequestSocketOptions<Result, Push>,
  events: RequestSocketEvents<Push>,
): RequestSocket<Command, Result> {
  const pending = new Map<number, (reply: Result | Lost) => void>();
  let nextId = 1;

  function answerPendingLost(): void {
    for (const answer of pending.values()) answer({ ok: false, reason: 'lost' });
    pending.clear();
  }

  const link = openReconnectingSocket(options, {
    open() {
      link.resetBackoff();
      events.open();
    },
    message(data) {
      const message = options.parse(data);
      if (message === null) return console.warn(`[${options.name}] ignored a malformed host message`);
      if (isReply<Result>(message)) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else events.push(message);
    },
    down() {
      answerPendingLost();
      events.lost();
    },
  });

  return {
    request(command) {
      const open = link.openSocket();
      if (open === null) return Promise.resolve({ ok: false, reason: 'lost' });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        open.send(JSON.stringify({ ...command, id }));
      });
    },
    close() {
      link.close();
      answerPendingLost();
    },
  };
}
