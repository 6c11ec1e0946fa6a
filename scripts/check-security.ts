/**
 * `npm run check:security`: the pages' Content Security Policy through Google's CSP Evaluator, and
 * the Electron shell through Electronegativity. Fails on any high or medium finding (or a file the
 * scanner could not read); prints every finding with its severity. Offline; needs `npm run build`
 * first (the built pages carry the CSP in a <meta>).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../runtime/host/security-headers.js';
import { cspFindings, isBlockingCspFinding } from './security/csp-findings.js';
import { isBlockingElectronFinding, scanElectron } from './security/electron-findings.js';

const PAGES_DIR = 'dist/renderer';

function countBySeverity(severities: string[]): string {
  const counts = new Map<string, number>();
  for (const severity of severities) counts.set(severity, (counts.get(severity) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([severity, count]) => `${severity} ${count}`).join(', ');
}

let failed = false;

for (const [name, policy] of [
  ['header', CONTENT_SECURITY_POLICY],
  ['meta', META_CONTENT_SECURITY_POLICY],
] as const) {
  const findings = cspFindings(policy);
  console.log(`CSP (${name}): ${countBySeverity(findings.map((finding) => finding.severity))}`);
  for (const finding of findings) {
    const blocking = isBlockingCspFinding(finding);
    failed ||= blocking;
    console.log(`  ${blocking ? 'FAIL' : 'note'} ${finding.severity} ${finding.directive}${finding.value ? ` ${finding.value}` : ''}: ${finding.description}`);
  }
}

if (!existsSync(PAGES_DIR)) {
  console.error(`no ${PAGES_DIR}: run \`npm run build\` first`);
  process.exit(1);
}
const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
const scan = await scanElectron({ sourceDir: 'electron', pagesDir: PAGES_DIR, electronVersion });
console.log(`Electronegativity (Electron ${electronVersion}): ${countBySeverity(scan.findings.map((finding) => finding.severity))}`);
for (const finding of scan.findings) {
  const blocking = isBlockingElectronFinding(finding);
  failed ||= blocking;
  console.log(`  ${blocking ? 'FAIL' : 'note'} ${finding.severity}/${finding.confidence} ${finding.id} at ${finding.where}: ${finding.description}`);
}
for (const error of scan.parseErrors) {
  failed = true;
  console.log(`  FAIL could not scan ${error}`);
}

console.log(failed ? 'security check: FAILED' : 'security check: no high or medium findings');
process.exit(failed ? 1 : 0);
