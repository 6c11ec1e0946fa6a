/**
 * A configuration saved by staff is on trial until the kiosk has started with it once; if it
 * never does, the last good one comes back.
 *
 * How: a save writes the marker `config-trial.json` in the data folder (who saved it, when, and the
 * SHA-256 of the file's text). At start-up a marker still "pending" is set to "starting" before the
 * runtime is built, and removed once it is built (the store open, the devices created, the session
 * running): the trial is passed and the file becomes the last good one. A marker found "starting"
 * means the start before never got that far (it threw, crashed or was killed): the last good file is
 * put back in the config file's place. A marker whose hash no longer matches the file is stale
 * (the file was edited by hand since) and is dropped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from './atomic-file.js';
import { LAST_GOOD_CONFIG } from './config-file.js';

const TRIAL_MARKER = 'config-trial.json';

const markerSchema = z.object({
  sha256: z.string(),
  /** ISO 8601. */
  savedAt: z.string(),
  by: z.string(),
  stage: z.enum(['pending', 'starting']),
});
export type TrialMarker = z.infer<typeof markerSchema>;

export type TrialState =
  | { kind: 'none' }
  /** Saved and not started yet: this start is its trial. */
  | { kind: 'pending'; marker: TrialMarker }
  /** The start before with it never completed. */
  | { kind: 'failed'; marker: TrialMarker };

const markerPath = (dataDir: string) => join(dataDir, TRIAL_MARKER);
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** A configuration file was just written by staff: its next start is a trial. */
export function markTrial(dataDir: string, fileText: string, by: string, at: number): void {
  writeMarker(dataDir, { sha256: digest(fileText), savedAt: new Date(at).toISOString(), by, stage: 'pending' });
}

/** Whether a saved configuration has yet to start once (its predecessor is still the last good one). */
export function isOnTrial(dataDir: string): boolean {
  return existsSync(markerPath(dataDir));
}

export function trialState(dataDir: string, configPath: string): TrialState {
  const marker = readMarker(dataDir);
  if (marker === null) return { kind: 'none' };
  let fileText: string;
  try {
    fileText = readFileSync(configPath, 'utf8');
  } catch {
    endTrial(dataDir);
    return { kind: 'none' };
  }
  if (digest(fileText) !== marker.sha256) {
    endTrial(dataDir);
    return { kind: 'none' };
  }
  return marker.stage === 'pending' ? { kind: 'pending', marker } : { kind: 'failed', marker };
}

/** The trial start begins: should it never end, the next start knows. */
export function beginTrial(dataDir: string, marker: TrialMarker): void {
  writeMarker(dataDir, { ...marker, stage: 'starting' });
}

export function endTrial(dataDir: string): void {
  rmSync(markerPath(dataDir), { force: true });
}

/** Put the last good configuration back in the config file's place; false when there is none. */
export function restoreLastGood(dataDir: string, configPath: string): boolean {
  endTrial(dataDir);
  let text: string;
  try {
    text = readFileSync(join(dataDir, LAST_GOOD_CONFIG), 'utf8');
  } catch {
    return false;
  }
  writeFileAtomically(configPath, text);
  return true;
}

function readMarker(dataDir: string): TrialMarker | null {
  try {
    const parsed = markerSchema.safeParse(JSON.parse(readFileSync(markerPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeMarker(dataDir: string, marker: TrialMarker): void {
  writeFileAtomically(markerPath(dataDir), `${JSON.stringify(marker)}\n`);
}
