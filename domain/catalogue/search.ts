/**
 * The citizen's search: a few words, typed (with or without marks, Telex, typos) or spoken, in
 * Vietnamese or English, ranked so the procedure they mean comes first. Names, aliases and the
 * field's name are searched; words rare in the catalogue ("tạm trú") count more than common ones
 * ("đăng ký").
 */
import type { Catalogue, CatalogueField, LocalizedText, Procedure } from './catalogue-schema.js';
import { editDistance } from './edit-distance.js';
import { canonicalWord, decodeTelex, foldWords } from './search-words.js';

export type SearchLocale = keyof LocalizedText;

export interface SearchResult {
  procedure: Procedure;
  field: CatalogueField;
  /** 0..1: how much of the query the procedure covers, and how much of its name the query covers. */
  score: number;
}

/** Below this a result is noise (a query matching nothing, or a single common word). */
export const MIN_SCORE = 0.35;

// The locale's own language first; aliases just below names; the field name only helps.
const WEIGHT = { name: 1, alias: 0.95, otherName: 0.9, otherAlias: 0.85, field: 0.6 } as const;
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'and', 'or', 'my', 'in', 'on', 'at', 'by', 'with', 'i', 'me', 'is']);
// A query word found nowhere weighs as much as a common catalogue word: it lowers the score
// (the query asks for something else) without drowning the words that did match.
const UNKNOWN_WORD_WEIGHT = 1;
const QUERY_SHARE = 0.75;

interface Phrase {
  words: string[];
  weight: number;
}
interface Entry {
  procedure: Procedure;
  field: CatalogueField;
  phrases: Phrase[];
  /** Each word of the phrases with the best weight it appears with. */
  words: Map<string, number>;
}
interface SearchIndex {
  entries: Entry[];
  /** Inverse document frequency of every word in the index. */
  rarity: Map<string, number>;
}

const indexes = new WeakMap<Catalogue, Map<SearchLocale, SearchIndex>>();

export function searchProcedures(catalogue: Catalogue, query: string, locale: SearchLocale, limit = 10): SearchResult[] {
  const index = indexFor(catalogue, locale);
  const queryWords = meaningfulWords(query).map((word) => [...new Set([canonicalWord(word), canonicalWord(decodeTelex(word))])]);
  if (queryWords.length === 0) return [];
  const matches = queryWords.map((variants) => matchVocabulary(variants, index.rarity));
  const results: SearchResult[] = [];
  for (const entry of index.entries) {
    const score = QUERY_SHARE * queryCoverage(entry, matches, index.rarity) + (1 - QUERY_SHARE) * phraseCoverage(entry, matches);
    if (score >= MIN_SCORE) results.push({ procedure: entry.procedure, field: entry.field, score });
  }
  // Stable: equal scores keep catalogue order, where the common procedure of a field comes first.
  return results.sort((a, b) => b.score - a.score).slice(0, limit);
}

function meaningfulWords(text: string): string[] {
  return foldWords(text).filter((word) => !STOP_WORDS.has(word));
}

/** How alike a query word and a catalogue word are: 1 equal, less for a prefix or a typo, 0 unrelated. */
function similarity(typed: string, known: string): number {
  if (typed === known) return 1;
  if (typed.length >= 3 && known.startsWith(typed)) return 0.8;
  const shorter = Math.min(typed.length, known.length);
  if (shorter >= 4 && editDistance(typed, known, 1) <= 1) return 0.75;
  if (shorter >= 7 && editDistance(typed, known, 2) <= 2) return 0.55;
  return 0;
}

/**
 * The catalogue words one query word (in all its readings) may stand for, with their similarity.
 * A word the catalogue knows is taken as typed: "thuc" must not also find "chuc" one edit away.
 */
function matchVocabulary(variants: string[], rarity: Map<string, number>): Map<string, number> {
  const exact = variants.filter((typed) => rarity.has(typed));
  if (exact.length > 0) return new Map(exact.map((typed) => [typed, 1]));
  const found = new Map<string, number>();
  for (const known of rarity.keys()) {
    const best = Math.max(...variants.map((typed) => similarity(typed, known)));
    if (best > 0) found.set(known, best);
  }
  return found;
}

/** Share of the query's weight the procedure answers. */
function queryCoverage(entry: Entry, matches: Map<string, number>[], rarity: Map<string, number>): number {
  let answered = 0;
  let total = 0;
  for (const match of matches) {
    let weight = UNKNOWN_WORD_WEIGHT;
    let bestSimilarity = 0;
    for (const [known, similar] of match) {
      if (similar > bestSimilarity) {
        bestSimilarity = similar;
        weight = rarity.get(known) ?? UNKNOWN_WORD_WEIGHT;
      }
    }
    let best = 0;
    for (const [known, similar] of match) best = Math.max(best, similar * (entry.words.get(known) ?? 0));
    answered += weight * best;
    total += weight;
  }
  return answered / total;
}

/** How fully the query spells out one of the procedure's names: the tie-breaker between near twins. */
function phraseCoverage(entry: Entry, matches: Map<string, number>[]): number {
  let best = 0;
  for (const phrase of entry.phrases) {
    let covered = 0;
    for (const word of phrase.words) covered += Math.max(0, ...matches.map((match) => match.get(word) ?? 0));
    best = Math.max(best, (phrase.weight * covered) / phrase.words.length);
  }
  return best;
}

function indexFor(catalogue: Catalogue, locale: SearchLocale): SearchIndex {
  let byLocale = indexes.get(catalogue);
  if (!byLocale) {
    byLocale = new Map();
    indexes.set(catalogue, byLocale);
  }
  let index = byLocale.get(locale);
  if (!index) {
    index = buildIndex(catalogue, locale);
    byLocale.set(locale, index);
  }
  return index;
}

function buildIndex(catalogue: Catalogue, locale: SearchLocale): SearchIndex {
  const other: SearchLocale = locale === 'vi' ? 'en' : 'vi';
  const phrase = (text: string, weight: number): Phrase => ({ words: meaningfulWords(text).map(canonicalWord), weight });
  const entries: Entry[] = catalogue.fields.flatMap((field) =>
    field.procedures.map((procedure) => {
      const phrases = [
        phrase(procedure.name[locale], WEIGHT.name),
        ...procedure.aliases[locale].map((alias) => phrase(alias, WEIGHT.alias)),
        phrase(procedure.name[other], WEIGHT.otherName),
        ...procedure.aliases[other].map((alias) => phrase(alias, WEIGHT.otherAlias)),
        phrase(field.name[locale], WEIGHT.field),
        phrase(field.name[other], WEIGHT.field),
      ].filter((candidate) => candidate.words.length > 0);
      const words = new Map<string, number>();
      for (const { words: phraseWords, weight } of phrases) {
        for (const word of phraseWords) words.set(word, Math.max(weight, words.get(word) ?? 0));
      }
      return { procedure, field, phrases, words };
    }),
  );
  const documentFrequency = new Map<string, number>();
  for (const entry of entries) for (const word of entry.words.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const rarity = new Map([...documentFrequency].map(([word, count]) => [word, Math.log(1 + entries.length / count)]));
  return { entries, rarity };
}
