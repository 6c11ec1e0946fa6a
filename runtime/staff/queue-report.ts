/**
 * The queue dashboard in staff mode: the day, every group's waiting line and estimate, what each
 * counter is doing and has served, and today's tickets by what became of them.
 */
import type { CounterGlance, QueueReport } from '../../bridge/staff-protocol.js';
import type { ServicePoint } from '../queue/service-point.js';
import type { TicketStore } from '../store/ticket-store.js';

export function queueReport(servicePoint: ServicePoint, store: TicketStore): QueueReport {
  const day = servicePoint.day();
  const groups = servicePoint.groups();
  const numbers = [...new Set(groups.flatMap((group) => group.counters))].sort((a, b) => a - b);
  const counters = numbers.map((counter): CounterGlance => {
    const state = servicePoint.counterState(counter);
    return {
      counter,
      current: state.current === null ? null : { number: state.current.number, state: state.current.state === 'serving' ? 'serving' : 'called' },
      paused: state.paused?.reason ?? null,
      servedToday: state.servedToday,
    };
  });
  return { day, groups, counters, today: ticketsByOutcome(store, day.day) };
}

function ticketsByOutcome(store: TicketStore, day: string): QueueReport['today'] {
  const rows = store.connection
    .prepare<[string], { state: string; tickets: number }>(
      `SELECT queue_state AS state, count(*) AS tickets FROM ticket WHERE service_day = ? GROUP BY queue_state`,
    )
    .all(day);
  const count = (state: string) => rows.find((row) => row.state === state)?.tickets ?? 0;
  return {
    issued: rows.reduce((sum, row) => sum + row.tickets, 0),
    waiting: count('waiting'),
    served: count('done'),
    noShow: count('no_show'),
  };
}
