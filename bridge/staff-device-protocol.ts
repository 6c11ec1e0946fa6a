/**
 * Staff mode's device tools (operators): the serial ports this machine has and picking one for a
 * device, the OCR self-test on the bundled sample card, and the printer's paper counter reset
 * when a roll is changed. Device status, clearing an error and the test print are core requests.
 */
import type { z } from 'zod';
import type { RequestRoles } from './staff-protocol.js';

export const deviceToolRequests = [] as const satisfies readonly z.ZodObject[];

export type DeviceToolRequest = z.infer<(typeof deviceToolRequests)[number]>;
export const deviceToolRequestRoles: RequestRoles<DeviceToolRequest['type']> = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the requests land
export interface DeviceToolResults {}
