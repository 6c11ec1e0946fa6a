/**
 * The export's rows: one per rating of the range, with the ticket's number and the queue's times,
 * in the columns both the CSV and the XLSX files use. Headers are Vietnamese with English; the cells
 * use Vietnamese names. Nothing about the citizen: there is nothing to put.
 */
import type { RatingChannel } from '../../bridge/satisfaction-poll.js';
import { CRITERIA, LOW_SCORE_REASONS } from '../../bridge/satisfaction-poll.js';
import type { StoredRating } from './rating-store.js';
import type { StatisticsNames } from './statistics-names.js';
import { type ServedTicket, serviceMinutes, waitMinutes } from './statistics-tickets.js';

export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  /** Characters wide in the spreadsheet. */
  width: number;
  value(rating: StoredRating, ticket: ServedTicket | undefined, names: StatisticsNames): Cell;
}

const CHANNEL_NAMES: Record<RatingChannel, string> = {
  kiosk: 'Ki-ốt',
  counterTablet: 'Máy tính bảng tại quầy',
  keypad: 'Bàn phím tại quầy',
  phone: 'Điện thoại',
};

const reasonNames = new Map<string, string>(LOW_SCORE_REASONS.map((reason) => [reason.id, reason.label.vi]));

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Ngày (Day)', width: 12, value: (rating) => rating.serviceDay },
  { header: 'Giờ (Time)', width: 8, value: (rating, _ticket, names) => names.localTime(rating.at) },
  { header: 'Số thứ tự (Ticket)', width: 10, value: (_rating, ticket) => ticket?.number ?? null },
  { header: 'Quầy (Counter)', width: 8, value: (rating) => rating.counter },
  { header: 'Nhóm dịch vụ (Service group)', width: 28, value: (rating, _ticket, names) => names.group(rating.serviceId).vi },
  { header: 'Thủ tục (Procedure)', width: 36, value: (rating, _ticket, names) => names.procedure(rating.procedureId).vi },
  { header: 'Kênh (Channel)', width: 14, value: (rating) => CHANNEL_NAMES[rating.channel] },
  { header: 'Mức hài lòng chung (Overall)', width: 10, value: (rating) => rating.overall },
  ...CRITERIA.map(
    (criterion): ExportColumn => ({
      header: `${criterion.label.vi} (${criterion.label.en})`,
      width: 14,
      value: (rating) => rating.criteria[criterion.id] ?? null,
    }),
  ),
  { header: 'Lý do chưa hài lòng (Reasons)', width: 36, value: (rating) => rating.reasons.map((id) => reasonNames.get(id) ?? id).join('; ') },
  { header: 'Góp ý (Comment)', width: 48, value: (rating) => rating.comment },
  { header: 'Thời gian chờ, phút (Waiting minutes)', width: 12, value: (_rating, ticket) => minutes(ticket && waitMinutes(ticket)) },
  { header: 'Thời gian phục vụ, phút (Service minutes)', width: 12, value: (_rating, ticket) => minutes(ticket && serviceMinutes(ticket)) },
];

/** The cells of every rating, oldest first, in EXPORT_COLUMNS' order. */
export function exportRows(ratings: readonly StoredRating[], tickets: readonly ServedTicket[], names: StatisticsNames): Cell[][] {
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  return ratings.map((rating) => EXPORT_COLUMNS.map((column) => column.value(rating, byId.get(rating.ticketId), names)));
}

/** One decimal is as fine as a queue's minutes are worth. */
function minutes(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 10) / 10;
}
