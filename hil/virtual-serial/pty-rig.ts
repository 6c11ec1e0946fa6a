/**
 * A real serial adapter wired to a virtual device through a socat PTY pair, ready to use: the
 * cable, both ends, and a teardown that leaves no process or port behind.
 */
import type { MonitoredDevice } from '../../devices/device-health.js';
import { PtyPair } from '../pty-pair.js';
import type { VirtualLineDevice } from './virtual-line-device.js';
import { waitFor } from './wait-for.js';

export interface ClosableDevice extends MonitoredDevice {
  close(): Promise<void>;
}

export class PtyRig<Twin extends VirtualLineDevice, Adapter extends ClosableDevice> {
  private constructor(
    readonly pair: PtyPair,
    readonly twin: Twin,
    readonly adapter: Adapter,
  ) {}

  /** Start socat, open the virtual device on one end and the adapter on the other; resolves once the adapter is ready. */
  static async open<Twin extends VirtualLineDevice, Adapter extends ClosableDevice>(
    openTwin: (path: string) => Promise<Twin>,
    openAdapter: (path: string) => Adapter,
  ): Promise<PtyRig<Twin, Adapter>> {
    const pair = await PtyPair.open();
    const twin = await openTwin(pair.devicePath).catch(async (error: unknown) => {
      await pair.close();
      throw error;
    });
    const rig = new PtyRig(pair, twin, openAdapter(pair.adapterPath));
    try {
      await waitFor(() => rig.adapter.health().state === 'ready', `the ${rig.adapter.health().kind} adapter to be ready`);
    } catch (error) {
      await rig.close();
      throw error;
    }
    return rig;
  }

  unplug(): Promise<void> {
    return this.pair.unplug();
  }

  /** Put the cable back and the virtual device on its end again. */
  async replug(): Promise<void> {
    await this.pair.replug();
    await this.twin.connect();
  }

  async close(): Promise<void> {
    await this.adapter.close();
    await this.twin.close();
    await this.pair.close();
  }
}
