import { describe, expect, it } from 'vitest';
import { type EscPosOptions, printJobBytes } from '../../devices/printer/escpos-job.js';
import { VIETNAMESE_CAPITALS, VIETNAMESE_SMALL_LETTERS } from '../../devices/printer/escpos-test-page.js';
import type { TestPage } from '../../devices/printer/print-job.js';
import { describeRaster, hex, qrPayloads, rasterImages, tcvn3Text, wpc1258Text } from './escpos-bytes.js';

const PAGE: TestPage = {
  servicePoint: 'Bộ phận Một cửa phường Cửa Nam',
  kioskId: 'phuong-cua-nam-1',
  printer: 'tcp://10.0.0.7:9100 (epson, wpc1258)',
  printedAt: '08:05 23/11/2026',
};
const testPage = (options: EscPosOptions) => printJobBytes({ kind: 'testPage', page: PAGE }, options);

describe('test page bytes', () => {
  it('holds every Vietnamese letter with every tone, small and capital', () => {
    expect(VIETNAMESE_SMALL_LETTERS).toBe(
      'aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ',
    );
    expect(VIETNAMESE_CAPITALS).toBe('AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ UÙỦŨÚỤ ƯỪỬỮỨỰ YỲỶỸÝỴ Đ');
  });

  it.each([
    ['wpc1258', wpc1258Text],
    ['tcvn3', tcvn3Text],
  ] as const)('in %s: the page identifies itself and every letter decodes back exactly', async (text, decode) => {
    const decoded = decode(await testPage({ type: 'epson', width: 48, text }));
    for (const line of [PAGE.servicePoint, `Kiosk: ${PAGE.kioskId}`, `Giờ in / Printed: ${PAGE.printedAt}`]) expect(decoded).toContain(`${line}\n`);
    // The letter lines wrap at 48 columns, between vowel groups.
    for (const group of `${VIETNAMESE_SMALL_LETTERS} ${VIETNAMESE_CAPITALS}`.split(' ')) expect(decoded).toContain(group);
  });

  it('prints the three sizes: normal, double (GS ! 0x11), four times (GS ! 0x33)', async () => {
    const decoded = wpc1258Text(await testPage({ type: 'epson', width: 48, text: 'wpc1258' }));
    // Normal: no size command between the alignment (ESC a 0) and the text.
    expect(decoded).toContain('\x1ba\x00Cỡ thường - Normal size\n');
    expect(decoded).toContain('\x1d!\x11Cỡ lớn - Large\n');
    expect(decoded).toContain('\x1d!\x33Ấ Ữ 123\n');
  });

  it.each([48, 32])('prints a ruler of exactly the configured %i columns', async (width) => {
    const decoded = wpc1258Text(await testPage({ type: 'epson', width, text: 'wpc1258' }));
    const digits = Array.from({ length: width }, (_, index) => (index + 1) % 10).join('');
    expect(decoded).toContain(`${digits}\n`);
    expect(decoded).not.toContain(`${digits}1`);
  });

  it('prints a QR code naming the kiosk', async () => {
    const bytes = await testPage({ type: 'epson', width: 48, text: 'raster' });
    expect(qrPayloads(bytes, 'epson').map((qr) => qr.text)).toEqual(['motcua-test-page:phuong-cua-nam-1']);
  });

  it('in raster mode, the ruler is an image as wide as the paper', async () => {
    const images = rasterImages(await testPage({ type: 'epson', width: 32, text: 'raster' }), 'epson');
    expect(images.at(-1)).toMatchObject({ widthDots: 384, heightDots: 24 });
  });

  it.each<EscPosOptions>([
    { type: 'epson', width: 48, text: 'raster' },
    { type: 'star', width: 48, text: 'raster' },
    { type: 'epson', width: 48, text: 'wpc1258' },
    { type: 'epson', width: 48, text: 'tcvn3' },
  ])('$type $text: the same bytes every time (golden)', async (options) => {
    const bytes = await testPage(options);
    expect(options.text === 'raster' ? describeRaster(bytes, options.type) : hex(bytes)).toMatchSnapshot();
  });
});
