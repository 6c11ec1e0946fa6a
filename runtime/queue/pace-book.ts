/**
 * Each group's pace today, learnt from the services its counters finished (start to finish): kept
 * in memory, rebuilt from the store whenever a new day is asked for (at start, after a restart, at
 * midnight), so the estimate survives a crash without a table of its own.
 */
import { type ServicePace, type ServiceTimeConfig, initialPace, recordService } from '../../domain/queue/service-time.js';
import type { QueueStatements } from './queue-statements.js';

interface GroupPace {
  durationsMs: number[];
  /** The average over the first `folded` durations, with the config it was worked out with. */
  pace: ServicePace;
  folded: number;
  config: ServiceTimeConfig;
}

export class PaceBook {
  private day: string | null = null;
  private groups = new Map<string, GroupPace>();

  constructor(private readonly statements: QueueStatements) {}

  /** A service just finished and committed on `day`. */
  record(day: string, groupId: string, durationMs: number): void {
    // Loading the day reads this service from the store already.
    if (this.load(day)) return;
    this.group(groupId).durationsMs.push(durationMs);
  }

  paceOf(day: string, groupId: string, config: ServiceTimeConfig): ServicePace {
    this.load(day);
    const group = this.group(groupId);
    if (group.config.alpha !== config.alpha || group.config.priorMinutes !== config.priorMinutes) {
      Object.assign(group, { pace: initialPace(config), folded: 0, config });
    }
    // Only the services finished since the last look are folded in.
    for (; group.folded < group.durationsMs.length; group.folded += 1) {
      group.pace = recordService(group.pace, group.durationsMs[group.folded] ?? 0, config);
    }
    return group.pace;
  }

  /** Read the day's finished services if it is not the day in memory; true when it did. */
  private load(day: string): boolean {
    if (day === this.day) return false;
    this.day = day;
    this.groups = new Map();
    for (const service of this.statements.finishedServices(day)) {
      this.group(service.serviceId).durationsMs.push(service.finishedAt - service.startedAt);
    }
    return true;
  }

  private group(groupId: string): GroupPace {
    let group = this.groups.get(groupId);
    if (group === undefined) {
      // Folded with the first config asked for; paceOf starts over if another one is asked.
      group = { durationsMs: [], pace: { minutes: 0, samples: 0 }, folded: 0, config: { alpha: Number.NaN, priorMinutes: Number.NaN } };
      this.groups.set(groupId, group);
    }
    return group;
  }
}
