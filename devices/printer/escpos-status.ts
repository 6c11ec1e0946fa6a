/**
 * ESC/POS real-time status (DLE EOT n): the four queries and what their one-byte replies mean.
 * node-thermal-printer builds print bytes but never reads a reply; the kiosk asks before every
 * ticket and while idle, so it knows about paper and cover before it promises a ticket.
 * Bit meanings follow Epson's ESC/POS reference (TM-T series; Star in ESC/POS mode answers alike).
 */

/** DLE EOT n, for n = 1 (printer), 2 (offline cause), 3 (error cause), 4 (roll paper sensor). */
export const STATUS_QUERIES = {
  printer: Uint8Array.of(0x10, 0x04, 1),
  offline: Uint8Array.of(0x10, 0x04, 2),
  error: Uint8Array.of(0x10, 0x04, 3),
  paper: Uint8Array.of(0x10, 0x04, 4),
} as const;

export type StatusQuery = keyof typeof STATUS_QUERIES;
export type StatusReplies = Record<StatusQuery, number>;

export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  /** Paper being fed with the FEED button (the printer is busy, not broken). */
  feeding: boolean;
  paperNearEnd: boolean;
  paperOut: boolean;
  cutterError: boolean;
  /** Needs a person (jam, hardware); cleared by DLE ENQ or a power cycle. */
  unrecoverableError: boolean;
  /** Clears by itself (e.g. head too hot). */
  autoRecoverableError: boolean;
}

export type StatusParse = { ok: true; status: PrinterStatus } | { ok: false; error: string };

/** Every status byte has bits 1 and 4 on and bits 0 and 7 off: anything else is not a status reply. */
export function isStatusByte(byte: number): boolean {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & 0x93) === 0x12;
}

const on = (byte: number, mask: number) => (byte & mask) !== 0;

export function parseStatusReplies(replies: StatusReplies): StatusParse {
  for (const [query, byte] of Object.entries(replies) as Array<[StatusQuery, number]>) {
    if (!isStatusByte(byte)) return { ok: false, error: `reply to the ${query} status query is not a status byte: 0x${byte.toString(16).padStart(2, '0')}` };
  }
  const { printer, offline, error, paper } = replies;
  return {
    ok: true,
    status: {
      online: !on(printer, 0x08),
      coverOpen: on(offline, 0x04),
      feeding: on(offline, 0x08),
      // Either the end sensor says so (n=4) or printing already stopped for it (n=2).
      paperOut: on(paper, 0x60) || on(offline, 0x20),
      paperNearEnd: on(paper, 0x0c),
      cutterError: on(error, 0x04),
      unrecoverableError: on(error, 0x08),
      autoRecoverableError: on(error, 0x20),
    },
  };
}

export type NotReadyReason = 'offline' | 'coverOpen' | 'paperOut' | 'cutterError' | 'unrecoverableError';

/** Why a ticket must not be sent to this printer now, or null when it can print. */
export function notReadyReason(status: PrinterStatus): NotReadyReason | null {
  if (status.paperOut) return 'paperOut';
  if (status.coverOpen) return 'coverOpen';
  if (status.cutterError) return 'cutterError';
  if (status.unrecoverableError) return 'unrecoverableError';
  if (!status.online) return 'offline';
  return null;
}
