/**
 * How long a group's counters take per citizen, learnt from the services they finish: an
 * exponentially weighted moving average, so the estimate follows the day (a slow afternoon, a new
 * clerk) without being thrown by one long case. Pure: the pace comes in and a new one goes out.
 */
import { z } from 'zod';

export const serviceTimeSchema = z.strictObject({
  /** Weight of the newest service: 0.2 lets about the last ten services count. */
  alpha: z.number().gt(0).max(1).default(0.2),
  /** Minutes per citizen assumed before the group has finished any service today. */
  priorMinutes: z.number().min(1).max(120).default(6),
});
export type ServiceTimeConfig = z.infer<typeof serviceTimeSchema>;

/** A group's learnt pace: minutes per citizen, and how many services it was learnt from. */
export interface ServicePace {
  minutes: number;
  samples: number;
}

// Under 20 s is a clerk clicking "start" then "finish" by mistake or skipping a no-show; over two
// hours is a service left open over lunch or overnight. Neither says how long citizens take.
export const SHORTEST_REAL_SERVICE_MS = 20_000;
export const LONGEST_REAL_SERVICE_MS = 2 * 60 * 60_000;

export function initialPace(config: ServiceTimeConfig): ServicePace {
  return { minutes: config.priorMinutes, samples: 0 };
}

/** The pace after one more finished service (start to finish); an implausible duration changes nothing. */
export function recordService(pace: ServicePace, durationMs: number, config: ServiceTimeConfig): ServicePace {
  if (!(durationMs >= SHORTEST_REAL_SERVICE_MS && durationMs <= LONGEST_REAL_SERVICE_MS)) return pace;
  // The prior is the average's starting value, so the first real services move it only by alpha each.
  const minutes = config.alpha * (durationMs / 60_000) + (1 - config.alpha) * pace.minutes;
  return { minutes, samples: pace.samples + 1 };
}
