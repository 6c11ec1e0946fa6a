/** How a device's health reads to staff and to the citizen's session. */
import type { DeviceHealth, DeviceKind, PrinterProblem } from '../bridge/contract.js';
import { DEVICE_NAMES } from '../bridge/device-names.js';

/** Staff alerts are in the service point's staff language. */
const NAMES = DEVICE_NAMES.vi;

const REASONS: Record<string, string> = {
  paperOut: 'hết giấy',
  paperNearEnd: 'sắp hết giấy',
  coverOpen: 'nắp đang mở',
  cutterError: 'lỗi dao cắt',
  unrecoverableError: 'lỗi phần cứng, cần tắt bật lại',
  noReply: 'không trả lời',
  disconnected: 'mất kết nối',
  obstacle: 'bị vật cản chặn đường',
  lowBattery: 'pin yếu',
  motorFault: 'lỗi động cơ',
  empty: 'hết hàng để phát',
  notInstalled: 'chưa cài espeak-ng',
  failed: 'không phát được tiếng',
  noSound: 'không ra tiếng, kiểm tra loa và âm lượng',
};

export function deviceName(kind: DeviceKind): string {
  return NAMES[kind];
}

/** One sentence for staff about a device that needs them, or null when it is fine. */
export function deviceAlertMessage(health: DeviceHealth): string | null {
  if (health.state === 'ready' || health.state === 'connecting') return null;
  const where = health.path === null ? '' : ` (${health.path})`;
  const reason = health.reason === null ? null : (REASONS[health.reason] ?? health.reason);
  const what = health.state === 'offline' ? `mất kết nối${reason && reason !== 'mất kết nối' ? `, ${reason}` : ''}` : (reason ?? 'có lỗi');
  return `${NAMES[health.kind]}${where}: ${what}.`;
}

/** What the citizen is told about the printer, from its health. */
export function printerProblemOf(health: DeviceHealth): PrinterProblem | null {
  switch (health.state) {
    case 'ready':
    case 'degraded':
      return null;
    case 'connecting':
    case 'offline':
      return 'offline';
    case 'fault':
      return health.reason === 'paperOut' || health.reason === 'coverOpen' || health.reason === 'offline' ? health.reason : 'failed';
  }
}
