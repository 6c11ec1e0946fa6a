/**
 * Changing the configuration of a running kiosk: staff's editor, an imported file, an account, a
 * device's port. A candidate is validated whole (every offending field named, in Vietnamese and
 * English), written atomically to the config file (the one the kiosk started with, or
 * `<dataDir>/config.json`, which then becomes it), put on trial until the kiosk has started with
 * it once (config-trial.ts: the configuration in force before it is kept as the last good one),
 * audited with the sections it changed, and applied to the runtime at once. Devices, the host's
 * address, the queue's server and the catalogue file are read at start-up: a change there says
 * `restartNeeded`.
 *
 * The store keeps no state of its own (the runtime holds the configuration in force, the disk the
 * rest), so each area of staff mode may make one.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Locale } from '../../bridge/contract.js';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { parseCatalogue } from '../../domain/catalogue/parse-catalogue.js';
import { type KioskConfig, configSchema } from '../../domain/config/schema.js';
import { serviceDay } from '../../domain/queue/ticket-number.js';
import type { Logger } from '../log.js';
import type { StaffAudit } from '../staff/staff-mode.js';
import type { AuditAction } from '../store/audit-trail.js';
import { type AtomicFileOps, writeFileAtomically } from './atomic-file.js';
import { configText, rememberGoodConfig } from './config-file.js';
import { isOnTrial, markTrial } from './config-trial.js';
import { type FieldWords, fieldWords } from './field-problems.js';

/** What the runtime offers the store: the configuration and catalogue in force, and adopting new ones. */
export interface ConfigTarget {
  readonly configuration: KioskConfig;
  readonly catalogue: Catalogue;
  applyConfig(config: KioskConfig): void;
  applyCatalogue(catalogue: Catalogue): void;
}

export interface ConfigStoreOptions {
  runtime: ConfigTarget;
  dataDir: string;
  /** The config file the kiosk started with; `<dataDir>/config.json` when it started without one. */
  configPath?: string | undefined;
  audit: StaffAudit;
  logger: Logger;
  /** Epoch ms. */
  now: () => number;
  /** Tests make a write fail. */
  fileOps?: AtomicFileOps;
}

export type SaveResult =
  | { ok: true; config: KioskConfig; restartNeeded: boolean; changed: string[] }
  | { ok: false; fields: FieldWords[] };

export type CatalogueImportResult = { ok: true; fields: number; procedures: number } | { ok: false; errors: string[] };

export interface SaveOptions {
  /** `configChanged` by default. */
  action?: Extract<AuditAction, 'configChanged' | 'configImported' | 'accountChanged' | 'accountRemoved' | 'devicePortChosen'>;
  /** What the audit entry says; by default which sections changed. Never a secret. */
  detail?: string;
}

/** Read only at start-up: changing them needs a restart. */
const READ_AT_START = ['devices', 'host', 'catalogue', 'kioskId'] as const;

/** Where exported configurations are kept, in the data folder. */
export const EXPORTS_FOLDER = 'exports';

/** Where an imported catalogue goes when the config names no catalogue file: start-kiosk looks there. */
export const DATA_DIR_CATALOGUE = 'catalogue.yaml';

export class ConfigStore {
  constructor(private readonly options: ConfigStoreOptions) {}

  current(): KioskConfig {
    return this.options.runtime.configuration;
  }

  /** The file saves go to. */
  get path(): string {
    return this.options.configPath ?? join(this.options.dataDir, 'config.json');
  }

  /** Validate, write, put on trial, audit and apply a whole configuration. */
  save(candidate: unknown, actor: string, saveOptions: SaveOptions = {}): SaveResult {
    const parsed = configSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, fields: fieldWords(parsed.error.issues) };
    const config = parsed.data;
    const misrouted = this.proceduresWithoutGroup(config);
    if (misrouted.length > 0) return { ok: false, fields: misrouted };

    const before = this.current();
    const changed = changedSections(before, config);
    if (changed.length === 0) return { ok: true, config: before, restartNeeded: false, changed };
    const { dataDir } = this.options;
    // The configuration in force has started (or is the defaults): it is what a failed trial falls back on.
    if (!isOnTrial(dataDir)) rememberGoodConfig(before, dataDir);
    const text = configText(config);
    writeFileAtomically(this.path, text, this.options.fileOps);
    markTrial(dataDir, text, actor, this.options.now());
    this.options.runtime.applyConfig(config);

