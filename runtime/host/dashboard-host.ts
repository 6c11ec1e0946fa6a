/**
 * The satisfaction dashboard as the browser host serves it: its socket and its export downloads,
 * over the runtime's ratings and ticket store, signed in through the counters' shared lockout.
 */
import type { ServerResponse } from 'node:http';
import type { KioskRuntime } from '../kiosk-runtime.js';
import type { Logger } from '../log.js';
import type { CounterSessions } from './counter-sessions.js';
import { DashboardAccess } from './dashboard-access.js';
import { serveDashboardExport } from './dashboard-export.js';
import { DashboardSocket } from './dashboard-socket.js';

export interface DashboardHost {
  socket: DashboardSocket;
  /** Answers an export request and returns true; false for any other path. */
  serveExport(url: URL, res: ServerResponse): boolean;
}

export function dashboardHost(runtime: KioskRuntime, sessions: CounterSessions, logger: Logger): DashboardHost {
  const access = new DashboardAccess({ sessions, dashboardPinHash: () => runtime.configuration.satisfaction.dashboardPinHash });
  const source = runtime.statistics;
  const today = () => runtime.servicePoint.day().day;
  return {
    socket: new DashboardSocket(access, source, runtime.satisfaction, today, logger),
    serveExport: (url, res) => serveDashboardExport(url, res, { access, source, logger }),
  };
}
