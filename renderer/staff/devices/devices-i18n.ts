/** The devices screen's words, Vietnamese first with English; device kinds and states named for staff. */
import type { DeviceKind, DeviceState, Locale } from '../../../bridge/contract.js';
import type { SerialDevice } from '../../../bridge/device-tool-constants.js';
import type { OcrCheckName, PortUser } from '../../../bridge/staff-device-protocol.js';
import { interpolate } from '../../i18n/interpolate.js';
import { DEVICE_NAMES } from '../../../bridge/device-names.js';

const vi = {
  devicesTitle: 'Thiết bị',
  alertsTitle: 'Cần xử lý',
  noAlerts: 'Không có việc gì cần xử lý.',
  warning: 'Cảnh báo',
  error: 'Lỗi',
  clearError: 'Xoá lỗi, kiểm tra lại',
  testPrint: 'In trang thử',
  testPrinted: 'Đã in trang thử.',
  lastSeen: 'Lần cuối: {time}',
  neverSeen: 'Chưa nhận tín hiệu',
  inProcess: 'trong máy',
  simulated: 'mô phỏng',
  serialAdapter: 'cổng nối tiếp',
  male: 'Nam',
  female: 'Nữ',
  paperTitle: 'Giấy in',
  paperSince: 'Từ lúc thay cuộn {since}',
  paperUsed: 'Đã dùng {used} m / {roll} m',
  paperLeft: 'Còn khoảng {left} m, khoảng {tickets} phiếu',
  paperJobs: '{tickets} phiếu, {other} trang khác',
  paperNearEnd: 'Sắp hết giấy: chuẩn bị thay cuộn mới.',
  paperReset: 'Đã thay cuộn giấy mới',
  paperResetAsk: 'Đã lắp cuộn giấy mới? Chọn độ dài cuộn rồi xác nhận: bộ đếm về 0.',
  rollLength: 'Cuộn {metres} m',
  paperResetDone: 'Bộ đếm giấy đã về 0.',
  ocrTitle: 'Kiểm tra đọc thẻ (OCR)',
  ocrHint: 'Đọc thẻ mẫu đi kèm phần mềm (thẻ giả) như khi đọc thẻ thật, rồi so từng mục.',
  ocrRun: 'Chạy kiểm tra',
  ocrRunning: 'Đang đọc thẻ mẫu…',
  ocrPassed: 'Đạt',
  ocrFailed: 'Không đạt',
  ocrTimes: 'Khởi động OCR {start} giây, đọc thẻ {read} giây',
  portsTitle: 'Cổng nối tiếp (serial)',
  portsRefresh: 'Tìm lại cổng',
  noPorts: 'Máy không có cổng nối tiếp nào.',
  portFree: 'Chưa dùng',
  portMaker: 'Hãng',
  portUsb: 'Mã USB',
  portPath: 'Cổng',
  portUsedBy: 'Đang dùng cho',
  counterKeypad: 'Bàn phím đánh giá quầy {counter}',
  portUseFor: 'Dùng cho…',
  portChooseAsk: 'Dùng cổng {path} cho thiết bị nào?',
  portChosen: 'Đã lưu: {device} dùng cổng {path} từ lần khởi động lại ứng dụng sau.',
  passed: 'đạt',
  failed: 'sai',
  yes: 'Có',
};

type DevicesKey = keyof typeof vi;

const en: Record<DevicesKey, string> = {
  devicesTitle: 'Devices',
  alertsTitle: 'To see to',
  noAlerts: 'Nothing to see to.',
  warning: 'Warning',
  error: 'Error',
  clearError: 'Clear the error, check again',
  testPrint: 'Print a test page',
  testPrinted: 'Test page printed.',
  lastSeen: 'Last heard: {time}',
  neverSeen: 'Not heard yet',
  inProcess: 'in-process',
  simulated: 'simulated',
  serialAdapter: 'serial port',
  male: 'Male',
  female: 'Female',
  paperTitle: 'Paper',
  paperSince: 'Since the roll was changed {since}',
  paperUsed: 'Used {used} m of {roll} m',
  paperLeft: 'About {left} m left, about {tickets} tickets',
  paperJobs: '{tickets} tickets, {other} other pages',
  paperNearEnd: 'Paper nearly used up: have a new roll ready.',
  paperReset: 'A new roll is in',
  paperResetAsk: 'Is a new roll in? Choose its length and confirm: the counter goes back to 0.',
  rollLength: '{metres} m roll',
  paperResetDone: 'The paper counter is back at 0.',
  ocrTitle: 'Card reading check (OCR)',
  ocrHint: 'Reads the sample card shipped with the app (a fake card) as a real card is read, and compares each field.',
  ocrRun: 'Run the check',
  ocrRunning: 'Reading the sample card…',
  ocrPassed: 'Passed',
  ocrFailed: 'Failed',
  ocrTimes: 'OCR started in {start} s, card read in {read} s',
  portsTitle: 'Serial ports',
  portsRefresh: 'Look again',
  noPorts: 'This machine has no serial ports.',
  portFree: 'Free',
  portMaker: 'Maker',
  portUsb: 'USB id',
  portPath: 'Port',
  portUsedBy: 'Used by',
  counterKeypad: 'Rating keypad at counter {counter}',
  portUseFor: 'Use for…',
  portChooseAsk: 'Which device goes on {path}?',
  portChosen: 'Saved: {device} uses {path} from the next start of the app.',
  passed: 'passed',
  failed: 'wrong',
  yes: 'Yes',
};

