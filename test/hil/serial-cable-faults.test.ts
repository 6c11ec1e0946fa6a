/**
 * Every serial adapter against its virtual device over socat: a pulled cable is noticed within
 * 10 s, the adapter keeps retrying while it is out, reconnects once it is back and works again;
 * a device that hangs (goes silent) is noticed by the heartbeat.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceHealth } from '../../devices/device-health.js';
import { SerialScanner } from '../../devices/id-reader/serial-scanner.js';
import { SerialKeypad } from '../../devices/keypad/serial-keypad.js';
import { SerialPresenceSensor } from '../../devices/presence/serial-presence-sensor.js';
import { SerialRobotBase } from '../../devices/robot-base/serial-robot-base.js';
import { PtyRig, type ClosableDevice } from '../../hil/virtual-serial/pty-rig.js';
import type { VirtualLineDevice } from '../../hil/virtual-serial/virtual-line-device.js';
import { VirtualKeypad } from '../../hil/virtual-serial/virtual-keypad.js';
import { VirtualPresenceSensor } from '../../hil/virtual-serial/virtual-presence-sensor.js';
import { VirtualRobotBase } from '../../hil/virtual-serial/virtual-robot-base.js';
import { VirtualScanner } from '../../hil/virtual-serial/virtual-scanner.js';
import { waitFor } from '../../hil/wait-for.js';

interface FaultRig {
  rig: PtyRig<VirtualLineDevice, ClosableDevice>;
  /** Make the device do its job once and see the adapter report it. */
  exercise(): Promise<void>;
}

const baudRate = 9600;

const devices: [string, () => Promise<FaultRig>][] = [
  [
    'presence sensor',
    async () => {
      const rig = await PtyRig.open(VirtualPresenceSensor.open, (path) => SerialPresenceSensor.open({ path, baudRate }));
      let approaches = 0;
      rig.adapter.onPresence(() => (approaches += 1));
      const exercise = async () => {
        const before = approaches;
        rig.twin.approach('centre');
        await waitFor(() => approaches > before, 'an approach');
      };
      return { rig, exercise };
    },
  ],
  [
    'keypad',
    async () => {
      const rig = await PtyRig.open(VirtualKeypad.open, (path) => SerialKeypad.open({ path, baudRate }));
      let presses = 0;
      rig.adapter.onPress(() => (presses += 1));
      const exercise = async () => {
        const before = presses;
        rig.twin.press(3);
        await waitFor(() => presses > before, 'a press');
      };
      return { rig, exercise };
    },
  ],
  [
    'ID scanner',
    async () => {
      const rig = await PtyRig.open(VirtualScanner.open, (path) => SerialScanner.open({ path, baudRate }));
      const exercise = async () => {
        const reading = rig.adapter.read(AbortSignal.timeout(5_000));
        rig.twin.scan();
        expect(await reading).toHaveProperty('qrText');
      };
      return { rig, exercise };
    },
  ],
  [
    'robot base',
    async () => {
      const rig = await PtyRig.open(
        (path) => VirtualRobotBase.open(path, { travelMs: 100 }),
        (path) => SerialRobotBase.open({ path, baudRate }),
      );
      return { rig, exercise: () => rig.adapter.goTo(1) };
    },
  ],
];

describe.each(devices)('%s on a virtual device: cable faults', (_name, openRig) => {
  let fault: FaultRig | null = null;
  afterEach(async () => {
    await fault?.rig.close();
    fault = null;
  });

  it('is offline within 10 s of the cable being pulled, retries while it is out, and works again once replugged', async () => {
    fault = await openRig();
    const { rig } = fault;
    const states: DeviceHealth['state'][] = [];
    rig.adapter.onHealthChange((health) => {
      if (states.at(-1) !== health.state) states.push(health.state); // a new reason alone is no new state
    });
    await fault.exercise();

    const pulledAt = Date.now();
    await rig.unplug();
    await waitFor(() => rig.adapter.health().state === 'offline', 'offline', 10_000);
    expect(Date.now() - pulledAt).toBeLessThan(10_000);
    // Out for a while: the retries at 0.5 s and 1.5 s find no port.
    await waitFor(() => rig.adapter.health().reason === 'openFailed', 'a failed reconnect', 5_000);

    await rig.replug();
    await waitFor(() => rig.adapter.health().state === 'ready', 'ready again', 20_000);
    await fault.exercise();
    expect(states).toEqual(['offline', 'connecting', 'ready']);
  });


});

// The heartbeat takes its full 9 s to call a silent device offline: the four devices are muted at once.
describe('every line device on a virtual device: a hang', () => {
  const rigs: FaultRig[] = [];
  afterEach(async () => {
    await Promise.all(rigs.splice(0).map((fault) => fault.rig.close()));
  });

  it('is noticed within 10 s of its last word', async () => {
    rigs.push(...(await Promise.all(devices.map(([, openRig]) => openRig()))));
    const offlineAfter = await Promise.all(
      rigs.map(async ({ rig }) => {
        rig.twin.mute();
        const mutedAt = Date.now();
        await waitFor(() => rig.adapter.health().state === 'offline', 'offline', 10_000);
        return Date.now() - mutedAt;
      }),
    );
    for (const [index, { rig }] of rigs.entries()) {
      expect(rig.adapter.health().reason, devices[index]?.[0]).toBe('noReply');
      expect(offlineAfter[index], devices[index]?.[0]).toBeLessThan(10_000);
      expect(rig.twin.pings, devices[index]?.[0]).toBeGreaterThanOrEqual(3); // on open, then twice unanswered
    }
  });
});
