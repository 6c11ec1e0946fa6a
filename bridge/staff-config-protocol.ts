/**
 * Staff mode's configuration requests (admins): the configuration as an editable document, saved
 * whole after validation; export and import as a file; the ward's procedure catalogue imported;
 * staff accounts added, changed and removed. PIN hashes never leave the runtime.
 */
import type { z } from 'zod';
import type { RequestRoles } from './staff-protocol.js';

export const configRequests = [] as const satisfies readonly z.ZodObject[];

export type ConfigRequest = z.infer<(typeof configRequests)[number]>;
export const configRequestRoles: RequestRoles<ConfigRequest['type']> = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the requests land
export interface ConfigResults {}
