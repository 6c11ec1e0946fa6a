import type { Locale } from '../../bridge/contract.js';
import type { ServiceGroup } from '../config/schema.js';
import { PRIORITY_MARK, type PriorityGroupId } from './priority.js';
import { localTime } from './ticket-number.js';
import type { IssuedTicket } from './ticket.js';

/** A queue ticket, every line already in the citizen's language. */
export interface TicketSlip {
  servicePoint: string;
  /** Printed large above everything else on a reprint, so staff can tell it from the first copy; null on the first print. */
  reprint: string | null;
  heading: string;
  number: string;
  /** Printed large right under the number on a priority ticket, so staff see why it is called first; null otherwise. */
  priority: string | null;
  service: string;
  counters: string;
  issuedAt: string;
  peopleAhead: string;
  estimatedWait: string;
  /** The ticket-status page, printed as a QR code. */
  statusUrl: string;
  qrCaption: string;
  footer: string;
}

/** The printed words, per language: a ticket is paper the citizen takes home, so it speaks their language. */
const LABELS: Record<
  Locale,
  {
    reprint: string;
    heading: string;
    counters: (list: string) => string;
    issuedAt: (time: string, day: string) => string;
    peopleAhead: (count: number) => string;
    estimatedWait: (minutes: number | null) => string;
    qrCaption: string;
    footer: string;
  }
> = {
  vi: {
    reprint: 'BẢN IN LẠI - REPRINT',
    heading: 'SỐ THỨ TỰ',
    counters: (list) => `Mời đến quầy: ${list}`,
    issuedAt: (time, day) => `Giờ lấy số: ${time} ${day}`,
    peopleAhead: (count) => `Số người chờ trước: ${count}`,
    estimatedWait: (minutes) =>
      minutes === 0 ? 'Ông/bà là người tiếp theo' : `Thời gian chờ dự kiến: ${minutes === null ? 'đang cập nhật' : `khoảng ${minutes} phút`}`,
    qrCaption: 'Quét mã để xem lượt của bạn',
    footer: 'Xin vui lòng chờ gọi số',
  },
  en: {
    reprint: 'REPRINT',
    heading: 'YOUR NUMBER',
    counters: (list) => `Please go to counter: ${list}`,
    issuedAt: (time, day) => `Issued at: ${time} ${day}`,
    peopleAhead: (count) => `People ahead of you: ${count}`,
    estimatedWait: (minutes) => (minutes === 0 ? 'You are next in line' : `Estimated wait: ${minutes === null ? 'not known yet' : `about ${minutes} min`}`),
    qrCaption: 'Scan to follow your turn',
    footer: 'Please wait for your number',
  },
};

/** Whole minutes; 0 when nobody is ahead ("you are next": "about 0 min" would promise a counter is free). */
function waitMinutes(estimate: number | null): number | null {
  if (estimate === null || !Number.isFinite(estimate) || estimate < 0) return null;
  return Math.round(estimate);
}

export function ticketSlip(
  ticket: IssuedTicket & { priority: PriorityGroupId | null },
  group: ServiceGroup,
  locale: Locale,
  place: { servicePointName: Record<Locale, string>; timeZone: string },
  extras: { statusUrl: string; estimatedWaitMinutes: number | null; reprint: boolean },
): TicketSlip {
  const labels = LABELS[locale];
  const [year, month, day] = ticket.serviceDay.split('-');
  return {
    servicePoint: place.servicePointName[locale],
    reprint: extras.reprint ? labels.reprint : null,
    heading: labels.heading,
    number: ticket.number,
    priority: ticket.priority === null ? null : PRIORITY_MARK[locale],
    service: group.name[locale],
    counters: labels.counters(group.counters.join(', ')),
    issuedAt: labels.issuedAt(localTime(new Date(ticket.issuedAt), place.timeZone), `${day}/${month}/${year}`),
    peopleAhead: labels.peopleAhead(ticket.peopleAhead),
    estimatedWait: labels.estimatedWait(waitMinutes(extras.estimatedWaitMinutes)),
    statusUrl: extras.statusUrl,
    qrCaption: labels.qrCaption,
    footer: labels.footer,
  };
}
