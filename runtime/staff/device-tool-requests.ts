/**
 * The device tools of staff mode (operators): the serial ports and what is on each, the OCR
 * self-test on the bundled sample card, and the printer's paper counter with its reset when a new
 * roll goes in. The counter counts every job the printer prints and warns staff (a staff alert)
 * when the roll is nearly used up. Actions are audited under the staff member's name.
 */
import type { OcrSelfTestResult, PaperCounterView } from '../../bridge/staff-device-protocol.js';
import type { StaffRefusal } from '../../bridge/staff-protocol.js';
import type { ReceiptPrinter } from '../../devices/printer/receipt-printer.js';
import { ConfigStore, type ConfigTarget } from '../config/config-store.js';
import { inLocale } from '../config/field-problems.js';
import type { Logger } from '../log.js';
import { PaperCounter } from '../paper/paper-counter.js';
import { reportsPrints } from '../paper/reporting-printer.js';
import type { StaffAlerts } from '../staff-alerts.js';
import type { AuditAction } from '../store/audit-trail.js';
import { runOcrSelfTest } from './ocr-self-test.js';
import { type PortInfoLister, listSerialPorts, listSystemPorts, putOnPort } from './serial-ports.js';
import type { StaffAudit } from './staff-mode.js';
import type { StaffHandlers } from './staff-requests.js';

export interface DeviceToolDeps {
  /** Counted when it reports what it printed (runtime/paper/reporting-printer.ts). */
  printer: ReceiptPrinter;
  dataDir: string;
  /** The configuration in force, and where a chosen port is saved (runtime/config/config-store.ts). */
  runtime: ConfigTarget;
  configPath: string | undefined;
  /** The service day, YYYY-MM-DD. */
  today: () => string;
  /** A function: the runtime makes its alerts after its handlers. */
  alerts: () => Pick<StaffAlerts, 'raise' | 'clear'>;
  /** What staff screens show changed (the paper count): they ask again. */
  changed: () => void;
  audit: StaffAudit;
  logger: Logger;
  now: () => Date;
  listPorts?: PortInfoLister;
  ocrSelfTest?: (today: string) => Promise<OcrSelfTestResult>;
}

type DeviceToolRequestType = 'listSerialPorts' | 'chooseSerialPort' | 'ocrSelfTest' | 'paperCounter' | 'resetPaperCounter';

export const PAPER_ALERT_ID = 'printer:paper';

export function deviceToolHandlers(deps: DeviceToolDeps): StaffHandlers<DeviceToolRequestType> {
  const audit = (actor: string, action: AuditAction, detail: string) => deps.audit.append({ at: deps.now().getTime(), actor, action, detail });
  const paper = watchPaper(deps);
  const selfTest = deps.ocrSelfTest ?? ((today: string) => runOcrSelfTest({ today }));
  // One self-test at a time: a second tap waits for the one running (it takes seconds of CPU).
  let running: Promise<OcrSelfTestResult> | null = null;
  const { runtime, dataDir, configPath, audit: trail, logger } = deps;
  const config = new ConfigStore({ runtime, dataDir, configPath, audit: trail, logger, now: () => deps.now().getTime() });
  const ports = () => listSerialPorts(config.current(), deps.listPorts ?? listSystemPorts);
  return {
    listSerialPorts: async () => ({ ok: true, result: { ports: await ports() } }),
    chooseSerialPort: async ({ device, path }, { actor }) => {
      const port = (await ports()).find((listed) => listed.path === path);
      if (port === undefined) return failed(NO_SUCH_PORT);
      if (port.usedBy.some((user) => user.device !== device)) return failed(PORT_TAKEN);
      const saved = config.update((draft) => putOnPort(draft, device, path), actor, { action: 'devicePortChosen', detail: `${device} on ${path}` });
      if (!saved.ok) return { ok: false, reason: 'invalid', message: NOT_SAVED, fields: inLocale(saved.fields, 'vi') };
      return { ok: true, result: { restartNeeded: saved.restartNeeded } };
    },
    ocrSelfTest: async (_request, { actor }) => {
      running ??= selfTest(deps.today()).finally(() => {
        running = null;
      });
      const result = await running;
      const wrong = result.checks.filter((check) => !check.passed).map((check) => check.check);
      audit(actor, 'ocrSelfTest', `${result.passed ? 'passed' : `failed (${wrong.join(', ')})`}: OCR started in ${result.startMs} ms, card read in ${result.readMs} ms`);
      return { ok: true, result };
    },
    paperCounter: () => ({ ok: true, result: paper.view() }),
    resetPaperCounter: ({ rollLengthM }, { actor }) => {
      const before = paper.view();
      paper.reset(rollLengthM);
      const after = paper.view();
      audit(
        actor,
        'paperCounterReset',
        `new ${after.rollLengthMm / 1000} m roll; the last one printed ${before.tickets} tickets and ${before.otherJobs} other jobs, about ${(before.usedMm / 1000).toFixed(1)} m`,
      );
      return { ok: true, result: after };
    },
  };
}

/** The counter, fed by the printer, with its warning kept up to date. */
function watchPaper(deps: DeviceToolDeps): PaperCounter {
  const counter = new PaperCounter({ dataDir: deps.dataDir, now: deps.now, logger: deps.logger });
  const warn = (view: PaperCounterView) => {
    if (view.nearEnd) deps.alerts().raise(PAPER_ALERT_ID, 'warning', paperWarning(view));
    else deps.alerts().clear(PAPER_ALERT_ID);
  };
  counter.onChange((view) => {
    warn(view);
    deps.changed();
  });
  if (reportsPrints(deps.printer)) deps.printer.onPrinted((job) => counter.record(job));
  else deps.logger.warn('the receipt printer does not report what it prints: the paper counter stays still');
  // A roll nearly used up before a restart is still nearly used up: warn once the runtime is built.
  queueMicrotask(() => warn(counter.view()));
  return counter;
}

function failed(message: StaffRefusal['message']): StaffRefusal {
  return { ok: false, reason: 'failed', message };
}

const NO_SUCH_PORT = { vi: 'Không thấy cổng này nữa: hãy tìm lại cổng.', en: 'This port is gone: look for the ports again.' };
const PORT_TAKEN = { vi: 'Cổng này đang dùng cho thiết bị khác: hãy chọn cổng trống.', en: 'Another device is on this port: choose a free one.' };
const NOT_SAVED = { vi: 'Chưa lưu cổng mới vào cấu hình.', en: 'The new port was not saved in the configuration.' };

function paperWarning(view: PaperCounterView): string {
  const metres = (view.remainingMm / 1000).toFixed(1).replace('.', ',');
  return `Cuộn giấy in sắp hết: còn khoảng ${metres} m (khoảng ${view.ticketsLeft} phiếu). Thay cuộn mới rồi đặt lại bộ đếm giấy.`;
}
