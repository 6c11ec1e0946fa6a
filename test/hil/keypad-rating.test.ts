/** A counter's rating keypad on its virtual device (socat PTY): a press rates the ticket just finished, the LED answers, a pulled cable is an alert. */
import { afterEach, expect, it } from 'vitest';
import { SerialKeypad } from '../../devices/keypad/serial-keypad.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { PtyRig } from '../../hil/virtual-serial/pty-rig.js';
import { VirtualKeypad } from '../../hil/virtual-serial/virtual-keypad.js';
import { waitFor } from '../../hil/wait-for.js';
import { createMockDevices } from '../../runtime/devices.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { tempDir } from '../helpers/kiosk-harness.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('rates from the serial keypad at counter 3, lights the pressed button, and reports an unplugged keypad to staff', async () => {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const rig = await PtyRig.open(VirtualKeypad.open, (path) => SerialKeypad.open({ path, baudRate: 9600 }));
  cleanups.push(() => rig.close());
  const runtime = new KioskRuntime({
    config: DEFAULT_CONFIG,
    dataDir: dir.path,
    devices: { ...createMockDevices(), counterKeypads: [{ counter: 3, keypad: rig.adapter }] },
    logger: new MemoryLogger(),
  });
  cleanups.push(() => runtime.stop());

  const issued = runtime.servicePoint.issue({ serviceId: 'residence', procedureId: null, priority: null, kioskId: 'kiosk-1' });
  if (!issued.ok) throw new Error(issued.reason);
  for (const action of [{ type: 'callNext' }, { type: 'start', ticketId: issued.ticket.id }, { type: 'finish', ticketId: issued.ticket.id }] as const) {
    expect(runtime.servicePoint.act(3, action, 'counter 3')).toEqual({ ok: true });
  }

  rig.twin.press(2);
  await waitFor(() => runtime.satisfaction.ratings.find(issued.ticket.id) !== undefined, 'the rating from the keypad');
  expect(runtime.satisfaction.ratings.find(issued.ticket.id)).toMatchObject({ overall: 2, channel: 'keypad', counter: 3 });
  await waitFor(() => rig.twin.lit === 2, 'the pressed button lit');

  rig.twin.press(5);
  await waitFor(() => runtime.alerts.list().some((alert) => alert.id === 'keypad-press:counter-3'), 'the note for a second press');
  expect(runtime.satisfaction.ratings.find(issued.ticket.id)).toMatchObject({ overall: 2 });

  await rig.unplug();
  await waitFor(() => runtime.alerts.list().some((alert) => alert.id === 'device:keypad:counter-3'), 'the unplugged keypad alert');
  expect(runtime.alerts.list().find((alert) => alert.id === 'device:keypad:counter-3')?.message).toMatch(/^Quầy 3: Bàn phím đánh giá \(.+\): mất kết nối/);
});
