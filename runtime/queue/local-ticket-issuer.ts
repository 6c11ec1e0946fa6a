/**
 * How the kiosk hosting the service point numbers its own tickets: straight from its ServicePoint,
 * on the same store, with the print outcome recorded against the ticket.
 */
import type { DayState, GroupSummary } from '../../bridge/queue-protocol.js';
import type { TicketStore } from '../store/ticket-store.js';
import type { ServicePoint } from './service-point.js';
import type { IssueResult, IssueTicketRequest, TicketIssuer } from './service-point-api.js';

export class LocalTicketIssuer implements TicketIssuer {
  private readonly subscriptions = new Set<() => void>();

  constructor(
    private readonly servicePoint: ServicePoint,
    private readonly store: TicketStore,
  ) {}

  async issue(request: IssueTicketRequest): Promise<IssueResult> {
    return this.servicePoint.issue(request);
  }

  groups(): GroupSummary[] {
    return this.servicePoint.groups();
  }

  day(): DayState {
    return this.servicePoint.day();
  }

  onUpdate(listener: () => void): () => void {
    let scheduled = false;
    // A change is emitted inside the action that made it (a linked kiosk's issue waits for it), so
    // the menu's counts are worked out afterwards, once for a burst of changes in one tick.
    const unsubscribe = this.servicePoint.onChange(() => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        if (this.subscriptions.has(unsubscribe)) listener();
      });
    });
    this.subscriptions.add(unsubscribe);
    return () => {
      unsubscribe();
      this.subscriptions.delete(unsubscribe);
    };
  }

  recordPrint(ticketId: number, printed: boolean): void {
    if (printed) this.store.markPrinted(ticketId);
    else this.store.markPrintFailed(ticketId);
  }

  close(): void {
    for (const unsubscribe of this.subscriptions) unsubscribe();
    this.subscriptions.clear();
  }
}
