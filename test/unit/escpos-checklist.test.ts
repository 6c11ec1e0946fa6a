import { describe, expect, it } from 'vitest';
import { type EscPosOptions, printJobBytes } from '../../devices/printer/escpos-job.js';
import type { DocumentsChecklist } from '../../devices/printer/print-job.js';
import { describeRaster, hex, qrPayloads, rasterImages, tcvn3Text, wpc1258Text } from './escpos-bytes.js';

const CHECKLIST: DocumentsChecklist = {
  servicePoint: 'Bộ phận Một cửa phường Cửa Nam',
  heading: 'GIẤY TỜ CẦN MANG',
  procedure: 'Đăng ký khai sinh',
  documents: [
    'Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp (bản chính)',
    'Căn cước của cha hoặc mẹ',
    'Giấy chứng nhận kết hôn của cha mẹ, nếu có',
  ],
  notes: ['Lệ phí: miễn phí', 'Thời hạn giải quyết: ngay trong ngày'],
  footer: 'Cảm ơn quý khách',
  portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
};
const checklistBytes = (checklist: DocumentsChecklist, options: EscPosOptions) => printJobBytes({ kind: 'checklist', checklist }, options);

/** The printed lines, with the style commands taken out (ESC t, ESC a, ESC E, GS !: three bytes each). */
const printedLines = (decoded: string) =>
  decoded.split('\n').map((line) => {
    let printed = '';
    for (let index = 0; index < line.length; index += 1) {
      if (line[index] === '\u001b' || line[index] === '\u001d') index += 2;
      else printed += line[index];
    }
    return printed;
  });

describe('documents checklist bytes', () => {
  it.each([
    ['wpc1258', wpc1258Text],
    ['tcvn3', tcvn3Text],
  ] as const)('in %s on 58 mm paper: numbers the documents and wraps them under their text, within 32 columns', async (text, decode) => {
    const lines = printedLines(decode(await checklistBytes(CHECKLIST, { type: 'epson', width: 32, text })));
    const first = lines.indexOf('1. Giấy chứng sinh do cơ sở y tế');
    expect(lines.slice(first, first + 5)).toEqual([
      '1. Giấy chứng sinh do cơ sở y tế',
      '   nơi trẻ sinh ra cấp (bản',
      '   chính)',
      '2. Căn cước của cha hoặc mẹ',
      '3. Giấy chứng nhận kết hôn của',
    ]);
    expect(lines).toContain('   cha mẹ, nếu có');
    // Every line but the one carrying the QR command and its URL.
    for (const line of lines.filter((line) => !line.includes('https:'))) expect([...line].length).toBeLessThanOrEqual(32);
  });

  it('prints the heading, procedure, notes and footer', async () => {
    const decoded = wpc1258Text(await checklistBytes(CHECKLIST, { type: 'epson', width: 48, text: 'wpc1258' }));
    for (const line of [CHECKLIST.heading, CHECKLIST.procedure, ...CHECKLIST.notes, CHECKLIST.footer]) expect(decoded).toContain(`${line}\n`);
  });

  it('prints the portal link as a QR code only when there is one', async () => {
    expect(qrPayloads(await checklistBytes(CHECKLIST, { type: 'epson', width: 48, text: 'raster' }), 'epson').map((qr) => qr.text)).toEqual([
      CHECKLIST.portalUrl,
    ]);
    expect(qrPayloads(await checklistBytes({ ...CHECKLIST, portalUrl: null }, { type: 'epson', width: 48, text: 'raster' }), 'epson')).toEqual([]);
  });

  it('in raster mode, wraps a long document onto more lines (34 dots each) to fit the paper', async () => {
    const options: EscPosOptions = { type: 'epson', width: 32, text: 'raster' };
    const height = async (documents: string[]) =>
      rasterImages(await checklistBytes({ ...CHECKLIST, documents, portalUrl: null }, options), 'epson').reduce((sum, image) => sum + image.heightDots, 0);
    const short = await height(['Căn cước']);
    expect(await height(['Căn cước của cha hoặc mẹ'])).toBe(short);
    expect(await height(['Giấy chứng nhận kết hôn của cha mẹ (bản sao có chứng thực), nếu cha mẹ đã đăng ký kết hôn'])).toBe(short + 3 * 34);
  });

  it.each<EscPosOptions>([
    { type: 'epson', width: 32, text: 'raster' },
    { type: 'star', width: 32, text: 'raster' },
    { type: 'epson', width: 32, text: 'wpc1258' },
    { type: 'epson', width: 32, text: 'tcvn3' },
  ])('$type $text: the same bytes every time (golden)', async (options) => {
    const bytes = await checklistBytes(CHECKLIST, options);
    expect(options.text === 'raster' ? describeRaster(bytes, options.type) : hex(bytes)).toMatchSnapshot();
  });
});
