import { describe, expect, it } from 'vitest';
import { STATUS_QUERIES, isStatusByte, notReadyReason, parseStatusReplies } from '../../devices/printer/escpos-status.js';

/** A healthy TM-T printer: only the fixed bits (0x12) set in every reply. */
const HEALTHY = { printer: 0x12, offline: 0x12, error: 0x12, paper: 0x12 };

describe('ESC/POS real-time status', () => {
  it('asks with DLE EOT 1..4', () => {
    expect([...STATUS_QUERIES.printer]).toEqual([0x10, 0x04, 0x01]);
    expect([...STATUS_QUERIES.paper]).toEqual([0x10, 0x04, 0x04]);
  });

  it('reads a healthy printer as ready', () => {
    const parsed = parseStatusReplies(HEALTHY);
    expect(parsed).toEqual({
      ok: true,
      status: {
        online: true,
        coverOpen: false,
        feeding: false,
        paperNearEnd: false,
        paperOut: false,
        cutterError: false,
        unrecoverableError: false,
        autoRecoverableError: false,
      },
    });
    if (parsed.ok) expect(notReadyReason(parsed.status)).toBeNull();
  });

  it.each([
    ['cover open (offline, n=2 bit 2)', { printer: 0x1a, offline: 0x16 }, { online: false, coverOpen: true }, 'coverOpen'],
    ['paper out (n=4 bits 5-6)', { paper: 0x72 }, { paperOut: true }, 'paperOut'],
    ['printing stopped for paper end (n=2 bit 5)', { printer: 0x1a, offline: 0x32 }, { paperOut: true, online: false }, 'paperOut'],
    ['paper near end only (n=4 bits 2-3)', { paper: 0x1e }, { paperNearEnd: true, paperOut: false }, null],
    ['autocutter error (n=3 bit 2)', { offline: 0x52, error: 0x16 }, { cutterError: true }, 'cutterError'],
    ['unrecoverable error (n=3 bit 3)', { error: 0x1a }, { unrecoverableError: true }, 'unrecoverableError'],
    ['auto-recoverable error (n=3 bit 5)', { error: 0x32 }, { autoRecoverableError: true }, null],
    ['offline for no stated cause (n=1 bit 3)', { printer: 0x1a }, { online: false }, 'offline'],
    ['feeding with the FEED button (n=2 bit 3)', { offline: 0x1a }, { feeding: true }, null],
  ] as const)('%s', (_name, replies, expected, reason) => {
    const parsed = parseStatusReplies({ ...HEALTHY, ...replies });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.status).toMatchObject(expected);
    expect(notReadyReason(parsed.status)).toBe(reason);
  });

  it('refuses a reply that is not a status byte, naming the query', () => {
    for (const byte of [0x00, 0xff, 0x13, 0x92, 0x1b, 256, -1]) expect(isStatusByte(byte)).toBe(false);
    expect(parseStatusReplies({ ...HEALTHY, error: 0x41 })).toEqual({
      ok: false,
      error: 'reply to the error status query is not a status byte: 0x41',
    });
  });
});
