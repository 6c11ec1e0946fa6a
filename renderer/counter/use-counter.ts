/**
 * The counter page's state: the connection, whether this tab is signed in (its token kept in
 * sessionStorage so a reload or a reconnect resumes), the counter's state as last pushed, and the
 * banner that says why an action was refused.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { CounterState } from '../../bridge/queue-protocol.js';
import { type CounterCommand, type CounterConnection, type CounterReply, connectCounter } from './counter-connection.js';
import type { CounterMessageKey } from './counter-i18n.js';

const TOKEN_KEY = 'motcua.counter.token';

export type Banner = { kind: 'refusal'; message: Readonly<Record<Locale, string>> } | { kind: 'notice'; key: CounterMessageKey };

export interface CounterPage {
  /** `connecting` until the host has answered whether this tab's session still holds. */
  phase: 'connecting' | 'signIn' | 'desk';
  connected: boolean;
  state: CounterState | null;
  banner: Banner | null;
  /** An action is on its way: buttons wait for its reply. */
  busy: boolean;
  signIn(counter: number, pin: string): Promise<CounterReply>;
  act(command: CounterCommand): Promise<boolean>;
  signOut(): void;
  dismissBanner(): void;
}

export function useCounter(): CounterPage {
  const [phase, setPhase] = useState<CounterPage['phase']>('connecting');
  const [connected, setConnected] = useState(false);
  const [state, setState] = useState<CounterState | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [busy, setBusy] = useState(false);
  const connection = useRef<CounterConnection | null>(null);

  useEffect(() => {
    const toSignIn = () => {
      sessionStorage.removeItem(TOKEN_KEY);
      setState(null);
      setPhase('signIn');
    };
    const live = connectCounter({
      open() {
        setConnected(true);
        const token = sessionStorage.getItem(TOKEN_KEY);
        if (token === null) return setPhase('signIn');
        void live.request({ type: 'resumeSession', token }).then((reply) => {
          if (reply.ok) setPhase('desk');
          // A dropped connection answers `lost`: the next open tries the token again.
          else if (reply.reason !== 'lost') toSignIn();
        });
      },
      lost: () => setConnected(false),
      state: setState,
      signedOut() {
        toSignIn();
        setBanner({ kind: 'notice', key: 'signedOutElsewhere' });
      },
    });
    connection.current = live;
    return () => live.close();
  }, []);

  const signIn = useCallback(async (counter: number, pin: string) => {
    const reply = await (connection.current?.request({ type: 'signIn', counter, pin }) ?? Promise.resolve<CounterReply>({ ok: false, reason: 'lost' }));
    if (reply.ok && reply.token !== undefined) {
      sessionStorage.setItem(TOKEN_KEY, reply.token);
      setBanner(null);
      setPhase('desk');
    }
    return reply;
  }, []);

  const act = useCallback(async (command: CounterCommand) => {
    const live = connection.current;
    if (live === null) return false;
    setBusy(true);
    setBanner(null);
    const reply = await live.request(command);
    setBusy(false);
    if (reply.ok) return true;
    if (reply.reason === 'lost') setBanner({ kind: 'notice', key: 'notSent' });
    else setBanner({ kind: 'refusal', message: reply.message });
    return false;
  }, []);

  const signOut = useCallback(() => {
    void connection.current?.request({ type: 'signOut' });
    sessionStorage.removeItem(TOKEN_KEY);
    setState(null);
    setBanner(null);
    setPhase('signIn');
  }, []);

  const dismissBanner = useCallback(() => setBanner(null), []);

  return { phase, connected, state, banner, busy, signIn, act, signOut, dismissBanner };
}
