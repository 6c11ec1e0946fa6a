/**
 * The test page, laid out: who printed it and with which settings, every Vietnamese letter with
 * every tone (what a code page or a font must hold), the three text sizes, a QR code and a ruler
 * of the paper width.
 */
import { type Block, RULE, text } from './escpos-layout.js';
import type { TestPage } from './print-job.js';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Level, grave, hook above, tilde, acute, dot below: the six tones, as combining marks. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** The small letters, one group per vowel ("aàảãáạ"), then "đ". */
export const VIETNAMESE_SMALL_LETTERS = [...VOWELS.map((vowel) => TONES.map((tone) => `${vowel}${tone}`.normalize('NFC')).join('')), 'đ'].join(' ');
export const VIETNAMESE_CAPITALS = VIETNAMESE_SMALL_LETTERS.toUpperCase();

export function testPageLayout(page: TestPage): Block[] {
  return [
    text(page.servicePoint, { bold: true, align: 'center' }),
    RULE,
    text('TRANG IN THỬ - TEST PAGE', { bold: true, align: 'center' }),
    text(`Kiosk: ${page.kioskId}`),
    text(`Máy in / Printer: ${page.printer}`),
    text(`Giờ in / Printed: ${page.printedAt}`),
    RULE,
    text(VIETNAMESE_SMALL_LETTERS),
    text(VIETNAMESE_CAPITALS),
    RULE,
    text('Cỡ thường - Normal size'),
    text('Cỡ lớn - Large', { size: 'large' }),
    text('Ấ Ữ 123', { size: 'huge', bold: true }),
    RULE,
    // Scanning it shows the QR command works and says which kiosk printed the page.
    { kind: 'qr', data: `motcua-test-page:${encodeURIComponent(page.kioskId)}` },
    { kind: 'ruler' },
  ];
}
