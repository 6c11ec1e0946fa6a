/** Why a rating was not kept, in the citizen's words (Vietnamese first): one table for every channel. */
import type { Locale } from '../../bridge/contract.js';
import type { RatingRefusal, RatingRefusalReason } from '../../bridge/rating-protocol.js';
import { SERVER_UNREACHABLE } from '../queue/refusal-messages.js';

type Words = Record<Locale, string>;

export const RATING_REFUSALS = {
  unknownTicket: {
    vi: 'Không tìm thấy số thứ tự này. Mời ông/bà kiểm tra lại số trên phiếu.',
    en: 'This ticket number was not found. Please check the number on your ticket.',
  },
  notServed: {
    vi: 'Số thứ tự này chưa được phục vụ xong, nên chưa thể đánh giá.',
    en: 'This ticket has not been served yet, so it cannot be rated.',
  },
  alreadyRated: {
    vi: 'Số thứ tự này đã được đánh giá. Xin cảm ơn ông/bà đã góp ý.',
    en: 'This ticket has already been rated. Thank you for your feedback.',
  },
  invalid: {
    vi: 'Câu trả lời chưa hợp lệ. Mời ông/bà chọn lại.',
    en: 'The answers are not valid. Please choose again.',
  },
  badToken: {
    vi: 'Đường dẫn đánh giá không đúng. Mời ông/bà quét lại mã QR trên phiếu.',
    en: 'This rating link is not valid. Please scan the QR code on your ticket again.',
  },
  notGranted: {
    vi: 'Trang này không đánh giá được lượt phục vụ đó. Mời ông/bà dùng mã QR trên phiếu của mình.',
    en: 'This page cannot rate that service. Please use the QR code on your own ticket.',
  },
  tooLate: {
    vi: 'Đã hết thời gian đánh giá tại quầy. Ông/bà vẫn có thể đánh giá bằng mã QR trên phiếu.',
    en: 'The time to rate at the counter has passed. You can still rate with the QR code on your ticket.',
  },
  serverUnreachable: SERVER_UNREACHABLE,
} satisfies Record<RatingRefusalReason, Words>;

/** An answer set completed before any overall score was kept: refused as invalid, with its own words. */
export const NOT_RATED_YET: Words = {
  vi: 'Mời ông/bà chọn mức độ hài lòng chung trước.',
  en: 'Please choose your overall satisfaction first.',
};

export function refuseRating(reason: RatingRefusalReason, message: Words = RATING_REFUSALS[reason]): RatingRefusal {
  return { ok: false, reason, message };
}
