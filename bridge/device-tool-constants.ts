/** Receipt paper rolls, for the paper counter (runtime) and its reset on the staff screen: no zod here, the renderer imports it. */

/** Roll lengths staff may say they put in, in metres (80 m is the common 80 mm kiosk roll). */
export const ROLL_LENGTHS_M = [50, 80, 100, 150, 200] as const;
export type RollLengthM = (typeof ROLL_LENGTHS_M)[number];
export const DEFAULT_ROLL_LENGTH_M: RollLengthM = 80;
