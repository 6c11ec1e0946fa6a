import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, unknown>;
  linux: { target: string[] };
  win: { target: string[] };
};

/** electron-builder's own check of its configuration (the one `npm run dist` runs first). */
const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { add(): void; isEnabled: boolean }): Promise<void>;
};
const quietLogger = { add: () => {}, isEnabled: false };

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    // The same check refuses a misspelt fuse, so a typo cannot leave one unset.
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }, quietLogger)).rejects.toThrow(/electronFuses/);
  });

  it('flips every fuse to its hardened value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a Linux AppImage and deb and a Windows NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('packs the app into an asar (the fuses load nothing else)', () => {
    expect(config.asar).not.toBe(false);
    expect(config.files).toContain('dist/**');
  });
});
