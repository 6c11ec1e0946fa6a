/**
 * Minutes a ticket can expect to wait in its group now: the learnt pace, the people ahead, the
 * group's counters that are not paused, and how long each service at them has lasted already.
 * One reading of the queue serves every group (the board, the kiosk menu and the status page).
 */
import type { ServiceGroup } from '../../domain/config/schema.js';
import type { ServiceTimeConfig } from '../../domain/queue/service-time.js';
import { estimateWaitMinutes } from '../../domain/queue/wait-estimate.js';
import type { QueueService } from './queue-service.js';

export type GroupWait = (group: ServiceGroup, peopleAhead: number) => number | null;

export function groupWaits(queue: QueueService, day: string, at: Date, serviceTime: ServiceTimeConfig): GroupWait {
  const paused = new Set(queue.pausedCounters().map((pause) => pause.counter));
  const serving = queue.nowServing(day);
  return (group, peopleAhead) => {
    const open = group.counters.filter((counter) => !paused.has(counter));
    // A counter that has called someone is busy from then, but its service time starts with the service.
    const inServiceMinutes = serving
      .filter((held) => open.includes(held.counter))
      .map((held) => (held.startedAt === null ? 0 : Math.max(0, at.getTime() - held.startedAt) / 60_000));
    return estimateWaitMinutes({
      peopleAhead,
      openCounters: open.length,
      paceMinutes: queue.paceOf(day, group.id, serviceTime).minutes,
      inServiceMinutes,
    });
  };
}
