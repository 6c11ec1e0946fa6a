/**
 * "Yes" or "no" in what a citizen said, Vietnamese or English, with or without tone marks (a
 * recogniser, or a citizen typing, may drop them). Pure: the words in, 'yes' | 'no' | null out.
 * Null when it is not an answer, is unsure, or says both, e.g. "có không?" (the Vietnamese
 * question frame "có … không", or the two choices read out).
 */
export type YesNo = 'yes' | 'no';

type Meaning = YesNo | 'polite' | 'unsure';

/**
 * Phrases as written, lower case. A word said with marks must match them ("cô ơi" is no "có");
 * a word without marks matches any marks ("co" is "có"). Longer phrases win over the words
 * inside them ("không cần" is a no, "có lẽ" is unsure, not a yes).
 */
const PHRASES: ReadonlyArray<readonly [string, Meaning]> = [
  // Vietnamese yes: có, đồng ý, được, ừ, ok (ô kê), đúng rồi, có chứ.
  ['có', 'yes'],
  ['có chứ', 'yes'],
  ['đồng ý', 'yes'],
  ['được', 'yes'],
  ['ừ', 'yes'],
  ['đúng rồi', 'yes'],
  ['ô kê', 'yes'],
  ['oke', 'yes'],
  // "Dạ", "vâng" open a polite answer of either kind ("dạ không" is a no): a yes only alone.
  ['dạ', 'polite'],
  ['vâng', 'polite'],
  ['dạ vâng', 'polite'],
  // Vietnamese no: không, thôi, không cần, khỏi, and a yes denied (không được, không đồng ý…).
  ['không', 'no'],
  ['thôi', 'no'],
  ['khỏi', 'no'],
  ['không cần', 'no'],
  ['khỏi cần', 'no'],
  ['chưa cần', 'no'],
  ['không có', 'no'],
  ['không được', 'no'],
  ['không đồng ý', 'no'],
  ['không phải', 'no'],
  // Not an answer: "không biết" (I don't know), "có lẽ" / "có thể" (maybe), "chưa chắc" (not sure).
  ['không biết', 'unsure'],
  ['chưa biết', 'unsure'],
  ['không chắc', 'unsure'],
  ['chưa chắc', 'unsure'],
  ['có lẽ', 'unsure'],
  ['có thể', 'unsure'],
  // English.
  ['yes', 'yes'],
  ['yeah', 'yes'],
  ['yep', 'yes'],
  ['yup', 'yes'],
  ['sure', 'yes'],
  ['ok', 'yes'],
  ['okay', 'yes'],
  ['of course', 'yes'],
  ['uh huh', 'yes'],
  ['no', 'no'],
  ['nope', 'no'],
  ['nah', 'no'],
  ['no thanks', 'no'],
  ['no thank you', 'no'],
  ['not now', 'no'],
  ['not really', 'no'],
  ['of course not', 'no'],
  ['not ok', 'no'],
  ['not okay', 'no'],
  ['not sure', 'unsure'],
  ['maybe', 'unsure'],
  ['dont know', 'unsure'],
];

interface Word {
  /** As said, lower case. */
  marked: string;
  /** Without tone marks or đ. */
  plain: string;
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

/** Lower case, apostrophes closed up ("don't" → "dont"), split into words, each also without marks. */
export function wordsOf(text: string): Word[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((marked) => ({ marked, plain: withoutMarks(marked) }));
}

/** Longest first, so a phrase wins over the words inside it. */
const KNOWN = PHRASES.map(([phrase, meaning]) => ({ words: wordsOf(phrase), meaning })).sort((a, b) => b.words.length - a.words.length);

function sameWord(said: Word, known: Word): boolean {
  return said.marked === said.plain ? said.plain === known.plain : said.marked === known.marked;
}

/** The meanings the words carry; other words ("cảm ơn", "please") carry none. */
function meanings(words: readonly Word[]): Meaning[] {
  const found: Meaning[] = [];
  let at = 0;
  while (at < words.length) {
    const match = KNOWN.find((known) => known.words.every((word, index) => {
      const said = words[at + index];
      return said !== undefined && sameWord(said, word);
    }));
    if (match !== undefined) found.push(match.meaning);
    at += match?.words.length ?? 1;
  }
  return found;
}

export function yesOrNo(text: string): YesNo | null {
  const said = meanings(wordsOf(text));
  if (said.includes('unsure')) return null;
  const answers = new Set(said.filter((meaning): meaning is YesNo => meaning === 'yes' || meaning === 'no'));
  if (answers.size === 1) return [...answers][0] ?? null;
  if (answers.size === 0 && said.includes('polite')) return 'yes';
  return null;
}
