/**
 * What operators (and admins) do in staff mode: open and close the day, end the citizen session
 * on screen, restart the app, see every device and clear a device's error, print a test page,
 * and read the queue and satisfaction dashboards. Actions are audited under the staff member's name
 * (the day's opening and closing by the queue itself, in the same transaction).
 */
import type { DeviceKind, DeviceStatusReport } from '../../bridge/contract.js';
import type { StaffRefusal } from '../../bridge/staff-protocol.js';
import type { ServicePoint } from '../queue/service-point.js';
import { type StatisticsSource, reportOf } from '../satisfaction/statistics-source.js';
import type { TicketStore } from '../store/ticket-store.js';
import { queueReport } from './queue-report.js';
import type { StaffAudit } from './staff-mode.js';
import type { StaffHandlers } from './staff-requests.js';

export interface OperatorDeps {
  servicePoint: ServicePoint;
  store: TicketStore;
  statistics: StatisticsSource;
  deviceStatus(): DeviceStatusReport;
  /** Forget a device's alert and judge its health afresh: the alert returns if the trouble is still there. */
  recheckDevice(kind: DeviceKind): void;
  printTestPage(): Promise<void>;
  /** End the citizen's session on screen. */
  resetSession(): void;
  /** Ask the shell (Electron, the host's process) to restart the app. */
  restartApp(): void;
  audit: StaffAudit;
  now: () => number;
}

type OperatorRequestType =
  | 'openDay'
  | 'closeDay'
  | 'resetSession'
  | 'restartApp'
  | 'deviceStatus'
  | 'clearDeviceError'
  | 'testPrint'
  | 'queueReport'
  | 'satisfactionReport';

export function operatorHandlers(deps: OperatorDeps): StaffHandlers<OperatorRequestType> {
  const audit = (actor: string, action: Parameters<StaffAudit['append']>[0]['action'], detail: string) =>
    deps.audit.append({ at: deps.now(), actor, action, detail });
  const dayAction = (type: 'openDay' | 'closeDay', actor: string) => {
    const result = deps.servicePoint.actOnDay(type, actor);
    return result.ok ? { ok: true as const, result: null } : failed(result.message);
  };
  return {
    openDay: (_request, { actor }) => dayAction('openDay', actor),
    closeDay: (_request, { actor }) => dayAction('closeDay', actor),
    resetSession: (_request, { actor }) => {
      deps.resetSession();
      audit(actor, 'sessionReset', 'the citizen session on screen was ended');
      return { ok: true, result: null };
    },
    restartApp: (_request, { actor }) => {
      audit(actor, 'appRestart', 'the app was restarted from staff mode');
      deps.restartApp();
      return { ok: true, result: null };
    },
    deviceStatus: () => ({ ok: true, result: deps.deviceStatus() }),
    clearDeviceError: ({ kind }, { actor }) => {
      deps.recheckDevice(kind);
      audit(actor, 'deviceErrorCleared', `${kind}: alert cleared and the device checked again`);
      return { ok: true, result: null };
    },
    testPrint: async (_request, { actor }) => {
      try {
        await deps.printTestPage();
      } catch (error) {
        audit(actor, 'testPrint', `test page failed: ${String(error)}`);
        return failed({ vi: `Không in được trang thử: ${String(error)}`, en: `The test page did not print: ${String(error)}` });
      }
      audit(actor, 'testPrint', 'test page printed');
      return { ok: true, result: null };
    },
    queueReport: () => ({ ok: true, result: queueReport(deps.servicePoint, deps.store) }),
    satisfactionReport: ({ range }) => ({ ok: true, result: reportOf(deps.statistics, range) }),
  };
}

function failed(message: StaffRefusal['message']): StaffRefusal {
  return { ok: false, reason: 'failed', message };
}
