/**
 * The staff key switch's serial adapter on a virtual switch (socat PTY), through the runtime: the
 * key opens the sign-in and closes staff mode; a pulled cable is an alert, and a turn made while
 * it was out is caught up when it is back.
 */
import { afterEach, beforeAll, expect, it } from 'vitest';
import { SerialStaffKey } from '../../devices/staff-key/serial-staff-key.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { PtyRig } from '../../hil/virtual-serial/pty-rig.js';
import { VirtualStaffKey } from '../../hil/virtual-serial/virtual-staff-key.js';
import { waitFor } from '../../hil/wait-for.js';
import { createMockDevices } from '../../runtime/devices.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { tempDir } from '../helpers/kiosk-harness.js';

let config: KioskConfig;
beforeAll(async () => {
  config = { ...DEFAULT_CONFIG, staff: { accounts: [{ id: 'minh', name: 'Trần Văn Minh', role: 'operator', pinHash: await hashPin('1357') }] } };
});

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function kioskWithSerialKey() {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const rig = await PtyRig.open(VirtualStaffKey.open, (path) => SerialStaffKey.open({ path, baudRate: 9600 }));
  cleanups.push(() => rig.close());
  const runtime = new KioskRuntime({ config, dataDir: dir.path, devices: { ...createMockDevices(), staffKey: rig.adapter }, logger: new MemoryLogger() });
  cleanups.push(() => runtime.stop());
  return { rig, runtime };
}

it('turning the key on brings up the sign-in, turning it off closes staff mode', async () => {
  const { rig, runtime } = await kioskWithSerialKey();
  expect(runtime.deviceStatus().devices).toContainEqual(expect.objectContaining({ kind: 'staffKey', adapter: 'serial', state: 'ready' }));

  rig.twin.turn(true);
  await waitFor(() => runtime.currentView().staff?.stage === 'signIn', 'the sign-in');
  expect(await runtime.staffRequest({ type: 'signIn', accountId: 'minh', pin: '1357' })).toMatchObject({ ok: true });
  rig.twin.turn(false);
  await waitFor(() => runtime.currentView().staff === null, 'staff mode closed');
});

it('a pulled cable is a staff alert within 10 s; the key turned off while it was out closes staff mode once it is back', async () => {
  const { rig, runtime } = await kioskWithSerialKey();
  rig.twin.turn(true);
  await waitFor(() => runtime.currentView().staff?.stage === 'signIn', 'the sign-in');
  expect(await runtime.staffRequest({ type: 'signIn', accountId: 'minh', pin: '1357' })).toMatchObject({ ok: true });

  await rig.unplug();
  await waitFor(() => runtime.alerts.list().some((alert) => alert.id === 'device:staffKey'), 'the unplugged key alert', 10_000);
  expect(runtime.alerts.list().find((alert) => alert.id === 'device:staffKey')?.message).toMatch(/^Khóa chế độ nhân viên \(.+\): mất kết nối/);
  // Unplugged, the switch cannot say it turned: staff mode stays open meanwhile.
  rig.twin.turn(false);
  expect(runtime.currentView().staff).toMatchObject({ stage: 'open' });

  await rig.replug();
  await waitFor(() => runtime.currentView().staff === null, 'staff mode closed by the position reported after the replug', 20_000);
  expect(runtime.alerts.list().map((alert) => alert.id)).not.toContain('device:staffKey');
});
