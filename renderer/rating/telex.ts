/**
 * Telex, the way most Vietnamese type without a Vietnamese keyboard: plain letters that turn the
 * word being typed into Vietnamese. "aa" â, "ee" ê, "oo" ô, "aw" ă, "ow" ơ, "uw"/"w" ư, "dd" đ;
 * s f r x j add the sắc, huyền, hỏi, ngã, nặng marks and z removes one. Typing the same key again
 * undoes it ("ass" → "as"). The tone mark sits where Vietnamese spelling puts it ("hoàn", "người",
 * "quá"), and moves as the word grows. Only the last word of the text is ever changed.
 */

/** Each vowel with its five tone marks, in the order of TONE_KEYS (index 0: no mark). */
const TONED_VOWELS = ['aáàảãạ', 'ăắằẳẵặ', 'âấầẩẫậ', 'eéèẻẽẹ', 'êếềểễệ', 'iíìỉĩị', 'oóòỏõọ', 'ôốồổỗộ', 'ơớờởỡợ', 'uúùủũụ', 'ưứừửữự', 'yýỳỷỹỵ'];
/** The key for each tone, by its index in TONED_VOWELS' strings; z clears it. */
const TONE_KEYS = ['z', 's', 'f', 'r', 'x', 'j'];

/** What a vowel is made of: its base letter with hat or horn, and its tone. */
const VOWELS = new Map<string, { letter: string; tone: number }>(
  TONED_VOWELS.flatMap((forms) => [...forms].map((form, tone) => [form, { letter: forms.charAt(0), tone }] as const)),
);
const TONED = new Map(TONED_VOWELS.map((forms) => [forms.charAt(0), forms]));

/** The hat ("aa" â) and the horn or breve ("aw" ă) each key puts on a plain vowel. */
const HATS: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' };
const HORNS: Readonly<Record<string, string>> = { a: 'ă', o: 'ơ', u: 'ư' };
const PLAIN: Readonly<Record<string, string>> = { â: 'a', ê: 'e', ô: 'o', ă: 'a', ơ: 'o', ư: 'u' };

interface Letter {
  /** Lower case, without a tone mark. */
  base: string;
  upper: boolean;
}

function isVowel(base: string): boolean {
  return TONED.has(base);
}

function baseAt(letters: readonly Letter[], index: number): string {
  return letters[index]?.base ?? '';
}

function setBase(letters: Letter[], index: number, base: string): void {
  const letter = letters[index];
  if (letter !== undefined) letter.base = base;
}

function split(word: string): { letters: Letter[]; tone: number } {
  let tone = 0;
  const letters = [...word].map((character) => {
    const lower = character.toLowerCase();
    const vowel = VOWELS.get(lower);
    if (vowel !== undefined && vowel.tone > 0) tone = vowel.tone;
    return { base: vowel?.letter ?? lower, upper: lower !== character };
  });
  return { letters, tone };
}

/** The last run of vowels: where hats, horns and the tone go. `qu` and `gi` before a vowel are consonants. */
function vowelRun(letters: readonly Letter[]): { start: number; end: number } | null {
  let end = letters.length;
  while (end > 0 && !isVowel(baseAt(letters, end - 1))) end--;
  if (end === 0) return null;
  let start = end;
  while (start > 0 && isVowel(baseAt(letters, start - 1))) start--;
  const onset = letters.slice(0, start).map((letter) => letter.base).join('');
  const first = baseAt(letters, start);
  const glide = (onset.endsWith('q') && first === 'u') || (onset === 'g' && first === 'i');
  if (glide && end - start > 1) start++;
  return { start, end };
}

/** Where Vietnamese spelling puts the tone mark in this word (old style: "hòa", "thủy"). */
function toneIndex(letters: readonly Letter[]): number | null {
  const run = vowelRun(letters);
  if (run === null) return null;
  const { start, end } = run;
  for (let index = end - 1; index >= start; index--) if (baseAt(letters, index) in PLAIN) return index;
  const length = end - start;
  const closed = end < letters.length;
  if (length === 1) return start;
  if (closed) return end - 1;
  if (length === 3) return start + 1;
  return start;
}

