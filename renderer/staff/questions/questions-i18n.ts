/** The questions screen's words, Vietnamese first with English. */
import type { Locale } from '../../../bridge/contract.js';
import { interpolate } from '../../i18n/interpolate.js';

const vi = {
  openTitle: 'Câu hỏi kiosk chưa trả lời được',
  openHint: 'Người dân đã hỏi những câu này tại kiosk và được mời đến quầy hướng dẫn. Các dãy số dài (số điện thoại, số giấy tờ) và địa chỉ email đã được che. Thêm câu trả lời để kiosk tự trả lời lần sau.',
  noOpen: 'Không còn câu hỏi nào chưa xử lý.',
  question: 'Câu hỏi',
  times: 'Số lần hỏi',
  timesN: '{count} lần',
  lastAsked: 'Hỏi gần nhất',
  firstAsked: 'Lần đầu: {time}',
  languages: 'Ngôn ngữ',
  answerThis: 'Trả lời câu này',
  markHandled: 'Đã xử lý',
  reopen: 'Mở lại',
  showHandled: 'Xem câu đã xử lý ({count})',
  hideHandled: 'Ẩn câu đã xử lý',
  handledAt: 'Đã xử lý lúc {time}',
  unreadable: '{count} dòng trong nhật ký câu hỏi không đọc được nên bị bỏ qua.',
  addedTitle: 'Câu trả lời nhân viên đã thêm',
  addedHint: 'Kiosk dùng ngay các câu trả lời này, cùng với các câu hỏi thường gặp có sẵn.',
  noAdded: 'Chưa thêm câu trả lời nào.',
  add: 'Thêm câu trả lời',
  edit: 'Sửa',
  remove: 'Xoá',
  removeConfirm: 'Xoá câu trả lời cho "{question}"? Kiosk sẽ không trả lời câu này nữa.',
  confirm: 'Xác nhận',
  cancel: 'Huỷ',
  save: 'Lưu câu trả lời',
  formNew: 'Câu trả lời mới',
  formEdit: 'Sửa câu trả lời',
  citizenAsked: 'Người dân đã hỏi: "{question}" ({count} lần)',
  alsoAsked: 'Cách người dân đã hỏi: {wordings}',
  questionVi: 'Câu hỏi (tiếng Việt)',
  questionEn: 'Câu hỏi (tiếng Anh, không bắt buộc)',
  answerVi: 'Câu trả lời (tiếng Việt)',
  answerEn: 'Câu trả lời (tiếng Anh, không bắt buộc)',
  noEnglish: 'Không có tiếng Anh: người hỏi bằng tiếng Anh sẽ thấy bản tiếng Việt.',
  characters: '{count}/{max} ký tự',
  saved: 'Đã lưu. Kiosk trả lời câu này từ bây giờ.',
  removed: 'Đã xoá câu trả lời.',
  marked: 'Đã đánh dấu đã xử lý.',
  reopened: 'Đã mở lại câu hỏi.',
  changedAt: 'Sửa lúc {time}',
  loading: 'Đang tải…',
};

type QuestionsKey = keyof typeof vi;

const en: Record<QuestionsKey, string> = {
  openTitle: 'Questions the kiosk could not answer',
  openHint: 'Citizens asked these at the kiosk and were sent to the information desk. Long runs of digits (phone and document numbers) and e-mail addresses are hidden. Add an answer so the kiosk answers next time.',
  noOpen: 'No questions left to deal with.',
  question: 'Question',
  times: 'Times asked',
  timesN: '{count}×',
  lastAsked: 'Last asked',
  firstAsked: 'First: {time}',
  languages: 'Language',
  answerThis: 'Answer this',
  markHandled: 'Handled',
  reopen: 'Reopen',
  showHandled: 'Show handled ({count})',
  hideHandled: 'Hide handled',
  handledAt: 'Handled at {time}',
  unreadable: '{count} line(s) of the questions log could not be read and were left out.',
  addedTitle: 'Answers added by staff',
  addedHint: 'The kiosk uses these answers at once, beside its built-in frequent questions.',
  noAdded: 'No answers added yet.',
  add: 'Add an answer',
  edit: 'Edit',
  remove: 'Remove',
  removeConfirm: 'Remove the answer to "{question}"? The kiosk will no longer answer it.',
  confirm: 'Confirm',
  cancel: 'Cancel',
  save: 'Save the answer',
  formNew: 'New answer',
  formEdit: 'Edit the answer',
  citizenAsked: 'Citizens asked: "{question}" ({count}×)',
  alsoAsked: 'How citizens asked it: {wordings}',
  questionVi: 'Question (Vietnamese)',
  questionEn: 'Question (English, optional)',
  answerVi: 'Answer (Vietnamese)',
  answerEn: 'Answer (English, optional)',
  noEnglish: 'No English: citizens asking in English see the Vietnamese.',
  characters: '{count}/{max} characters',
  saved: 'Saved. The kiosk answers this from now on.',
  removed: 'The answer was removed.',
  marked: 'Marked handled.',
  reopened: 'The question is open again.',
  changedAt: 'Changed {time}',
  loading: 'Loading…',
};

export type QuestionsTranslate = (key: QuestionsKey, values?: Record<string, string | number>) => string;

export function questionsTranslator(locale: Locale): QuestionsTranslate {
  const words = locale === 'vi' ? vi : en;
  return (key, values) => interpolate(words[key], values);
}

const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  vi: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
  en: { vi: 'Vietnamese', en: 'English' },
};

export function languageName(language: Locale, locale: Locale): string {
  return LANGUAGE_NAMES[locale][language];
}

/** "24/11 08:05" in the staff member's language. */
export function shortTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour12: false, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
}
