/**
 * Where the dashboard and the exports get their figures: the ratings and the served tickets of a
 * range, read from the store at the moment they are asked for, named by the config in force.
 */
import type { DayRange, SatisfactionReport } from '../../bridge/dashboard-protocol.js';
import type { TicketStore } from '../store/ticket-store.js';
import type { RatingStore } from './rating-store.js';
import { satisfactionReport } from './statistics.js';
import type { StatisticsNames } from './statistics-names.js';
import { type Cell, exportRows } from './statistics-rows.js';
import { servedTickets } from './statistics-tickets.js';

export interface StatisticsSource {
  ratings: Pick<RatingStore, 'between'>;
  store: TicketStore;
  /** Read at every report, so a reloaded config or catalogue names things at once. */
  names: () => StatisticsNames;
  now: () => number;
}

export function reportOf(source: StatisticsSource, range: DayRange): SatisfactionReport {
  return satisfactionReport({
    range,
    ratings: source.ratings.between(range.from, range.to),
    tickets: servedTickets(source.store, range.from, range.to),
    names: source.names(),
    madeAt: source.now(),
  });
}

export function exportRowsOf(source: StatisticsSource, range: DayRange): Cell[][] {
  return exportRows(source.ratings.between(range.from, range.to), servedTickets(source.store, range.from, range.to), source.names());
}
