/**
 * The service point's queue as the host's sockets and the kiosks use it: one object per host
 * (runtime/queue/service-point.ts) over the ticket store, the config's groups and policies, the
 * learnt pace and the day's opening. Everything returns a result or a refusal with a reason; it
 * never throws on bad or stale input.
 */
import type {
  BoardState,
  CounterState,
  DayState,
  GroupSummary,
  LinkedTicket,
  QueueRefusal,
} from '../../bridge/queue-protocol.js';
import type { PriorityGroupId } from '../../domain/queue/priority.js';
import type { DayEvent, QueueEvent } from './queue-events.js';

/** What a counter can do, as the counter socket hands it on (after sign-in). */
export type CounterAction =
  | { type: 'callNext' }
  | { type: 'recall' | 'noShow' | 'start' | 'finish'; ticketId: number }
  | { type: 'transfer'; ticketId: number; toGroupId: string }
  | { type: 'pause'; reason: string }
  | { type: 'resumeCounter' }
  | { type: 'openDay' }
  | { type: 'closeDay' };

export type ActionResult = { ok: true } | QueueRefusal;

export interface IssueTicketRequest {
  serviceId: string;
  /** The catalogue procedure the citizen chose, when they chose one (closing cut-offs depend on it). */
  procedureId: string | null;
  priority: PriorityGroupId | null;
  kioskId: string;
}

export type IssueResult = { ok: true; ticket: LinkedTicket } | QueueRefusal;

export interface ServicePointQueue {
  issue(request: IssueTicketRequest): IssueResult;
  /** `actor` names who acted, for the audit trail ("counter 3"). */
  act(counter: number, action: CounterAction, actor: string): ActionResult;
  counterState(counter: number): CounterState;
  boardState(): BoardState;
  groups(): GroupSummary[];
  day(): DayState;
  /** Every committed change (and day open/close); returns the unsubscribe function. */
  onChange(listener: (event: QueueEvent | DayEvent) => void): () => void;
}

export type { DayEvent } from './queue-events.js';

/**
 * How a kiosk gets its tickets numbered: from this host's own service point, or (a second kiosk,
 * the robot) from the host it links to over `/queue`. Asynchronous, since the second is remote.
 */
export interface TicketIssuer {
  issue(request: IssueTicketRequest): Promise<IssueResult>;
  /** Waiting counts and estimates as last known. */
  groups(): GroupSummary[];
  day(): DayState;
  /** Called whenever groups() or day() may have changed; returns the unsubscribe function. */
  onUpdate(listener: () => void): () => void;
  /** Whether the ticket's slip printed, kept where the ticket is stored (staff see failed prints). */
  recordPrint(ticketId: number, printed: boolean): void;
  close(): void;
}
