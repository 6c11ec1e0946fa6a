import { DeviceHealthTracker } from '../device-health.js';
import { DeviceWithHealth } from '../serial/device-with-health.js';
import { ListenerSet } from '../serial/listener-set.js';
import type { StaffKey } from './staff-key.js';

/** A key switch driven by the test (or the engineer): `turn(true)` is staff turning the key on. */
export class MockStaffKey extends DeviceWithHealth implements StaffKey {
  private readonly turns = new ListenerSet<boolean>();

  constructor() {
    super(new DeviceHealthTracker({ kind: 'staffKey', adapter: 'mock', path: null, state: 'ready' }));
  }

  onTurn(listener: (on: boolean) => void): () => void {
    return this.turns.add(listener);
  }

  turn(on: boolean): void {
    this.turns.emit(on);
  }

  async close(): Promise<void> {
    this.turns.clear();
  }
}
