/**
 * The dashboard's state: the connection, the sign-in (kept for this tab so a reload or a reconnect
 * resumes it), the range watched and its latest report, replaced by every report the host pushes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardSignInKind, DayRange, SatisfactionReport } from '../../bridge/dashboard-protocol.js';
import { type DashboardAnswer, type DashboardConnection, connectDashboard } from './dashboard-connection.js';
import { type RangeChoice, presetRange } from './day-range.js';

const SESSION_KEY = 'motcua.dashboard.session';
/** How often the page asks again on its own: a preset range moves on at midnight, and the figures stay fresh without ratings. */
const REFRESH_MS = 60_000;

export type DashboardStatus = 'connecting' | 'signIn' | 'signedIn' | 'lost';

export interface DashboardModel {
  status: DashboardStatus;
  signInKind: DashboardSignInKind;
  today: string | null;
  choice: RangeChoice;
  range: DayRange | null;
  report: SatisfactionReport | null;
  signIn(pin: string, counter: number | undefined): Promise<DashboardAnswer>;
  signOut(): void;
  watch(choice: RangeChoice, range: DayRange): void;
  exportToken(): Promise<DashboardAnswer>;
}

export function useDashboard(): DashboardModel {
  const [status, setStatus] = useState<DashboardStatus>('connecting');
  const [signInKind, setSignInKind] = useState<DashboardSignInKind>('dashboardPin');
  const [today, setToday] = useState<string | null>(null);
  const [choice, setChoice] = useState<RangeChoice>('today');
  const [range, setRange] = useState<DayRange | null>(null);
  const [report, setReport] = useState<SatisfactionReport | null>(null);
  const connection = useRef<DashboardConnection | null>(null);
  /** The range to watch again after a reconnect; a ref so the socket's callbacks see the latest. */
  const watched = useRef<DayRange | null>(null);
  const latest = useRef<{ choice: RangeChoice; today: string | null; status: DashboardStatus }>({ choice, today, status });
  useEffect(() => {
    latest.current = { choice, today, status };
  });

  const watchRange = useCallback(async (next: DayRange) => {
    watched.current = next;
    setRange(next);
    const reply = await connection.current?.request({ type: 'watch', range: next });
    if (reply?.ok && 'report' in reply && watched.current === next) {
      setReport(reply.report);
      setToday(reply.today);
    }
    else if (reply && !reply.ok && reply.reason === 'notSignedIn') setStatus('signIn');
  }, []);

  useEffect(() => {
    const link = connectDashboard({
      hello(hello) {
        setSignInKind(hello.signIn);
        setToday(hello.today);
        const token = sessionStorage.getItem(SESSION_KEY);
        if (token === null) return setStatus('signIn');
        void link.request({ type: 'resume', token }).then((reply) => {
          if (!reply.ok) {
            sessionStorage.removeItem(SESSION_KEY);
            return setStatus('signIn');
          }
          setStatus('signedIn');
          void watchRange(watched.current ?? presetRange('today', hello.today));
        });
      },
      lost: () => setStatus((current) => (current === 'connecting' ? current : 'lost')),
      report(next, hostToday) {
        setToday(hostToday);
        const current = watched.current;
        if (current !== null && next.range.from === current.from && next.range.to === current.to) setReport(next);
      },
      signedOut() {
        sessionStorage.removeItem(SESSION_KEY);
        setStatus('signIn');
      },
    });
    connection.current = link;
    const refresh = setInterval(() => {
      const { choice: shown, today: hostToday, status: now } = latest.current;
      if (now !== 'signedIn' || watched.current === null) return;
      void watchRange(shown === 'custom' || hostToday === null ? watched.current : presetRange(shown, hostToday));
    }, REFRESH_MS);
    return () => {
      clearInterval(refresh);
      link.close();
    };
  }, [watchRange]);

  const signIn = useCallback(
    async (pin: string, counter: number | undefined) => {
      const reply = (await connection.current?.request({ type: 'signIn', pin, ...(counter === undefined ? {} : { counter }) })) ?? { ok: false, reason: 'lost' };
      if (reply.ok && 'session' in reply) {
        sessionStorage.setItem(SESSION_KEY, reply.session.token);
        setStatus('signedIn');
        if (today !== null) void watchRange(watched.current ?? presetRange('today', today));
      }
      return reply;
    },
    [today, watchRange],
  );

  const signOut = useCallback(() => {
    void connection.current?.request({ type: 'signOut' });
    sessionStorage.removeItem(SESSION_KEY);
    watched.current = null;
    setReport(null);
    setStatus('signIn');
  }, []);

  const watch = useCallback(
    (nextChoice: RangeChoice, next: DayRange) => {
      setChoice(nextChoice);
      void watchRange(next);
    },
    [watchRange],
  );

  const exportToken = useCallback(
    async (): Promise<DashboardAnswer> => (await connection.current?.request({ type: 'exportToken' })) ?? { ok: false, reason: 'lost' },
    [],
  );

  return { status, signInKind, today, choice, range, report, signIn, signOut, watch, exportToken };
}
