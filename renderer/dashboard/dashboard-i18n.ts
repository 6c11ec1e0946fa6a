/**
 * The dashboard's own words, Vietnamese first, with an English switch. Staff-facing; names of
 * groups, criteria and reasons come from the host in both languages.
 */
import type { Locale } from '../../bridge/contract.js';
import { interpolate } from '../i18n/interpolate.js';

const vi = {
  title: 'Mức độ hài lòng của người dân',
  subtitle: 'Bộ phận một cửa',
  signInTitle: 'Đăng nhập xem thống kê',
  signInDashboardHint: 'Nhập mã PIN của bảng thống kê.',
  signInCounterHint: 'Chưa đặt mã PIN riêng cho bảng thống kê: dùng số quầy và mã PIN của quầy.',
  counterField: 'Quầy số',
  pinField: 'Mã PIN',
  signIn: 'Đăng nhập',
  signingIn: 'Đang kiểm tra…',
  signOut: 'Đăng xuất',
  connecting: 'Đang kết nối tới máy chủ…',
  connectionLost: 'Mất kết nối với máy chủ — đang kết nối lại…',
  language: 'English',
  today: 'Hôm nay',
  last7: '7 ngày',
  last30: '30 ngày',
  custom: 'Tuỳ chọn',
  from: 'Từ ngày',
  to: 'Đến ngày',
  show: 'Xem',
  rangeInvalid: 'Khoảng ngày không hợp lệ (tối đa 366 ngày).',
  updatedAt: 'Cập nhật lúc {time}',
  live: 'Trực tiếp',
  indexCard: 'Chỉ số hài lòng',
  indexHint: 'tỉ lệ đánh giá 4–5 điểm',
  meanCard: 'Điểm trung bình',
  ratingsCard: 'Số lượt đánh giá',
  servedHint: 'trên {served} lượt phục vụ',
  waitCard: 'Thời gian chờ TB',
  serviceCard: 'Thời gian phục vụ TB',
  minutes: '{value} phút',
  none: '—',
  distribution: 'Phân bố mức độ hài lòng',
  trend: 'Diễn biến theo ngày',
  trendIndex: 'Chỉ số hài lòng (%)',
  trendRatings: 'Số lượt đánh giá',
  criteria: 'Tiêu chí đánh giá (điểm TB / 5)',
  answered: '{count} lượt trả lời',
  reasons: 'Lý do chưa hài lòng',
  noReasons: 'Chưa có lý do nào được nêu.',
  comments: 'Góp ý của người dân',
  noComments: 'Chưa có góp ý trong khoảng ngày này.',
  commentsShown: 'Hiển thị {shown} góp ý mới nhất; tệp CSV, Excel có đủ tất cả.',
  byCounter: 'Theo quầy',
  byGroup: 'Theo nhóm dịch vụ',
  byProcedure: 'Theo thủ tục',
  counterN: 'Quầy {counter}',
  colName: 'Tên',
  colRatings: 'Lượt đánh giá',
  colIndex: 'Chỉ số',
  colMean: 'Điểm TB',
  colServed: 'Lượt phục vụ',
  colWait: 'Chờ TB',
  colService: 'Phục vụ TB',
  noRows: 'Chưa có số liệu.',
  export: 'Xuất dữ liệu',
  exportCsv: 'Tải CSV',
  exportXlsx: 'Tải Excel (XLSX)',
  exportFailed: 'Không tạo được liên kết tải xuống. Vui lòng thử lại.',
  commentMeta: 'Số {ticket} · Quầy {counter} · {group} · {day} {time}',
} as const;

export type DashboardMessageKey = keyof typeof vi;

const en: Readonly<Record<DashboardMessageKey, string>> = {
  title: "Citizens' satisfaction",
  subtitle: 'One-stop service point',
  signInTitle: 'Sign in to the statistics',
  signInDashboardHint: "Enter the dashboard's PIN.",
  signInCounterHint: "No dashboard PIN is set yet: use a counter's number and its PIN.",
  counterField: 'Counter',
  pinField: 'PIN',
  signIn: 'Sign in',
  signingIn: 'Checking…',
  signOut: 'Sign out',
  connecting: 'Connecting to the host…',
  connectionLost: 'Lost the connection to the host — reconnecting…',
  language: 'Tiếng Việt',
  today: 'Today',
  last7: '7 days',
  last30: '30 days',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  show: 'Show',
  rangeInvalid: 'The date range is not valid (366 days at most).',
  updatedAt: 'Updated at {time}',
  live: 'Live',
  indexCard: 'Satisfaction index',
  indexHint: 'share of ratings at 4–5',
  meanCard: 'Mean score',
  ratingsCard: 'Ratings',
  servedHint: 'of {served} tickets served',
  waitCard: 'Mean wait',
  serviceCard: 'Mean service time',
  minutes: '{value} min',
  none: '—',
  distribution: 'Scores given',
  trend: 'Day by day',
  trendIndex: 'Satisfaction index (%)',
  trendRatings: 'Ratings',
  criteria: 'Criteria (mean score / 5)',
  answered: '{count} answers',
  reasons: 'Reasons for dissatisfaction',
  noReasons: 'No reason given yet.',
  comments: "Citizens' comments",
  noComments: 'No comments in this range.',
  commentsShown: 'The newest {shown} comments; the CSV and Excel files hold them all.',
  byCounter: 'Per counter',
  byGroup: 'Per service group',
  byProcedure: 'Per procedure',
  counterN: 'Counter {counter}',
  colName: 'Name',
  colRatings: 'Ratings',
  colIndex: 'Index',
  colMean: 'Mean',
  colServed: 'Served',
  colWait: 'Mean wait',
  colService: 'Mean service',
  noRows: 'No figures yet.',
  export: 'Export',
  exportCsv: 'Download CSV',
  exportXlsx: 'Download Excel (XLSX)',
  exportFailed: 'Could not make the download link. Please try again.',
  commentMeta: 'Ticket {ticket} · Counter {counter} · {group} · {day} {time}',
};

export type DashboardTranslate = (key: DashboardMessageKey, values?: Record<string, string | number>) => string;

export function dashboardTranslator(locale: Locale): DashboardTranslate {
  const table = locale === 'vi' ? vi : en;
  return (key, values) => interpolate(table[key], values);
}

/** Figures in the page's language: a decimal comma in Vietnamese. */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(share * 100, locale)} %`;
}