export type DevicesTranslate = (key: DevicesKey, values?: Record<string, string | number>) => string;

export function devicesTranslator(locale: Locale): DevicesTranslate {
  const words = locale === 'vi' ? vi : en;
  return (key, values) => interpolate(words[key], values);
}

/** The devices' names, with the counters' keypads (which are not the kiosk's own). */
const KIND_NAMES: Record<Locale, Record<DeviceKind | 'counterKeypad', string>> = {
  vi: { ...DEVICE_NAMES.vi, counterKeypad: 'Bàn phím đánh giá ở quầy' },
  en: { ...DEVICE_NAMES.en, counterKeypad: 'Counter rating keypad' },
};

export function kindName(kind: DeviceKind, locale: Locale): string {
  return KIND_NAMES[locale][kind];
}

/** How a device is attached, in words: simulated and in-process ones say so, real ones name their adapter. */
export function adapterName(adapter: string, t: DevicesTranslate): string {
  switch (adapter) {
    case 'mock':
      return t('simulated');
    case 'in-process':
      return t('inProcess');
    case 'serial':
      return t('serialAdapter');
    case 'escpos':
      return 'ESC/POS';
    default:
      return adapter;
  }
}

export function serialDeviceName(device: SerialDevice, locale: Locale): string {
  return KIND_NAMES[locale][device];
}

export function portUserName(user: PortUser, locale: Locale, t: DevicesTranslate): string {
  return user.device === 'counterKeypad' ? t('counterKeypad', { counter: user.counter }) : KIND_NAMES[locale][user.device];
}

/** Each state has a word and a shape, so it reads without colour. */
const STATES: Record<Locale, Record<DeviceState, string>> = {
  vi: { ready: 'Sẵn sàng', connecting: 'Đang kết nối', degraded: 'Cần chú ý', fault: 'Lỗi', offline: 'Mất kết nối' },
  en: { ready: 'Ready', connecting: 'Connecting', degraded: 'Needs attention', fault: 'Fault', offline: 'Offline' },
};
export const STATE_MARKS: Record<DeviceState, string> = { ready: '●', connecting: '◌', degraded: '▲', fault: '✖', offline: '⊘' };

export function stateName(state: DeviceState, locale: Locale): string {
  return STATES[locale][state];
}

const REASONS: Record<Locale, Record<string, string>> = {
  vi: {
    paperOut: 'hết giấy',
    paperNearEnd: 'sắp hết giấy',
    coverOpen: 'nắp đang mở',
    cutterError: 'lỗi dao cắt',
    unrecoverableError: 'lỗi phần cứng, cần tắt bật lại',
    noReply: 'không trả lời',
    disconnected: 'rút cáp hoặc mất kết nối',
    error: 'lỗi cổng',
    openFailed: 'không mở được cổng',
    notFound: 'không thấy thiết bị USB',
    closed: 'đã đóng',
    obstacle: 'bị vật cản chặn đường',
    lowBattery: 'pin yếu',
    motorFault: 'lỗi động cơ',
    empty: 'hết hàng để phát',
  },
  en: {
    paperOut: 'out of paper',
    paperNearEnd: 'paper nearly out',
    coverOpen: 'cover open',
    cutterError: 'cutter error',
    unrecoverableError: 'hardware error, switch it off and on',
    noReply: 'no answer',
    disconnected: 'cable pulled or connection lost',
    error: 'port error',
    openFailed: 'the port would not open',
    notFound: 'USB device not found',
    closed: 'closed',
    obstacle: 'an obstacle blocks the way',
    lowBattery: 'battery low',
    motorFault: 'motor fault',
    empty: 'nothing left to hand out',
  },
};

export function reasonName(reason: string, locale: Locale): string {
  return REASONS[locale][reason] ?? reason;
}

const CHECKS: Record<Locale, Record<OcrCheckName, string>> = {
  vi: {
    qrRead: 'Đọc mã QR',
    mrzRead: 'Đọc dòng MRZ',
    cardChecks: 'Số kiểm tra, cấu trúc số, QR khớp MRZ',
    idNumber: 'Số định danh',
    fullName: 'Họ và tên',
    dateOfBirth: 'Ngày sinh',
    sex: 'Giới tính',
    dateOfIssue: 'Ngày cấp',
    dateOfExpiry: 'Ngày hết hạn',
  },
  en: {
    qrRead: 'QR code read',
    mrzRead: 'MRZ lines read',
    cardChecks: 'Check digits, number structure, QR and MRZ agree',
    idNumber: 'ID number',
    fullName: 'Full name',
    dateOfBirth: 'Date of birth',
    sex: 'Sex',
    dateOfIssue: 'Date of issue',
    dateOfExpiry: 'Date of expiry',
  },
};

export function checkName(check: OcrCheckName, locale: Locale): string {
  return CHECKS[locale][check];
}
