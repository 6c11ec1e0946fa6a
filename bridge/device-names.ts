/** What staff call each device, in each language: the alerts the runtime raises and the devices screen say the same. */
import type { DeviceKind, Locale } from './contract.js';

export const DEVICE_NAMES: Record<Locale, Record<DeviceKind, string>> = {
  vi: {
    printer: 'Máy in phiếu',
    idReader: 'Đầu đọc căn cước',
    presence: 'Cảm biến người đến',
    keypad: 'Bàn phím đánh giá',
    robotBase: 'Thân robot',
    speech: 'Loa',
    staffKey: 'Khóa chế độ nhân viên',
  },
  en: {
    printer: 'Ticket printer',
    idReader: 'ID card reader',
    presence: 'Presence sensor',
    keypad: 'Rating keypad',
    robotBase: 'Robot base',
    speech: 'Speaker',
    staffKey: 'Staff key switch',
  },
};
