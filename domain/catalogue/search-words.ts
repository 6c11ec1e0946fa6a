/**
 * Words as the catalogue search compares them: what a citizen typed, with or without Vietnamese
 * marks, brought to one spelling.
 */

/** Lower case, no diacritics, đ → d, split on anything that is not a letter or digit. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** "ký" and "kí" are both correct spellings: y and i are one letter for matching. */
export function canonicalWord(foldedWord: string): string {
  return foldedWord.replace(/y/g, 'i');
}

const VOWEL = /[aeiouyw]/;

/**
 * What a folded word means if it was typed in Telex without a Vietnamese keyboard, marks folded
 * away: "ddaang" → "dang", "kys" → "ky", "thuwcj" → "thuc", "chuwngs" → "chung". Vietnamese
 * words have no f, j or z, and s, r, x only before the first vowel, so after it they are marks.
 */
export function decodeTelex(foldedWord: string): string {
  const firstVowel = foldedWord.search(VOWEL);
  if (firstVowel < 0) return foldedWord;
  const onset = foldedWord.slice(0, firstVowel).replace(/^dd/, 'd').replace(/[fjz]/g, '');
  const rest = foldedWord
    .slice(firstVowel)
    .replace(/[sfrxjz]/g, '')
    .replace(/([aou])w/g, '$1') // aw → ă, ow → ơ, uw → ư
    .replace(/w/g, 'u') // a lone w is ư
    .replace(/([aeo])\1/g, '$1'); // aa → â, ee → ê, oo → ô
  return onset + rest;
}
