/**
 * The receipt printer's paper counter: what has gone onto the roll since staff last said a new
 * one was put in (tickets, other jobs, and the estimated length, paper-length.ts), against the
 * roll's length. Kept in `<dataDir>/paper-counter.json`, written whole and atomically on every
 * change, so it survives a restart or a power cut; a missing or unreadable file starts a fresh
 * count on a default roll.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_ROLL_LENGTH_M } from '../../bridge/device-tool-constants.js';
import type { PaperCounterView } from '../../bridge/staff-device-protocol.js';
import type { PrintJob } from '../../devices/printer/print-job.js';
import { ListenerSet } from '../../devices/serial/listener-set.js';
import { writeFileAtomically } from '../config/atomic-file.js';
import type { Logger } from '../log.js';
import { TYPICAL_TICKET_MM, jobLengthMm } from './paper-length.js';

export const PAPER_COUNTER_FILE = 'paper-counter.json';

/** Staff are warned when less than this share of the roll is left. */
const NEAR_END_SHARE = 0.1;

const countSchema = z.strictObject({
  since: z.iso.datetime(),
  rollLengthMm: z.number().int().positive(),
  usedMm: z.number().nonnegative(),
  tickets: z.number().int().nonnegative(),
  ticketsMm: z.number().nonnegative(),
  otherJobs: z.number().int().nonnegative(),
});
type Count = z.infer<typeof countSchema>;

export interface PaperCounterOptions {
  dataDir: string;
  now: () => Date;
  logger: Logger;
}

export class PaperCounter {
  private count: Count;
  private readonly changes = new ListenerSet<PaperCounterView>();
  private readonly file: string;

  constructor(private readonly options: PaperCounterOptions) {
    this.file = join(options.dataDir, PAPER_COUNTER_FILE);
    this.count = this.load() ?? this.fresh(DEFAULT_ROLL_LENGTH_M);
  }

  view(): PaperCounterView {
    const { since, rollLengthMm, usedMm, tickets, ticketsMm, otherJobs } = this.count;
    const remainingMm = Math.max(0, rollLengthMm - usedMm);
    const perTicket = tickets > 0 ? ticketsMm / tickets : TYPICAL_TICKET_MM;
    return {
      since,
      rollLengthMm,
      usedMm: Math.round(usedMm),
      remainingMm: Math.round(remainingMm),
      tickets,
      otherJobs,
      ticketsLeft: Math.floor(remainingMm / perTicket),
      nearEnd: remainingMm < rollLengthMm * NEAR_END_SHARE,
    };
  }

  /** Told after every change (a job printed, a reset). */
  onChange(listener: (view: PaperCounterView) => void): () => void {
    return this.changes.add(listener);
  }

  /** A job the printer printed. */
  record(job: PrintJob): void {
    const mm = jobLengthMm(job);
    const { count } = this;
    const ticket = job.kind === 'ticket';
    this.change({
      ...count,
      usedMm: count.usedMm + mm,
      tickets: count.tickets + (ticket ? 1 : 0),
      ticketsMm: count.ticketsMm + (ticket ? mm : 0),
      otherJobs: count.otherJobs + (ticket ? 0 : 1),
    });
  }

  /** A new roll is in. */
  reset(rollLengthM: number = DEFAULT_ROLL_LENGTH_M): void {
    this.change(this.fresh(rollLengthM));
  }

  private fresh(rollLengthM: number): Count {
    return { since: this.options.now().toISOString(), rollLengthMm: rollLengthM * 1000, usedMm: 0, tickets: 0, ticketsMm: 0, otherJobs: 0 };
  }

  private change(count: Count): void {
    this.count = count;
    try {
      writeFileAtomically(this.file, `${JSON.stringify(count)}\n`);
    } catch (error) {
      // The count goes on in memory: losing it at the next restart is the lesser harm.
      this.options.logger.warn(`paper counter not saved: ${String(error)}`);
    }
    this.changes.emit(this.view());
  }

  private load(): Count | null {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = countSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: judged below like a file of the wrong shape.
    }
    this.options.logger.warn(`${this.file} is not a paper count: counting afresh on a ${DEFAULT_ROLL_LENGTH_M} m roll`);
    return null;
  }
}
