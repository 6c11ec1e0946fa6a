/** The procedure chosen at the kiosk is kept on the ticket, so a rating can be counted per procedure. */
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_LINK_PATH } from '../../bridge/queue-protocol.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { createMockDevices } from '../../runtime/devices.js';
import { startHttpHost } from '../../runtime/host/http-host.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RemoteTicketIssuer } from '../../runtime/queue/remote-ticket-issuer.js';
import type { TicketStore } from '../../runtime/store/ticket-store.js';
import { tempDir } from '../helpers/kiosk-harness.js';
import { ServicePointRig } from '../helpers/service-point-rig.js';

function procedureOf(store: TicketStore, ticketId: number): string | null | undefined {
  return store.connection.prepare<[number], { procedure_id: string | null }>('SELECT procedure_id FROM ticket WHERE id = ?').get(ticketId)
    ?.procedure_id;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("the ticket keeps the kiosk's procedure", () => {
  it('on a ticket issued at the host kiosk, and none when none was chosen', () => {
    const rig = new ServicePointRig();
    cleanups.push(() => rig.close());
    const chosen = rig.ticket('civil-status', { procedureId: 'certified-copy' });
    const unchosen = rig.ticket('civil-status');
    expect(procedureOf(rig.store, chosen.id)).toBe('certified-copy');
    expect(procedureOf(rig.store, unchosen.id)).toBeNull();
  });

  it('on a ticket a linked kiosk numbers through the host', async () => {
    const key = 'procedure-test-key-0123456789';
    const dir = tempDir();
    const config: KioskConfig = { ...DEFAULT_CONFIG, queue: { ...DEFAULT_CONFIG.queue, kioskKey: key } };
    const stand = new KioskRuntime({ config, dataDir: dir.path, devices: createMockDevices(), logger: new MemoryLogger() });
    const host = await startHttpHost({ runtime: stand, rendererDir: dir.path, address: '127.0.0.1', port: 0, logger: new MemoryLogger() });
    const url = `ws://127.0.0.1:${new URL(host.url).port}${KIOSK_LINK_PATH}`;
    const robot = new RemoteTicketIssuer({ url, key, kioskId: 'robot', timeZone: config.servicePoint.timeZone, logger: new MemoryLogger(), issueTimeoutMs: 10_000 });
    cleanups.push(dir.remove, () => stand.stop(), () => host.close(), () => robot.close());

    const result = await robot.issue({ serviceId: 'land', procedureId: 'building-permit', priority: null, kioskId: 'robot' });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(procedureOf(stand.store, result.ticket.id)).toBe('building-permit');
  });
});
