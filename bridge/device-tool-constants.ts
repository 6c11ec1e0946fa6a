/** The device tools' fixed lists, shared by the runtime and the staff screen: no zod here, the renderer imports it. */

/** The kiosk's own devices that sit on a serial port, and can be pointed at another one from the devices screen. */
export const SERIAL_DEVICES = ['idReader', 'presence', 'keypad', 'robotBase', 'staffKey'] as const;
export type SerialDevice = (typeof SERIAL_DEVICES)[number];

/** Roll lengths staff may say they put in, in metres (80 m is the common 80 mm kiosk roll). */
export const ROLL_LENGTHS_M = [50, 80, 100, 150, 200] as const;
export type RollLengthM = (typeof ROLL_LENGTHS_M)[number];
export const DEFAULT_ROLL_LENGTH_M: RollLengthM = 80;
