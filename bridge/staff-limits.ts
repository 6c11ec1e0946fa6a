/** Staff mode's timings and limits: shared by the runtime and the staff screens (no parser here, so pages bundle none). */

/** Taps in the corner that open the sign-in, and the time they must fall within. */
export const CORNER_TAPS = 5;
export const CORNER_TAP_WINDOW_MS = 3_000;
/** Wrong PINs in a row that lock staff entry, and for how long. */
export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 5 * 60_000;
/** Staff mode closes itself after this long without a touch; the sign-in screen sooner. */
export const STAFF_IDLE_MS = 2 * 60_000;
export const SIGN_IN_IDLE_MS = 30_000;
