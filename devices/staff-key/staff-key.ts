/** The key switch that opens staff mode's sign-in: a staff member turns it on, then types a PIN; off closes staff mode. */
import type { MonitoredDevice } from '../device-health.js';

export interface StaffKey extends MonitoredDevice {
  /** Called when the key is turned (true: on), and once when a (re)connected switch reports a position other than the last one told. */
  onTurn(listener: (on: boolean) => void): () => void;
  close(): Promise<void>;
}
