/** The five-button satisfaction keypad under the screen (1 = very unhappy ... 5 = very happy). */
import type { MonitoredDevice } from '../device-health.js';

export type KeypadButton = 1 | 2 | 3 | 4 | 5;

export interface Keypad extends MonitoredDevice {
  onPress(listener: (button: KeypadButton) => void): () => void;
  /**
   * Light one button's LED (the rating the kiosk recorded), or none. Resolves when the keypad
   * acknowledges; rejects when it does not (offline, no answer in time) or when aborted.
   */
  light(button: KeypadButton | null, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export function isKeypadButton(value: number): value is KeypadButton {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}
