/**
 * The rating pages' own words, Vietnamese first; the citizen switches to English with a button.
 * The poll's levels, criteria and reasons come with their words from bridge/satisfaction-poll.ts.
 */
import type { Locale } from '../../bridge/contract.js';
import { interpolate } from '../i18n/interpolate.js';

const vi = {
  title: 'Đánh giá sự hài lòng',
  switchLanguage: 'English',
  idleInvite: 'Mời ông/bà đánh giá sau khi được phục vụ',
  idleHint: 'Màn hình này sẽ hiện câu hỏi khi quầy {counter} phục vụ xong.',
  counter: 'Quầy {counter}',
  ticket: 'Số {number}',
  overallQuestion: 'Ông/bà có hài lòng với việc phục vụ hôm nay?',
  overallHint: 'Chạm vào một khuôn mặt. Ý kiến được ghi nhận ngay khi chạm.',
  criteriaQuestion: 'Ông/bà đánh giá thêm từng mặt (không bắt buộc)',
  criteriaHint: '1 = rất không hài lòng, 5 = rất hài lòng. Chạm lại để bỏ chọn.',
  reasonsQuestion: 'Điều gì làm ông/bà chưa hài lòng?',
  reasonsHint: 'Chọn một hoặc nhiều ý (không bắt buộc).',
  commentQuestion: 'Ông/bà muốn góp ý thêm? (không bắt buộc)',
  commentHint: 'Gõ kiểu Telex: aa → â, dd → đ, s f r x j → dấu sắc, huyền, hỏi, ngã, nặng.',
  commentHintPhone: 'Gõ bằng bàn phím của điện thoại.',
  commentLabel: 'Góp ý của ông/bà',
  commentPlaceholder: 'Ví dụ: cần thêm ghế chờ',
  /** The language spoken comments are listened for (BCP 47). */
  listenLanguage: 'vi-VN',
  speak: 'Nói',
  listening: 'Đang nghe… mời ông/bà nói',
  speechFailed: 'Chưa nghe rõ. Mời ông/bà nói lại hoặc gõ phím.',
  keyboard: 'Bàn phím chữ',
  clear: 'Xóa hết',
  space: 'Dấu cách',
  delete: 'Xóa chữ cuối',
  next: 'Tiếp tục',
  skip: 'Bỏ qua',
  send: 'Gửi góp ý',
  finish: 'Hoàn tất',
  step: 'Bước {step}/{steps}',
  thanks: 'Xin cảm ơn ông/bà!',
  thanksDetail: 'Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.',
  saved: 'Đã ghi nhận: {level}',
  sending: 'Đang gửi…',
  notSent: 'Chưa gửi được do mất kết nối. Mời ông/bà chạm lại.',
  connecting: 'Đang kết nối…',
  disconnected: 'Mất kết nối với máy chủ — đang kết nối lại…',
  noLink: 'Đường dẫn đánh giá không đúng. Mời ông/bà quét lại mã QR trên phiếu.',
  sorry: 'Không thể đánh giá',
  alreadyRated: 'Số thứ tự này đã được đánh giá. Xin cảm ơn ông/bà đã góp ý!',
  noCounter: 'Trang này cần số quầy trong địa chỉ, ví dụ rate-counter.html?counter=1.',
} as const;

export type RatingMessageKey = keyof typeof vi;

const en: Readonly<Record<RatingMessageKey, string>> = {
  title: 'Rate our service',
  switchLanguage: 'Tiếng Việt',
  idleInvite: 'Please rate our service after you have been served',
  idleHint: 'The questions appear here when counter {counter} has served you.',
  counter: 'Counter {counter}',
  ticket: 'Ticket {number}',
  overallQuestion: 'How satisfied are you with the service today?',
  overallHint: 'Touch a face. Your answer is kept as soon as you touch it.',
  criteriaQuestion: 'Rate a few more points (optional)',
  criteriaHint: '1 = very dissatisfied, 5 = very satisfied. Touch again to clear.',
  reasonsQuestion: 'What was not satisfactory?',
  reasonsHint: 'Choose one or more (optional).',
  commentQuestion: 'Anything else to tell us? (optional)',
  commentHint: 'Type your comment with the keys below.',
  commentHintPhone: "Type with your phone's keyboard.",
  commentLabel: 'Your comment',
  commentPlaceholder: 'For example: more seats in the waiting area',
  listenLanguage: 'en-US',
  speak: 'Speak',
  listening: 'Listening… please speak',
  speechFailed: 'We did not catch that. Please speak again or type.',
  keyboard: 'Letter keyboard',
  clear: 'Clear',
  space: 'Space',
  delete: 'Delete last letter',
  next: 'Next',
  skip: 'Skip',
  send: 'Send',
  finish: 'Done',
  step: 'Step {step} of {steps}',
  thanks: 'Thank you!',
  thanksDetail: 'Your opinion helps us serve you better.',
  saved: 'Kept: {level}',
  sending: 'Sending…',
  notSent: 'Not sent: the connection was lost. Please touch again.',
  connecting: 'Connecting…',
  disconnected: 'Connection to the server lost — reconnecting…',
  noLink: 'This rating link is not right. Please scan the QR code on your ticket again.',
  sorry: 'Cannot rate',
  alreadyRated: 'This ticket has already been rated. Thank you for your feedback!',
  noCounter: 'This page needs the counter in its address, e.g. rate-counter.html?counter=1.',
};

export type RatingTranslate = (key: RatingMessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function ratingTranslator(locale: Locale): RatingTranslate {
  const table: Readonly<Record<RatingMessageKey, string>> = locale === 'en' ? en : vi;
  return (key, params) => interpolate(table[key], params);
}
