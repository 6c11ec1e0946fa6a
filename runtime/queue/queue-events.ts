/**
 * What the queue tells the rest of the runtime after each committed change: the board, the counter
 * pages and (from `finished`) the satisfaction survey listen here. In-process only; a second
 * process on the same file does not hear them.
 */
import type { QueueTicket } from './queue-statements.js';

interface TicketEvent<Type extends string> {
  type: Type;
  /** The ticket as it stands after the change. */
  ticket: QueueTicket;
  at: number;
}

/** A change to one ticket. */
export type TicketChangeEvent =
  | TicketEvent<'issued'>
  /** `callId`: the call's record, unique per call or recall (the board announces each once). */
  | (TicketEvent<'called' | 'recalled'> & { counter: number; callId: number })
  | (TicketEvent<'noShow' | 'started'> & { counter: number })
  | (TicketEvent<'finished'> & { counter: number; durationMs: number })
  | (TicketEvent<'transferred'> & { counter: number; fromGroupId: string; toGroupId: string });

/** A counter closing for a while (with why) or opening again. */
export type CounterEvent = { type: 'paused'; counter: number; reason: string; at: number } | { type: 'resumed'; counter: number; at: number };

/** The service day opened (or opened again) or closed; `actor` as in the audit trail. */
export type DayEvent = { type: 'dayOpened' | 'dayClosed'; day: string; at: number; actor: string };

export type QueueEvent = TicketChangeEvent | CounterEvent | DayEvent;

/** An event before the changed ticket is attached: what an action reports from inside its transaction. */
export type QueueChange = TicketChangeEvent extends infer Event ? (Event extends TicketChangeEvent ? Omit<Event, 'ticket'> : never) : never;

export type QueueListener = (event: QueueEvent) => void;

export class QueueEvents {
  private readonly listeners = new Set<QueueListener>();

  /** Subscribe; returns the unsubscribe function. */
  on(listener: QueueListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: QueueEvent): void {
    for (const listener of this.listeners) {
      // The change is already committed: one failing listener must not hide it from the others or the caller.
      try {
        listener(event);
      } catch (error) {
        console.error(`queue listener failed on ${event.type}:`, error);
      }
    }
  }
}
