/**
 * Doyensec's Electronegativity over the Electron shell: the main-process sources (electron/*.ts) and
 * the built pages (whose <meta> carries the CSP the protocol handler also sends), copied side by
 * side so its cross-file checks (CSP, navigation limits, permission handler) see both.
 *
 * Offline: AvailableSecurityFixesGlobalCheck (which asks the network for Electron's newest
 * releases) is left out, Electron's version being kept current in package.json; and the scanner's
 * HTTP client is replaced by one that fails at once, so its start-up fetch of translations goes
 * nowhere (it falls back to its bundled English).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** By class name, lower case, as Electronegativity matches them. */
export const OFFLINE_EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

interface Level {
  name: string;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  description: string;
  manualReview: boolean;
}

type Run = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;

export interface ElectronFinding {
  id: string;
  severity: string;
  confidence: string;
  where: string;
  description: string;
}

export interface ElectronScan {
  findings: ElectronFinding[];
  /** Files it could not read: an unscanned file is no clean file. */
  parseErrors: string[];
}

const require = createRequire(import.meta.url);

/** Put a refusing `got` where Electronegativity's modules will look it up, before they load. */
function keepScannerOffline(): void {
  const i18n = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const gotPath = require.resolve('got', { paths: [dirname(i18n)] });
  const refuse = () => Promise.reject(new Error('offline: the security check makes no network requests'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse } as unknown as NodeJS.Module;
}

export async function scanElectron(options: { sourceDir: string; pagesDir: string; electronVersion: string }): Promise<ElectronScan> {
  keepScannerOffline();
  const run = require('@doyensec/electronegativity') as Run;
  const stage = mkdtempSync(join(tmpdir(), 'motcua-electronegativity-'));
  try {
    cpSync(options.sourceDir, join(stage, 'electron'), { recursive: true });
    for (const page of readdirSync(options.pagesDir).filter((name) => name.endsWith('.html'))) {
      cpSync(join(options.pagesDir, page), join(stage, 'pages', page));
    }
    const result = await run({
      input: stage,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: options.electronVersion,
      excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
      customScan: [],
      parserPlugins: [],
    });
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        where: `${issue.file}:${issue.location.line}:${issue.location.column}`,
        description: issue.description,
      })),
      parseErrors: result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export function isBlockingElectronFinding(finding: ElectronFinding): boolean {
  return finding.severity === 'HIGH' || finding.severity === 'MEDIUM';
}
