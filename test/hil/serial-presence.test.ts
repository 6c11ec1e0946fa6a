/**
 * Presence sensor contract: the mock and the serial adapter on a virtual sensor (socat PTY)
 * show the same behaviour, so the mock the kiosk is developed on cannot drift from the device.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockPresenceSensor } from '../../devices/presence/mock-presence-sensor.js';
import type { PresenceEvent, PresenceSensor, PresenceSide } from '../../devices/presence/presence-sensor.js';
import { SerialPresenceSensor } from '../../devices/presence/serial-presence-sensor.js';
import { PtyRig } from '../../hil/virtual-serial/pty-rig.js';
import { VirtualPresenceSensor } from '../../hil/virtual-serial/virtual-presence-sensor.js';
import { waitFor } from '../../hil/wait-for.js';

interface PresenceRig {
  sensor: PresenceSensor;
  approach(side: PresenceSide | null): void;
  leave(): void;
  close(): Promise<void>;
}

const rigs: [string, () => Promise<PresenceRig>][] = [
  [
    'mock',
    async () => {
      const sensor = new MockPresenceSensor();
      return { sensor, approach: (side) => sensor.simulateApproach(side), leave: () => sensor.simulateLeave(), close: () => sensor.close() };
    },
  ],
  [
    'serial on virtual',
    async () => {
      const rig = await PtyRig.open(VirtualPresenceSensor.open, (path) => SerialPresenceSensor.open({ path, baudRate: 9600 }));
      return { sensor: rig.adapter, approach: (side) => rig.twin.approach(side), leave: () => rig.twin.leave(), close: () => rig.close() };
    },
  ],
];

describe.each(rigs)('presence sensor contract: %s', (_name, openRig) => {
  let rig: PresenceRig;
  beforeEach(async () => {
    rig = await openRig();
  });
  afterEach(async () => {
    await rig?.close();
  });

  it('is a ready presence device', () => {
    expect(rig.sensor.health()).toMatchObject({ kind: 'presence', state: 'ready' });
  });

  it('reports approaches with their side (or none when it cannot tell) and the leave, in order', async () => {
    const events: PresenceEvent[] = [];
    rig.sensor.onPresence((event) => events.push(event));
    rig.approach('left');
    rig.approach('centre');
    rig.approach(null);
    rig.leave();
    await waitFor(() => events.length === 4, 'four presence events');
    expect(events).toEqual([
      { type: 'approach', side: 'left' },
      { type: 'approach', side: 'centre' },
      { type: 'approach', side: null },
      { type: 'leave' },
    ]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const kept: PresenceEvent[] = [];
    const dropped: PresenceEvent[] = [];
    rig.sensor.onPresence((event) => kept.push(event));
    const unsubscribe = rig.sensor.onPresence((event) => dropped.push(event));
    unsubscribe();
    rig.approach('right');
    await waitFor(() => kept.length === 1, 'the approach');
    expect(dropped).toEqual([]);
  });
});
