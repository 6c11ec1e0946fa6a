/**
 * What staff must see to, kept while it lasts: a device down, a ticket that didn't print.
 * Raising an alert again updates it in place; every change is logged, so nothing is missed even
 * before the staff screen exists.
 */
import type { StaffAlert } from '../bridge/contract.js';
import type { Logger } from './log.js';

export class StaffAlerts {
  private readonly open = new Map<string, StaffAlert>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  raise(id: string, severity: StaffAlert['severity'], message: string): void {
    const existing = this.open.get(id);
    if (existing?.message === message && existing.severity === severity) return;
    this.open.set(id, { id, severity, message, since: existing?.since ?? this.now().toISOString() });
    this.logger.warn(`staff alert [${id}] ${message}`);
  }

  clear(id: string): void {
    if (this.open.delete(id)) this.logger.info(`staff alert [${id}] cleared`);
  }

  list(): StaffAlert[] {
    return [...this.open.values()];
  }
}
