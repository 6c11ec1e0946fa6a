/**
 * Staff mode's configuration requests (admins): the configuration as an editable document, saved
 * whole after validation; export and import as a file; the ward's procedure catalogue imported;
 * staff accounts added, changed and removed. PIN hashes and link keys never leave the runtime: the
 * editor sees whether each is set, and a save keeps the ones in force.
 *
 * Every change carries the staff member's language, so the refusal's
 * `fields` name each wrong field in words they read.
 */
import { z } from 'zod';
import type { BrandPalette } from './branding.js';
import { type Locale, localeSchema as locale } from './contract.js';
import type { RequestRoles, StaffAccountView } from './staff-protocol.js';

/** A configuration or catalogue file staff import: larger than any real one. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export const configRequests = [
  z.strictObject({ type: z.literal('getConfig') }),
  /** The whole configuration as edited (an `EditableConfig`; the secrets in force are kept). */
  z.strictObject({ type: z.literal('saveConfig'), config: z.record(z.string(), z.unknown()), locale }),
  z.strictObject({ type: z.literal('exportConfig') }),
  /** An exported file's text: it replaces the configuration, secrets and accounts included. */
  z.strictObject({ type: z.literal('importConfig'), text: z.string().max(MAX_IMPORT_BYTES), locale }),
  /** The ward's procedure catalogue as YAML text. */
  z.strictObject({ type: z.literal('importCatalogue'), text: z.string().max(MAX_IMPORT_BYTES), locale }),
  /** Add or change an account; `pin` is required for a new one and optional (unchanged) otherwise. */
  z.strictObject({
    type: z.literal('saveAccount'),
    account: z.strictObject({
      id: z.string().min(1).max(32),
      name: z.string().min(1).max(60),
      role: z.enum(['operator', 'admin']),
      pin: z.string().max(16).optional(),
    }),
    locale,
  }),
  z.strictObject({ type: z.literal('removeAccount'), id: z.string().min(1).max(32), locale }),
] as const;

export type ConfigRequest = z.infer<(typeof configRequests)[number]>;
export const configRequestRoles: RequestRoles<ConfigRequest['type']> = {
  getConfig: 'admin',
  saveConfig: 'admin',
  exportConfig: 'admin',
  importConfig: 'admin',
  importCatalogue: 'admin',
  saveAccount: 'admin',
  removeAccount: 'admin',
};

type Words = Record<Locale, string>;

export interface ServiceGroupView {
  id: string;
  /** Ticket numbers start with it: one capital letter. */
  prefix: string;
  name: Words;
  counters: number[];
}

export type CallingPolicyView = { kind: 'strict' } | { kind: 'interleaved'; normalPerPriority: number };

/** One device's settings: its `kind`, and the fields that kind has (a port path, a printer's address...). */
export interface DeviceSettingsView {
  kind: string;
  [field: string]: unknown;
}

/**
 * The configuration as the editor sees it: the sections it edits typed, everything else carried
 * through untouched. No secrets: counters' PIN hashes, the dashboard PIN hash, the link keys and the
 * staff accounts are left out (`ConfigSecretsView` says which are set).
 */
export interface EditableConfig {
  kioskId: string;
  servicePoint: { name: Words; timeZone: string };
  locales: Locale[];
  defaultLocale: Locale;
  greeting: Words;
  timeouts: { idleMs: number; warningSeconds: number; printMs: number; ticketShownMs: number };
  serviceGroups: ServiceGroupView[];
  priority: { elderlyAge: number };
  branding: { palette: BrandPalette };
  devices: Record<string, DeviceSettingsView>;
  queue: { callingPolicies: Record<string, CallingPolicyView>; server: { kind: 'local' } | { kind: 'remote'; url: string }; [field: string]: unknown };
  /** The counters that have a sign-in PIN. */
  counters: Array<{ number: number }>;
  [section: string]: unknown;
}

/** Which secrets are set, for the editor to say "set" or "not set". */
export interface ConfigSecretsView {
  /** Counters whose sign-in PIN is set. */
  counterPins: number[];
  dashboardPin: boolean;
  /** The key this kiosk presents to the host it numbers through. */
  serverKey: boolean;
  /** The key other kiosks present to number through this one. */
  kioskKey: boolean;
}

export interface ConfigResults {
  /** The configuration in force without its secrets, which secrets are set, and the accounts as staff see them. */
  getConfig: { config: EditableConfig; secrets: ConfigSecretsView; accounts: StaffAccountView[] };
  /** Devices, the host's address, the queue's server and the catalogue file change at the next start: staff are told to restart. */
  saveConfig: { restartNeeded: boolean };
  /**
   * A file to save: the configuration in force as JSON, PIN hashes included (it restores a kiosk).
   * The kiosk's window refuses downloads, so it is also written in the data folder (`savedTo`).
   */
  exportConfig: { fileName: string; text: string; savedTo: string };
  importConfig: { restartNeeded: boolean };
  importCatalogue: { fields: number; procedures: number };
  saveAccount: { accounts: StaffAccountView[] };
  removeAccount: { accounts: StaffAccountView[] };
}
