/**
 * A real serial adapter wired to a virtual device through a socat PTY pair, ready to use: the
 * cable, both ends, and a teardown that leaves no process or port behind.
 */
import type { MonitoredDevice } from '../../devices/device-health.js';
import type { PtyPair } from '../pty-pair.js';
import { waitFor } from '../wait-for.js';
import { type PluggedTwin, plugTwin } from './plugged-twin.js';
import type { VirtualLineDevice } from './virtual-line-device.js';

export interface ClosableDevice extends MonitoredDevice {
  close(): Promise<void>;
}

export class PtyRig<Twin extends VirtualLineDevice, Adapter extends ClosableDevice> {
  private constructor(
    private readonly plugged: PluggedTwin<Twin>,
    readonly adapter: Adapter,
  ) {}

  get pair(): PtyPair {
    return this.plugged.pair;
  }

  get twin(): Twin {
    return this.plugged.twin;
  }

  /** Start socat, open the virtual device on one end and the adapter on the other; resolves once the adapter is ready. */
  static async open<Twin extends VirtualLineDevice, Adapter extends ClosableDevice>(
    openTwin: (path: string) => Promise<Twin>,
    openAdapter: (path: string) => Adapter,
  ): Promise<PtyRig<Twin, Adapter>> {
    const plugged = await plugTwin(openTwin);
    const rig = new PtyRig(plugged, openAdapter(plugged.pair.adapterPath));
    try {
      await waitFor(() => rig.adapter.health().state === 'ready', `the ${rig.adapter.health().kind} adapter to be ready`);
    } catch (error) {
      await rig.close();
      throw error;
    }
    return rig;
  }

  unplug(): Promise<void> {
    return this.plugged.unplug();
  }

  /** Put the cable back and the virtual device on its end again. */
  replug(): Promise<void> {
    return this.plugged.replug();
  }

  async close(): Promise<void> {
    await this.adapter.close();
    await this.plugged.close();
  }
}
