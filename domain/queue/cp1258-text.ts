/**
 * Vietnamese text in the shape Windows-1258 (the printers' WPC1258 code page) can hold: vowels
 * with their circumflex, breve or horn precomposed (â ê ô ă ơ ư đ), tone marks as separate
 * combining characters (the code page has no precomposed "ễ", but has "ê" and a combining tilde).
 */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

export function toCp1258Form(text: string): string {
  return text.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_whole, base: string, marks: string) => {
    const tones = [...marks].filter((mark) => TONE_MARKS.has(mark)).join('');
    const modifiers = [...marks].filter((mark) => !TONE_MARKS.has(mark)).join('');
    return `${(base + modifiers).normalize('NFC')}${tones}`;
  });
}
