/**
 * The words a refusal is shown in: to a clerk on the counter page (what to do next) or to a
 * citizen at the kiosk (why there is no ticket). Vietnamese first, then English.
 */
import type { Locale } from '../../bridge/contract.js';
import type { QueueRefusal, QueueRefusalReason } from '../../bridge/queue-protocol.js';
import type { Refusal } from './queue-service.js';
import type { CounterAction } from './service-point-api.js';

type Words = Record<Locale, string>;

export function queueRefusal(reason: QueueRefusalReason, message: Words): QueueRefusal {
  return { ok: false, reason, message };
}

/** A kiosk linked to another host that cannot reach it: no ticket, no rating. */
export const SERVER_UNREACHABLE: Words = {
  vi: 'Không kết nối được máy chủ xếp hàng. Xin mời thử lại sau ít phút hoặc hỏi cán bộ.',
  en: 'The queue server cannot be reached. Please try again in a few minutes or ask staff.',
};

/** Why a citizen gets no ticket. */
export const ISSUE_REFUSALS = {
  dayClosed: {
    vi: 'Bộ phận Một cửa đã ngừng nhận số hôm nay. Mời ông/bà quay lại vào ngày làm việc tiếp theo.',
    en: 'The service point has stopped issuing numbers for today. Please come back on the next working day.',
  },
  notOpened: {
    vi: 'Bộ phận Một cửa chưa bắt đầu nhận số hôm nay. Mời ông/bà chờ trong giây lát hoặc hỏi cán bộ.',
    en: 'The service point has not started issuing numbers today. Please wait a moment or ask a member of staff.',
  },
  unknownGroup: {
    vi: 'Không có nhóm dịch vụ này. Mời ông/bà hỏi cán bộ.',
    en: 'This service is not offered here. Please ask a member of staff.',
  },
} satisfies Record<string, Words>;

export function counterOutsideGroups(counter: number): QueueRefusal {
  return queueRefusal('unknownCounter', {
    vi: `Quầy số ${counter} không phục vụ nhóm dịch vụ nào: hãy kiểm tra cấu hình.`,
    en: `Counter ${counter} serves no service group: check the configuration.`,
  });
}

export const UNKNOWN_TRANSFER_GROUP: Words = {
  vi: 'Không có nhóm dịch vụ này để chuyển số sang.',
  en: 'There is no such service group to transfer to.',
};

const WRONG_STATE: Record<CounterAction['type'], Words> = {
  callNext: { vi: 'Không gọi được số lúc này.', en: 'No ticket can be called now.' },
  recall: {
    vi: 'Chỉ gọi lại được số đã gọi mà chưa bắt đầu phục vụ (trang có thể đã cũ).',
    en: 'Only a called ticket not yet being served can be recalled (the page may be out of date).',
  },
  noShow: {
    vi: 'Chỉ đánh dấu vắng mặt được số đã gọi mà chưa bắt đầu phục vụ.',
    en: 'Only a called ticket not yet being served can be marked absent.',
  },
  start: {
    vi: 'Số này không chờ bắt đầu phục vụ (trang có thể đã cũ).',
    en: 'This ticket is not waiting to be served (the page may be out of date).',
  },
  finish: { vi: 'Số này chưa bắt đầu phục vụ.', en: 'This ticket is not being served.' },
  transfer: {
    vi: 'Chỉ chuyển được số đã gọi hoặc đang phục vụ tại quầy này.',
    en: 'Only a ticket called or being served at this counter can be transferred.',
  },
  pause: { vi: 'Quầy đã tạm dừng rồi.', en: 'This counter is already paused.' },
  resumeCounter: { vi: 'Quầy không tạm dừng.', en: 'This counter is not paused.' },
  openDay: { vi: 'Ngày làm việc đã mở rồi.', en: 'The day is already open.' },
  closeDay: { vi: 'Ngày làm việc chưa mở hoặc đã đóng.', en: 'The day is not open (not opened yet, or already closed).' },
};

/** A queue refusal of a counter's action, in words a clerk acts on. */
export function counterRefusal(refusal: Refusal, action: CounterAction['type']): QueueRefusal {
  return queueRefusal(refusal.reason, counterWords(refusal, action));
}

function counterWords(refusal: Refusal, action: CounterAction['type']): Words {
  switch (refusal.reason) {
    case 'noOneWaiting':
      return { vi: 'Không có ai đang chờ.', en: 'No one is waiting.' };
    case 'counterBusy':
      return {
        vi: `Quầy đang giữ số ${refusal.busyWith ?? ''}: hãy kết thúc hoặc đánh dấu vắng mặt trước.`,
        en: `This counter still has ${refusal.busyWith ?? 'a ticket'}: finish it or mark it absent first.`,
      };
    case 'counterPaused':
      return { vi: 'Quầy đang tạm dừng: hãy mở lại quầy trước khi gọi số.', en: 'This counter is paused: resume it before calling.' };
    case 'unknownTicket':
      return { vi: 'Không tìm thấy số này (trang có thể đã cũ, hãy tải lại).', en: 'No such ticket (the page may be out of date: reload it).' };
    case 'notYourTicket':
      return { vi: 'Số này đang ở quầy khác.', en: 'This ticket is at another counter.' };
    case 'alreadyFinished':
      return { vi: 'Số này đã xong hoặc đã đánh dấu vắng mặt.', en: 'This ticket is already finished or marked absent.' };
    case 'wrongState':
      return WRONG_STATE[action];
    case 'missingReason':
      return { vi: 'Hãy nhập lý do tạm dừng.', en: 'Give a reason for the pause.' };
    case 'dayClosed':
      return action === 'callNext'
        ? { vi: 'Ngày làm việc đã đóng hoặc chưa mở: không gọi số được.', en: 'The day is closed or not opened yet: no calls.' }
        : { vi: 'Số này đã hết lượt khi đóng ngày làm việc.', en: 'This ticket was left when the day closed.' };
  }
}