    const action = saveOptions.action ?? 'configChanged';
    const detail = saveOptions.detail ?? `sections changed: ${changed.join(', ')}`;
    this.options.audit.append({ at: this.options.now(), actor, action, detail });
    this.options.logger.info(`configuration saved by ${actor} (${action}): ${changed.join(', ')}`);
    const restartNeeded = changed.some((name) => (READ_AT_START as readonly string[]).includes(name)) || startUpPartsChanged(before, config);
    return { ok: true, config, restartNeeded, changed };
  }

  /** A small change to the configuration in force (a device's port, an account), saved like the rest. */
  update(change: (draft: KioskConfig) => void, actor: string, saveOptions: SaveOptions = {}): SaveResult {
    const draft = structuredClone(this.current());
    change(draft);
    return this.save(draft, actor, saveOptions);
  }

  /**
   * The configuration in force as a file that restores a kiosk (secrets included). A copy is kept
   * in `<dataDir>/exports/`: the kiosk's own window refuses downloads, so that is where staff at
   * the kiosk find it (a browser on the host's page downloads it too).
   */
  exportFile(actor: string): { fileName: string; text: string; savedTo: string } {
    const config = this.current();
    const day = serviceDay(new Date(this.options.now()), config.servicePoint.timeZone);
    const fileName = `motcua-config-${config.kioskId}-${day}.json`;
    const text = configText(config);
    const folder = join(this.options.dataDir, EXPORTS_FOLDER);
    mkdirSync(folder, { recursive: true });
    const savedTo = join(folder, fileName);
    writeFileAtomically(savedTo, text, this.options.fileOps);
    this.options.logger.info(`configuration exported by ${actor} to ${savedTo}`);
    return { fileName, text, savedTo };
  }

  /** An exported file's text, saved like an edit (audited as an import). */
  importFile(text: string, actor: string): SaveResult {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, fields: [{ path: '', message: jsonError(text, error as Error) }] };
    }
    if (!hasAdmin(value) && this.current().staff.accounts.some((account) => account.role === 'admin')) {
      return {
        ok: false,
        fields: [{ path: 'staff.accounts', message: { vi: 'Tệp không có tài khoản quản trị nào: không ai sửa được cấu hình nữa', en: 'The file has no admin account: nobody could change the configuration' } }],
      };
    }
    return this.save(value, actor, { action: 'configImported' });
  }

  /**
   * The ward's procedure catalogue as YAML text: checked against the service groups in force,
   * written where the next start reads it (the config's catalogue file, else `<dataDir>/catalogue.yaml`),
   * and shown at once.
   */
  importCatalogue(text: string, actor: string): CatalogueImportResult {
    const config = this.current();
    const result = parseCatalogue(text, config.serviceGroups.map((group) => group.id));
    if (!result.ok) return result;
    const path = config.catalogue.path ?? join(this.options.dataDir, DATA_DIR_CATALOGUE);
    writeFileAtomically(path, text, this.options.fileOps);
    this.options.runtime.applyCatalogue(result.catalogue);
    const fields = result.catalogue.fields.length;
    const procedures = result.catalogue.fields.reduce((sum, field) => sum + field.procedures.length, 0);
    this.options.audit.append({ at: this.options.now(), actor, action: 'catalogueImported', detail: `${fields} fields, ${procedures} procedures, written to ${path}` });
    this.options.logger.info(`procedure catalogue imported by ${actor}: ${fields} fields, ${procedures} procedures`);
    return { ok: true, fields, procedures };
  }

  /** A candidate that drops a service group the catalogue in force routes procedures to would strand them. */
  private proceduresWithoutGroup(config: KioskConfig): FieldWords[] {
    const groups = new Set(config.serviceGroups.map((group) => group.id));
    const stranded = new Set(
      this.options.runtime.catalogue.fields.flatMap((field) => field.procedures.map((procedure) => procedure.serviceGroup)).filter((group) => !groups.has(group)),
    );
    return [...stranded].map((group) => ({
      path: 'serviceGroups',
      message: {
        vi: `Danh mục thủ tục còn dùng nhóm "${group}": hãy giữ nhóm này, hoặc nhập danh mục mới trước`,
        en: `The procedure catalogue still uses the group "${group}": keep it, or import a new catalogue first`,
      },
    }));
  }
}

/** The top-level sections that differ. */
function changedSections(before: KioskConfig, after: KioskConfig): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof KioskConfig>;
  return [...names].filter((name) => !isDeepStrictEqual(before[name], after[name]));
}

/** The parts of otherwise live sections that start-up reads once: the queue's server, the counters' keypads. */
function startUpPartsChanged(before: KioskConfig, after: KioskConfig): boolean {
  return !isDeepStrictEqual(before.queue.server, after.queue.server) || !isDeepStrictEqual(before.satisfaction.keypads, after.satisfaction.keypads);
}

function hasAdmin(value: unknown): boolean {
  const accounts = (value as { staff?: { accounts?: unknown } } | null)?.staff?.accounts;
  return Array.isArray(accounts) && accounts.some((account) => (account as { role?: unknown } | null)?.role === 'admin');
}

/** JSON.parse's complaint with the line and column, when it gives a position. */
function jsonError(text: string, error: Error): Record<Locale, string> {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return { vi: `Tệp không phải JSON hợp lệ (${error.message})`, en: `The file is not valid JSON (${error.message})` };
  const before = text.slice(0, Number(position)).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return { vi: `Tệp không phải JSON hợp lệ: dòng ${line}, cột ${column}`, en: `The file is not valid JSON: line ${line}, column ${column}` };
}
