import type { PresenceSensor } from './presence-sensor.js';

/** A sensor driven by the test (or the engineer): `simulateApproach()` is a person walking up. */
export class MockPresenceSensor implements PresenceSensor {
  private readonly listeners = new Set<() => void>();

  onApproach(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  simulateApproach(): void {
    for (const listener of this.listeners) listener();
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
