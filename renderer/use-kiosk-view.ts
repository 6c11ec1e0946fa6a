import { useEffect, useState } from 'react';
import type { KioskBridge, KioskView } from '../bridge/contract.js';

/** The latest view the kiosk pushed, or `null` before the first one. */
export function useKioskView(bridge: KioskBridge): KioskView | null {
  const [view, setView] = useState<KioskView | null>(null);
  useEffect(() => bridge.subscribe(setView), [bridge]);
  return view;
}
