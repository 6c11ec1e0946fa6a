/**
 * The timing every line device shares (devices/README.md): a heartbeat after 3 s of silence,
 * offline after two unanswered (9 s), lines up to 512 bytes, 2 s for a command's reply (a
 * device answers in milliseconds). A module of its own so mocks can use it without serialport.
 */
export const LINE_DEFAULTS = { heartbeatMs: 3_000, missedHeartbeats: 2, maxLineBytes: 512, replyMs: 2_000 } as const;
