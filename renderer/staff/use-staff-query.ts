/**
 * Ask staff mode for something and keep the answer, asking again whenever the revision goes up
 * (something it shows changed) or the request itself changes. A late answer to an older request
 * is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffReplyOf, StaffRequestOf, StaffRequestType } from '../../bridge/staff-protocol.js';
import type { StaffCall } from './staff-panel.js';

export interface StaffQuery<K extends StaffRequestType> {
  /** Null until the first answer. */
  reply: StaffReplyOf<K> | null;
  refresh(): void;
}

export function useStaffQuery<K extends StaffRequestType>(call: StaffCall, request: StaffRequestOf<K>, revision: number): StaffQuery<K> {
  const [reply, setReply] = useState<StaffReplyOf<K> | null>(null);
  const [asked, setAsked] = useState(0);
  const key = JSON.stringify(request);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    call(JSON.parse(key) as StaffRequestOf<K>).then(
      (answer) => {
        if (ticket === latest.current) setReply(answer);
      },
      (error: unknown) => console.warn(`[staff] ${key} not answered: ${String(error)}`),
    );
  }, [call, key, revision, asked]);
  const refresh = useCallback(() => setAsked((count) => count + 1), []);
  return { reply, refresh };
}
