/** A harness kiosk behind the browser host, serving a one-line page instead of the built renderer: the host's own tests. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningHost, startHttpHost } from '../../runtime/host/http-host.js';
import { type Harness, startHarness, tempDir } from './kiosk-harness.js';

export interface HostedHarness {
  kiosk: Harness;
  host: RunningHost;
  close(): Promise<void>;
}

export async function startHostedHarness(): Promise<HostedHarness> {
  const site = tempDir();
  writeFileSync(join(site.path, 'index.html'), '<!doctype html><title>kiosk</title>');
  const kiosk = await startHarness();
  const host = await startHttpHost({ runtime: kiosk.runtime, rendererDir: site.path, address: '127.0.0.1', port: 0, logger: kiosk.logger });
  return {
    kiosk,
    host,
    async close() {
      await host.close();
      await kiosk.close();
      site.remove();
    },
  };
}