function join(letters: readonly Letter[], tone: number): string {
  const at = tone > 0 ? toneIndex(letters) : null;
  return letters
    .map((letter, index) => {
      const character = index === at ? (TONED.get(letter.base)?.charAt(tone) ?? letter.base) : letter.base;
      return letter.upper ? character.toUpperCase() : character;
    })
    .join('');
}

type Marked = 'marked' | 'undone' | 'none';

/** "w": a horn on "uo" together, else a horn or breve on the last vowel that takes one. */
function horn(letters: Letter[], run: { start: number; end: number }): Marked {
  for (let index = run.start; index < run.end - 1; index++) {
    const pair = baseAt(letters, index) + baseAt(letters, index + 1);
    if (pair === 'uo' || pair === 'uơ' || pair === 'ưo') {
      setBase(letters, index, 'ư');
      setBase(letters, index + 1, 'ơ');
      return 'marked';
    }
  }
  for (let index = run.end - 1; index >= run.start; index--) {
    const base = baseAt(letters, index);
    const horned = HORNS[base];
    if (horned !== undefined) {
      setBase(letters, index, horned);
      return 'marked';
    }
    if (base === 'ă' || base === 'ơ' || base === 'ư') {
      setBase(letters, index, PLAIN[base] ?? base);
      return 'undone';
    }
  }
  return 'none';
}

/** "aa", "ee", "oo": a hat on the last vowel of that letter ("ă" + "a" becomes "â" too). */
function hat(letters: Letter[], run: { start: number; end: number }, key: string): Marked {
  for (let index = run.end - 1; index >= run.start; index--) {
    const base = baseAt(letters, index);
    if (base !== key && PLAIN[base] !== key) continue;
    if (base === HATS[key]) {
      setBase(letters, index, key);
      return 'undone';
    }
    setBase(letters, index, HATS[key] ?? base);
    return 'marked';
  }
  return 'none';
}

function typeInWord(word: string, key: string): string {
  const { letters, tone } = split(word);
  const lowerKey = key.toLowerCase();
  const upper = lowerKey !== key;
  const append = (nextTone: number, base = lowerKey) => join([...letters, { base, upper }], nextTone);

  const toneKey = TONE_KEYS.indexOf(lowerKey);
  if (toneKey >= 0 && toneIndex(letters) !== null) {
    if (toneKey === 0) return tone === 0 ? append(0) : join(letters, 0);
    return tone === toneKey ? append(0) : join(letters, toneKey);
  }
  const run = vowelRun(letters);
  if (lowerKey === 'w' || lowerKey in HATS) {
    const marked = run === null ? 'none' : lowerKey === 'w' ? horn(letters, run) : hat(letters, run, lowerKey);
    if (marked === 'marked') return join(letters, tone);
    if (marked === 'undone') return append(tone);
    // A "w" with nothing to put a horn on is "ư" itself ("nhw" → "như").
    if (lowerKey === 'w') return append(tone, 'ư');
  }
  const last = letters.length - 1;
  if (lowerKey === 'd' && baseAt(letters, last) === 'd') {
    setBase(letters, last, 'đ');
    return join(letters, tone);
  }
  if (lowerKey === 'd' && baseAt(letters, last) === 'đ') {
    setBase(letters, last, 'd');
    return append(tone);
  }
  return append(tone);
}

/** The text after one more key is typed on a Telex keyboard. */
export function typeTelex(text: string, key: string): string {
  if (!/^[a-z]$/i.test(key)) return text + key;
  const wordStart = text.search(/\S*$/);
  return text.slice(0, wordStart) + typeInWord(text.slice(wordStart), key);
}

/** A whole run of keys typed one after the other, e.g. "tieengs vieetj" → "tiếng việt". */
export function typeTelexKeys(text: string, keys: string): string {
  return [...keys].reduce(typeTelex, text);
}
