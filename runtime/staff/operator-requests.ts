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
  /**
   * Whether the service point's queue is in this kiosk's store. A kiosk linked to another host (the
   * robot) numbers there: its day and figures are the host's, so staff are sent there.
   */
  queueIsHere: boolean;
  store: TicketStore;
  statistics: StatisticsSource;
  deviceStatus(): DeviceStatusReport;
  /** Forget a device's alert and judge its health afresh: the alert returns if the trouble is still there. */
  recheckDevice(kind: DeviceKind): void;
  printTestPage(): Promise<void>;
  /** End the citizen's session on screen. */
  resetSession(): void;
  /** Ask the shell (Electron, the host's process) to restart the app; false when there is none that can. */
  restartApp(): boolean;
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

/** Said on a linked kiosk for the day's and the dashboards' requests. */
const QUEUE_ELSEWHERE = {
  vi: 'Kiosk này lấy số qua máy chủ của bộ phận một cửa: mở, đóng ngày và xem thống kê ở máy chủ (chế độ nhân viên trên máy chủ, hoặc trang /dashboard).',
  en: "This kiosk numbers through the service point's host: open or close the day and read the figures there (staff mode on the host, or its /dashboard page).",
};

const CANNOT_RESTART = {
  vi: 'Ứng dụng này không tự khởi động lại được (đang chạy trong công cụ kiểm thử): hãy tắt và mở lại bằng tay.',
  en: 'This app cannot restart itself (it runs inside a test tool): close it and start it again by hand.',
};

export function operatorHandlers(deps: OperatorDeps): StaffHandlers<OperatorRequestType> {
  const audit = (actor: string, action: Parameters<StaffAudit['append']>[0]['action'], detail: string) =>
    deps.audit.append({ at: deps.now(), actor, action, detail });
  const dayAction = (type: 'openDay' | 'closeDay', actor: string) => {
    if (!deps.queueIsHere) return failed(QUEUE_ELSEWHERE);
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
      if (!deps.restartApp()) return failed(CANNOT_RESTART);
      audit(actor, 'appRestart', 'the app was restarted from staff mode');
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
    queueReport: () => (deps.queueIsHere ? { ok: true, result: queueReport(deps.servicePoint, deps.store) } : failed(QUEUE_ELSEWHERE)),
    satisfactionReport: ({ range }) => (deps.queueIsHere ? { ok: true, result: reportOf(deps.statistics, range) } : failed(QUEUE_ELSEWHERE)),
  };
}

function failed(message: StaffRefusal['message']): StaffRefusal {
  return { ok: false, reason: 'failed', message };
}
