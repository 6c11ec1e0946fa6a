/**
 * Calls `onIdle` once after `ms` without a touch or a key on the page. Any input starts the wait
 * again; changing `key` (a new step, a new ticket) does too.
 */
import { useEffect, useRef } from 'react';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input'] as const;

export function useIdleTimeout(ms: number | null, onIdle: () => void, key: unknown): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });

  useEffect(() => {
    if (ms === null) return;
    let timer = setTimeout(() => latest.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, restart, true);
    return () => {
      clearTimeout(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, restart, true);
    };
  }, [ms, key]);
}
