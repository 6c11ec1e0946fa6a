import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../runtime/host/security-headers.js';
import { cspFindings, isBlockingCspFinding } from '../../scripts/security/csp-findings.js';
import { isBlockingElectronFinding, scanElectron } from '../../scripts/security/electron-findings.js';

const blockingCsp = (policy: string) => cspFindings(policy).filter(isBlockingCspFinding);

describe('the pages’ Content Security Policy', () => {
  it('allows no inline script or style, no eval and no WebAssembly compilation', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-src 'none'");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('has no high or medium finding in Google’s CSP Evaluator', () => {
    expect(blockingCsp(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(blockingCsp(META_CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('would fail the check if weakened', () => {
    const weakened = [
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"),
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", 'script-src *'),
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' data:"),
      CONTENT_SECURITY_POLICY.replace("object-src 'none'", 'object-src *'),
    ];
    for (const policy of weakened) expect(blockingCsp(policy).length, policy).toBeGreaterThan(0);
  });
});

describe('Electronegativity over the Electron shell', () => {
  const root = mkdtempSync(join(tmpdir(), 'motcua-eng-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const scanFixture = (main: string) => {
    const dir = mkdtempSync(join(root, 'case-'));
    mkdirSync(join(dir, 'electron'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'electron', 'main.ts'), main);
    writeFileSync(join(dir, 'pages', 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}"></head></html>`);
    return scanElectron({ sourceDir: join(dir, 'electron'), pagesDir: join(dir, 'pages'), electronVersion: '45.4.1' });
  };

  it('finds a window that gives the page Node and no isolation (the gate can fail)', async () => {
    const scan = await scanFixture(`
      import { BrowserWindow } from 'electron';
      const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
      window.loadURL('https://example.com');
    `);
    const blocking = scan.findings.filter(isBlockingElectronFinding).map((finding) => finding.id);
    expect(blocking).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
  }, 30_000);

  it('reports a file it cannot read', async () => {
    const scan = await scanFixture('const = ;');
    expect(scan.parseErrors).toHaveLength(1);
  }, 30_000);
});
