import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../runtime/log.js';
import { type StartedKiosk, startKiosk } from '../../runtime/start-kiosk.js';
import { tempDir, waitUntil } from '../helpers/kiosk-harness.js';

let dir: ReturnType<typeof tempDir>;
let kiosk: StartedKiosk | undefined;
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await kiosk?.stop();
  dir.remove();
});

const namedConfig = (vi: string) => ({ servicePoint: { name: { vi, en: 'Ward' } } });

describe('starting a kiosk from its data folder', () => {
  it('runs on built-in mock devices when there is no config file', () => {
    kiosk = startKiosk({ dataDir: dir.path, logger: new MemoryLogger() });
    expect(kiosk.configPath).toBeUndefined();
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', servicePointName: 'Bộ phận Một cửa phường' });
  });

  it('says which field is wrong in a bad file and runs on the defaults', () => {
    writeFileSync(join(dir.path, 'config.json'), JSON.stringify({ host: { port: 'eighty' } }));
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    expect(logger.lines.join('\n')).toMatch(/configuration rejected.*host\.port/);
    expect(kiosk.runtime.hostConfig.port).toBe(8787);
  });

  it('adopts a good edit of the file and ignores a bad one, naming its field', async () => {
    const file = join(dir.path, 'config.json');
    writeFileSync(file, JSON.stringify(namedConfig('Phường Một')));
    const logger = new MemoryLogger();
    kiosk = startKiosk({ dataDir: dir.path, logger });
    const started = kiosk;
    expect(started.runtime.currentView().servicePointName).toBe('Phường Một');

    writeFileSync(file, JSON.stringify(namedConfig('Phường Hai')));
    await waitUntil(() => started.runtime.currentView().servicePointName === 'Phường Hai', 'the good edit');

    writeFileSync(file, JSON.stringify({ ...namedConfig('Phường Ba'), timeouts: { idleMs: 'never' } }));
    await waitUntil(() => logger.lines.some((line) => line.includes('change rejected')), 'the bad edit to be refused');
    expect(logger.lines.find((line) => line.includes('change rejected'))).toContain('timeouts.idleMs');
    expect(started.runtime.currentView().servicePointName).toBe('Phường Hai');
  });
});
