import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ticketBytes } from '../../devices/printer/escpos-ticket.js';
import type { TicketSlip } from '../../domain/queue/ticket-slip.js';
import { toCp1258Form } from '../../domain/queue/cp1258-text.js';

const SLIP: TicketSlip = {
  servicePoint: 'Bộ phận Một cửa phường Cửa Nam',
  heading: 'SỐ THỨ TỰ',
  number: 'A001',
  service: 'Hộ tịch, chứng thực',
  counters: 'Mời đến quầy: 1, 2',
  issuedAt: 'Giờ lấy số: 08:05 23/11/2026',
  peopleAhead: 'Số người chờ trước: 0',
  footer: 'Xin vui lòng chờ gọi số',
};

const hex = (bytes: Iterable<number>) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');

describe('Vietnamese in the WPC1258 code page', () => {
  it.each(['Nguyễn Đức Ưng', 'Quầy số 1 hoặc 2', 'Bảo hiểm, chính sách xã hội', 'SỐ THỨ TỰ', 'Hồ Chí Minh'])(
    'prints %s so that the printer decodes it back exactly',
    (text) => {
      const bytes = iconv.encode(toCp1258Form(text), 'win1258');
      expect([...bytes]).not.toContain(0x3f); // no "?" for a missing letter
      expect(iconv.decode(bytes, 'win1258').normalize('NFC')).toBe(text);
    },
  );

  it('keeps tone marks as combining characters after the precomposed vowel', () => {
    // ễ = ê (0xEA) + combining tilde (0xDE); Đ = 0xD0; ư = 0xFD + acute (0xEC)
    expect(hex(iconv.encode(toCp1258Form('ễĐứ'), 'win1258'))).toBe('ea de d0 fd ec');
  });
});

describe('ticket bytes', () => {
  const bytes = ticketBytes(SLIP, { type: 'epson', width: 48 });

  it('selects the Vietnamese code page before any text (ESC t 52)', () => {
    expect(hex(bytes.subarray(0, 3))).toBe('1b 74 34');
  });

  it('holds every line of the slip, in the code page, and ends with a cut', () => {
    const decoded = iconv.decode(bytes, 'win1258').normalize('NFC');
    for (const text of Object.values(SLIP)) expect(decoded).toContain(text);
    expect([...bytes]).not.toContain(0x3f);
    // Full cut (GS V 0), then the printer is reset for the next job (ESC @).
    expect(hex(bytes.subarray(bytes.length - 5))).toBe('1d 56 00 1b 40');
    expect(bytes.indexOf(Buffer.from('1d5600', 'hex'))).toBeGreaterThan(bytes.indexOf(Buffer.from('Xin vui')));
  });

  it('prints the number four times as tall and wide (GS ! 0x33), then back to normal', () => {
    const number = bytes.indexOf(Buffer.from('A001'));
    expect(hex(bytes.subarray(number - 3, number))).toBe('1d 21 33');
    expect(bytes.indexOf(Buffer.from([0x1b, 0x21, 0x00]), number)).toBeGreaterThan(number);
  });

  it('is the same bytes every time (golden)', () => {
    expect(hex(ticketBytes(SLIP, { type: 'epson', width: 48 }))).toBe(hex(bytes));
    expect(hex(bytes)).toMatchSnapshot();
  });
});
