/** A virtual serial device on its own socat cable: the device end is open, the adapter end free for the kiosk. */
import { PtyPair } from '../pty-pair.js';
import type { VirtualLineDevice } from './virtual-line-device.js';

export interface PluggedTwin<Twin extends VirtualLineDevice> {
  pair: PtyPair;
  twin: Twin;
  /** Pull the cable: both ends vanish. */
  unplug(): Promise<void>;
  /** Put the cable back and the virtual device on its end again. */
  replug(): Promise<void>;
  close(): Promise<void>;
}

export async function plugTwin<Twin extends VirtualLineDevice>(open: (path: string) => Promise<Twin>): Promise<PluggedTwin<Twin>> {
  const pair = await PtyPair.open();
  const twin = await open(pair.devicePath).catch(async (error: unknown) => {
    await pair.close();
    throw error;
  });
  return {
    pair,
    twin,
    unplug: () => pair.unplug(),
    async replug() {
      await pair.replug();
      await twin.connect();
    },
    async close() {
      await twin.close();
      await pair.close();
    },
  };
}
