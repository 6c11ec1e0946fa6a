/**
 * The counter page's own words, Vietnamese first, with an English switch. Staff-facing, so kept
 * apart from the kiosk's citizen catalogue; typed so the English table has every Vietnamese key.
 * Refusals come from the host already worded in both languages.
 */
import type { Locale } from '../../bridge/contract.js';
import { interpolate } from '../i18n/interpolate.js';

const vi = {
  title: 'Quầy phục vụ',
  counterN: 'Quầy {counter}',
  signInTitle: 'Đăng nhập quầy',
  counterField: 'Quầy số',
  pinField: 'Mã PIN',
  signIn: 'Đăng nhập',
  clear: 'Xoá',
  backspace: 'Xoá một số',
  signingIn: 'Đang kiểm tra…',
  signOut: 'Đăng xuất',
  signedOutElsewhere: 'Phiên đã kết thúc: quầy này vừa đăng nhập ở nơi khác, đã đăng xuất hoặc đã sang ngày mới.',
  callNext: 'Gọi số tiếp theo',
  recall: 'Gọi lại',
  start: 'Bắt đầu phục vụ',
  finish: 'Hoàn thành',
  noShow: 'Vắng mặt',
  transfer: 'Chuyển nhóm',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục làm việc',
  noCurrent: 'Chưa gọi ai. Bấm "Gọi số tiếp theo" để mời người kế tiếp.',
  stateCalled: 'Đã gọi, đang chờ đến quầy',
  stateServing: 'Đang phục vụ',
  waitingSince: 'Lấy số lúc {time} · đã chờ {minutes} phút',
  calledAt: 'Gọi lúc {time}',
  recalls: 'Đã gọi lại {count} lần',
  group: 'Nhóm',
  myGroups: 'Hàng chờ của quầy',
  waitingCount: '{count} người chờ',
  estimate: '≈ {minutes} phút',
  noEstimate: 'chưa có quầy mở',
  noWait: 'không phải chờ',
  servedToday: 'Đã phục vụ hôm nay: {count}',
  day: 'Ngày làm việc {day}',
  dayOpen: 'Đang nhận số',
  dayClosed: 'Không nhận số',
  openDay: 'Mở ngày làm việc',
  closeDay: 'Kết thúc ngày làm việc',
  confirmOpenDay: 'Mở ngày làm việc mới? Số thứ tự bắt đầu lại từ đầu.',
  confirmCloseDay: 'Kết thúc ngày làm việc? Ki-ốt sẽ ngừng phát số; những số còn chờ được đánh dấu.',
  confirm: 'Xác nhận',
  cancel: 'Huỷ',
  pausedSince: 'Quầy đang tạm dừng từ {time}: {reason}',
  pauseTitle: 'Lý do tạm dừng',
  pauseOther: 'Lý do khác',
  pauseOtherPlaceholder: 'Nhập lý do…',
  pauseConfirm: 'Tạm dừng quầy',
  transferTitle: 'Chuyển số {number} sang nhóm',
  connecting: 'Đang kết nối tới máy chủ…',
  connectionLost: 'Mất kết nối với máy chủ — đang kết nối lại…',
  notSent: 'Mất kết nối trước khi máy chủ trả lời: hãy xem lại trạng thái trước khi thao tác tiếp.',
  dismiss: 'Đóng',
  language: 'English',
  priorityMark: 'ƯU TIÊN',
  'priority.elderly': 'Người cao tuổi',
  'priority.disability': 'Người khuyết tật',
  'priority.pregnant': 'Phụ nữ có thai',
  'priority.young-child': 'Người có con nhỏ dưới 36 tháng tuổi',
  'priority.meritorious': 'Người có công với cách mạng',
} as const;

export type CounterMessageKey = keyof typeof vi;

const en: Readonly<Record<CounterMessageKey, string>> = {
  title: 'Service counter',
  counterN: 'Counter {counter}',
  signInTitle: 'Counter sign-in',
  counterField: 'Counter',
  pinField: 'PIN',
  signIn: 'Sign in',
  clear: 'Clear',
  backspace: 'Delete a digit',
  signingIn: 'Checking…',
  signOut: 'Sign out',
  signedOutElsewhere: 'The session ended: this counter signed in elsewhere, signed out, or a new day began.',
  callNext: 'Call next',
  recall: 'Call again',
  start: 'Start service',
  finish: 'Finish',
  noShow: 'No-show',
  transfer: 'Transfer',
  pause: 'Pause',
  resume: 'Resume work',
  noCurrent: 'No one called. Press "Call next" to invite the next person.',
  stateCalled: 'Called, on the way to the counter',
  stateServing: 'Being served',
  waitingSince: 'Ticket taken at {time} · waited {minutes} min',
  calledAt: 'Called at {time}',
  recalls: 'Called again {count} times',
  group: 'Group',
  myGroups: "This counter's queues",
  waitingCount: '{count} waiting',
  estimate: '≈ {minutes} min',
  noEstimate: 'no counter open',
  noWait: 'no wait',
  servedToday: 'Served today: {count}',
  day: 'Service day {day}',
  dayOpen: 'Taking tickets',
  dayClosed: 'Not taking tickets',
  openDay: 'Open the service day',
  closeDay: 'Close the service day',
  confirmOpenDay: 'Open a new service day? Numbering starts again from the beginning.',
  confirmCloseDay: 'Close the service day? Kiosks stop issuing tickets; tickets still waiting are marked.',
  confirm: 'Confirm',
  cancel: 'Cancel',
  pausedSince: 'Counter paused since {time}: {reason}',
  pauseTitle: 'Why pause?',
  pauseOther: 'Other reason',
  pauseOtherPlaceholder: 'Type a reason…',
  pauseConfirm: 'Pause the counter',
  transferTitle: 'Transfer {number} to group',
  connecting: 'Connecting to the host…',
  connectionLost: 'Connection to the host lost — reconnecting…',
  notSent: 'The connection dropped before the host answered: check the state before acting again.',
  dismiss: 'Close',
  language: 'Tiếng Việt',
  priorityMark: 'PRIORITY',
  'priority.elderly': 'Older person',
  'priority.disability': 'Person with a disability',
  'priority.pregnant': 'Pregnant woman',
  'priority.young-child': 'Parent of a child under 36 months',
  'priority.meritorious': 'Person of meritorious service to the revolution',
};

/**
 * Pause reasons offered as one tap. Sent in Vietnamese whatever the page's language: the board
 * shows them to citizens.
 */
export const PAUSE_REASONS: ReadonlyArray<Readonly<Record<Locale, string>>> = [
  { vi: 'Nghỉ giải lao', en: 'Short break' },
  { vi: 'Nghỉ trưa', en: 'Lunch break' },
  { vi: 'Họp, làm việc với lãnh đạo', en: 'Meeting' },
  { vi: 'Xử lý hồ sơ phức tạp', en: 'Handling a complex file' },
  { vi: 'Sự cố kỹ thuật', en: 'Technical problem' },
];

export type CounterTranslate = (key: CounterMessageKey, params?: Readonly<Record<string, string | number>>) => string;

const catalogues: Readonly<Record<Locale, Readonly<Record<CounterMessageKey, string>>>> = { vi, en };

export function counterTranslator(locale: Locale): CounterTranslate {
  const catalogue = catalogues[locale];
  return (key, params) => interpolate(catalogue[key], params);
}

/** Wall-clock HH:mm on this desk's clock. */
export function clockTime(epochMs: number): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);
}
