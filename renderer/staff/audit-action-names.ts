/** The audit log's actions in staff's words; an action this list does not know yet shows as recorded. */
import type { Locale } from '../../bridge/contract.js';

const NAMES: Record<string, Record<Locale, string>> = {
  dayOpened: { vi: 'Mở ngày làm việc', en: 'Day opened' },
  dayReopened: { vi: 'Mở lại ngày làm việc', en: 'Day reopened' },
  dayClosed: { vi: 'Đóng ngày làm việc', en: 'Day closed' },
  counterPaused: { vi: 'Quầy tạm nghỉ', en: 'Counter paused' },
  counterResumed: { vi: 'Quầy làm việc lại', en: 'Counter resumed' },
  ticketTransferred: { vi: 'Chuyển số', en: 'Ticket transferred' },
  ticketNoShow: { vi: 'Vắng mặt', en: 'No-show' },
  staffSignIn: { vi: 'Đăng nhập nhân viên', en: 'Staff signed in' },
  staffSignInFailed: { vi: 'Đăng nhập sai', en: 'Failed sign-in' },
  staffLockedOut: { vi: 'Khoá đăng nhập', en: 'Sign-in locked' },
  staffSignOut: { vi: 'Đăng xuất', en: 'Signed out' },
  staffTimedOut: { vi: 'Tự đăng xuất', en: 'Timed out' },
  sessionReset: { vi: 'Về màn hình chào', en: 'Session reset' },
  appRestart: { vi: 'Khởi động lại', en: 'App restarted' },
  deviceErrorCleared: { vi: 'Xoá lỗi thiết bị', en: 'Device error cleared' },
  testPrint: { vi: 'In thử', en: 'Test print' },
  paperCounterReset: { vi: 'Đặt lại bộ đếm giấy', en: 'Paper counter reset' },
  ocrSelfTest: { vi: 'Tự kiểm tra OCR', en: 'OCR self-test' },
  devicePortChosen: { vi: 'Chọn cổng thiết bị', en: 'Device port chosen' },
  configChanged: { vi: 'Sửa cấu hình', en: 'Configuration changed' },
  configImported: { vi: 'Nhập cấu hình', en: 'Configuration imported' },
  configRestored: { vi: 'Khôi phục cấu hình', en: 'Configuration restored' },
  catalogueImported: { vi: 'Nhập danh mục thủ tục', en: 'Catalogue imported' },
  accountChanged: { vi: 'Sửa tài khoản', en: 'Account changed' },
  accountRemoved: { vi: 'Xoá tài khoản', en: 'Account removed' },
  questionHandled: { vi: 'Đã xử lý câu hỏi', en: 'Question handled' },
  questionReopened: { vi: 'Mở lại câu hỏi', en: 'Question reopened' },
  answerAdded: { vi: 'Thêm câu trả lời', en: 'Answer added' },
  answerChanged: { vi: 'Sửa câu trả lời', en: 'Answer changed' },
  answerRemoved: { vi: 'Xoá câu trả lời', en: 'Answer removed' },
};

export function auditActionName(action: string, locale: Locale): string {
  return NAMES[action]?.[locale] ?? action;
}
