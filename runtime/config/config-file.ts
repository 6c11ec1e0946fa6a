/**
 * Reading the configuration file. A bad file never stops the kiosk: it keeps the last good
 * configuration (saved in the data folder each time a file is accepted) or the built-in defaults,
 * and says which field is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type ConfigResult, type KioskConfig, parseConfig } from '../../domain/config/schema.js';
import { writeFileAtomically } from './atomic-file.js';

export const LAST_GOOD_CONFIG = 'last-good-config.json';

/** Parse one config file; `undefined` path means "no file": the defaults. */
export function readConfigFile(path: string | undefined): ConfigResult {
  if (path === undefined) return { ok: true, config: DEFAULT_CONFIG };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, error: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${path}: not valid JSON (${(error as Error).message})` };
  }
  const result = parseConfig(value);
  return result.ok ? result : { ok: false, error: `${path}: ${result.error}` };
}

export interface LoadedConfig {
  config: KioskConfig;
  /** Set when the file was rejected and an older configuration is in use. */
  rejected?: string;
}

/**
 * Load the file for start-up, falling back to the last good copy, then to the defaults. A file on
 * trial (saved by staff, not yet started once) becomes the last good one only once it has started.
 */
export function loadConfig(path: string | undefined, dataDir: string, options: { onTrial?: boolean } = {}): LoadedConfig {
  const result = readConfigFile(path);
  if (result.ok) {
    if (options.onTrial !== true) rememberGoodConfig(result.config, dataDir);
    return { config: result.config };
  }
  const lastGood = readConfigFile(join(dataDir, LAST_GOOD_CONFIG));
  return { config: lastGood.ok ? lastGood.config : DEFAULT_CONFIG, rejected: result.error };
}

/** The configuration as its file holds it. */
export function configText(config: KioskConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Keep a configuration that has started as the one to fall back on. */
export function rememberGoodConfig(config: KioskConfig, dataDir: string): void {
  writeFileAtomically(join(dataDir, LAST_GOOD_CONFIG), configText(config));
}
