/**
 * Staff mode's device tools (operators): the serial ports this machine has and picking one for a
 * device, the OCR self-test on the bundled sample card, and the printer's paper counter (read, and
 * reset when a roll is changed). Device status, clearing an error and the test print are core requests.
 */
import { z } from 'zod';
import { ROLL_LENGTHS_M, SERIAL_DEVICES, type SerialDevice } from './device-tool-constants.js';
import type { RequestRoles } from './staff-protocol.js';

export type { SerialDevice };

export const deviceToolRequests = [
  z.strictObject({ type: z.literal('listSerialPorts') }),
  /** Put a device on this port (one of those listed): saved in the configuration, used from the next start. */
  z.strictObject({ type: z.literal('chooseSerialPort'), device: z.enum(SERIAL_DEVICES), path: z.string().min(1).max(256) }),
  z.strictObject({ type: z.literal('ocrSelfTest') }),
  z.strictObject({ type: z.literal('paperCounter') }),
  /** A new roll is in: count from zero; its length when it is not the default. */
  z.strictObject({
    type: z.literal('resetPaperCounter'),
    rollLengthM: z.literal(ROLL_LENGTHS_M).optional(),
  }),
] as const satisfies readonly z.ZodObject[];

export type DeviceToolRequest = z.infer<(typeof deviceToolRequests)[number]>;
export const deviceToolRequestRoles: RequestRoles<DeviceToolRequest['type']> = {
  listSerialPorts: 'operator',
  chooseSerialPort: 'operator',
  ocrSelfTest: 'operator',
  paperCounter: 'operator',
  resetPaperCounter: 'operator',
};

export interface SerialPortView {
  path: string;
  manufacturer: string | null;
  vendorId: string | null;
  productId: string | null;
  serialNumber: string | null;
  /** What is configured on this port now (by its path, or by its USB ids). */
  usedBy: PortUser[];
}

/** A device on a serial port: one of the kiosk's own, its receipt printer, or the rating keypad at a counter. */
export type PortUser = { device: SerialDevice | 'printer'; counter: null } | { device: 'counterKeypad'; counter: number };

/** What the OCR self-test looked at on the sample card. */
export type OcrCheckName =
  /** The QR code was found and decoded. */
  | 'qrRead'
  /** The three MRZ lines were found and recognised. */
  | 'mrzRead'
  /** The card's own checks passed: check digits, ID structure, QR and MRZ agree. */
  | 'cardChecks'
  | 'idNumber'
  | 'fullName'
  | 'dateOfBirth'
  | 'sex'
  | 'dateOfIssue'
  | 'dateOfExpiry';

export interface OcrCheck {
  check: OcrCheckName;
  passed: boolean;
  /**
   * What was read, for the fields (the ID number masked like everywhere else: 0012******34);
   * for the other checks, what went wrong; null when there is nothing to say.
   */
  read: string | null;
}

export interface OcrSelfTestResult {
  passed: boolean;
  /** Starting the OCR engine, then reading the sample card (QR and MRZ), in milliseconds. */
  startMs: number;
  readMs: number;
  checks: OcrCheck[];
}

/** What the receipt printer has used of its roll since staff last said a new one went in. */
export interface PaperCounterView {
  /** When the counter was last reset (ISO 8601). */
  since: string;
  rollLengthMm: number;
  /** Estimated from every job printed since: its lines, QR code and the feed before the cut. */
  usedMm: number;
  remainingMm: number;
  tickets: number;
  /** Test pages and checklists. */
  otherJobs: number;
  /** About this many more tickets fit on what is left (from the average ticket so far, or a typical one). */
  ticketsLeft: number;
  /** Under a tenth of the roll left: staff are warned. */
  nearEnd: boolean;
}

export interface DeviceToolResults {
  listSerialPorts: { ports: SerialPortView[] };
  /** Devices are opened at start-up: the new port is used from the next one. */
  chooseSerialPort: { restartNeeded: boolean };
  ocrSelfTest: OcrSelfTestResult;
  paperCounter: PaperCounterView;
  resetPaperCounter: PaperCounterView;
}
