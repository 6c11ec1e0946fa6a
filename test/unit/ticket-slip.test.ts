import { describe, expect, it } from 'vitest';
import type { ServiceGroup } from '../../domain/config/schema.js';
import { ticketSlip } from '../../domain/queue/ticket-slip.js';
import type { PriorityGroupId } from '../../domain/queue/priority.js';
import type { IssuedTicket } from '../../domain/queue/ticket.js';

const TICKET: IssuedTicket & { priority: PriorityGroupId | null } = {
  id: 7,
  number: 'A007',
  serviceId: 'civil-status',
  prefix: 'A',
  sequence: 7,
  serviceDay: '2026-11-23',
  // 08:05 in Hà Nội
  issuedAt: '2026-11-23T01:05:00.000Z',
  peopleAhead: 3,
  priority: null,
};
const GROUP: ServiceGroup = { id: 'civil-status', prefix: 'A', name: { vi: 'Hộ tịch, chứng thực', en: 'Civil status' }, counters: [1, 2] };
const PLACE = { servicePointName: { vi: 'Bộ phận Một cửa phường Cửa Nam', en: 'Cua Nam ward one-stop desk' }, timeZone: 'Asia/Ho_Chi_Minh' };
const EXTRAS = { statusUrl: 'https://motcua.example/t/A007', estimatedWaitMinutes: 15, reprint: false };

describe('ticketSlip', () => {
  it('words every line in Vietnamese', () => {
    expect(ticketSlip(TICKET, GROUP, 'vi', PLACE, EXTRAS)).toEqual({
      servicePoint: 'Bộ phận Một cửa phường Cửa Nam',
      reprint: null,
      heading: 'SỐ THỨ TỰ',
      number: 'A007',
      priority: null,
      service: 'Hộ tịch, chứng thực',
      counters: 'Mời đến quầy: 1, 2',
      issuedAt: 'Giờ lấy số: 08:05 23/11/2026',
      peopleAhead: 'Số người chờ trước: 3',
      estimatedWait: 'Thời gian chờ dự kiến: khoảng 15 phút',
      statusUrl: 'https://motcua.example/t/A007',
      qrCaption: 'Quét mã để xem lượt của bạn',
      footer: 'Xin vui lòng chờ gọi số',
    });
  });

  it('words every line in English', () => {
    expect(ticketSlip(TICKET, GROUP, 'en', PLACE, EXTRAS)).toMatchObject({
      servicePoint: 'Cua Nam ward one-stop desk',
      heading: 'YOUR NUMBER',
      service: 'Civil status',
      counters: 'Please go to counter: 1, 2',
      issuedAt: 'Issued at: 08:05 23/11/2026',
      peopleAhead: 'People ahead of you: 3',
      estimatedWait: 'Estimated wait: about 15 min',
      qrCaption: 'Scan to follow your turn',
    });
  });

  it('marks a priority ticket beside its number, in both languages, and only a priority ticket', () => {
    const elderly = { ...TICKET, priority: 'elderly' as const };
    expect(ticketSlip(elderly, GROUP, 'vi', PLACE, EXTRAS).priority).toBe('ƯU TIÊN');
    expect(ticketSlip(elderly, GROUP, 'en', PLACE, EXTRAS).priority).toBe('PRIORITY');
    expect(ticketSlip(TICKET, GROUP, 'vi', PLACE, EXTRAS).priority).toBeNull();
  });

  it('marks a reprint, in both languages', () => {
    expect(ticketSlip(TICKET, GROUP, 'vi', PLACE, { ...EXTRAS, reprint: true }).reprint).toBe('BẢN IN LẠI - REPRINT');
    expect(ticketSlip(TICKET, GROUP, 'en', PLACE, { ...EXTRAS, reprint: true }).reprint).toBe('REPRINT');
  });

  it.each([
    [null, 'Thời gian chờ dự kiến: đang cập nhật', 'Estimated wait: not known yet'],
    [Number.NaN, 'Thời gian chờ dự kiến: đang cập nhật', 'Estimated wait: not known yet'],
    [0, 'Ông/bà là người tiếp theo', 'You are next in line'],
    [0.4, 'Ông/bà là người tiếp theo', 'You are next in line'],
    [7.6, 'Thời gian chờ dự kiến: khoảng 8 phút', 'Estimated wait: about 8 min'],
  ])('says honestly what it knows of the wait (%s minutes)', (minutes, vi, en) => {
    expect(ticketSlip(TICKET, GROUP, 'vi', PLACE, { ...EXTRAS, estimatedWaitMinutes: minutes }).estimatedWait).toBe(vi);
    expect(ticketSlip(TICKET, GROUP, 'en', PLACE, { ...EXTRAS, estimatedWaitMinutes: minutes }).estimatedWait).toBe(en);
  });
});
