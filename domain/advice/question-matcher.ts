/**
 * The kiosk's offline question answering: a question typed (or, later, spoken) is matched by
 * meaning against what the kiosk knows — the frequent questions and the catalogue's procedures —
 * tolerant of missing marks, Telex, word order, light typos and English.
 *
 * Each known entry is a bag of phrasings (how citizens ask it; a procedure's names and aliases).
 * A question's score for an entry is its weighted token overlap: the share of the question's
 * words (weighted by rarity, TF-IDF's idf) the entry holds, plus how much of one phrasing the
 * question spells out, plus a bonus for word pairs in the phrasing's order. The best entry
 * above a threshold answers; a tie between two entries, or nothing above it, is honestly unknown.
 * Words that ask *about* a procedure ("cần gì", "bao lâu", "lệ phí") say which part of the
 * procedure is wanted and do not count against it.
 */
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-schema.js';
import { editDistance } from '../catalogue/edit-distance.js';
import { decodeTelex } from '../catalogue/search-words.js';
import type { ProcedureAspect } from '../../bridge/contract.js';
import type { AdviceAnswer } from './advice-answer.js';
import type { FaqEntry } from './faq-schema.js';
import { questionWords } from './question-words.js';

/** Below this the question is not understood. */
export const ANSWER_THRESHOLD = 0.55;
/** Two different entries closer than this: the question is ambiguous ("đăng ký"), and a guess would mislead. */
const AMBIGUITY_MARGIN = 0.02;
const SHARE = { query: 0.65, phrase: 0.25, bigram: 0.1 } as const;
/** A question word the kiosk has never seen weighs as a fairly rare one: it asks for something else. */
const UNKNOWN_WORD_WEIGHT = 2;

/** The words (after question-words' synonyms) that ask about one part of a procedure. */
const ASPECT_WORDS: ReadonlyMap<string, ProcedureAspect> = new Map([
  ['documents', 'documents'],
  ['fee', 'fee'],
  ['duration', 'duration'],
  ['where', 'where'],
  ['counter', 'where'],
]);

interface Phrasing {
  words: string[];
  /** Neighbouring word pairs, "a b". */
  bigrams: Set<string>;
}
interface KnownEntry {
  answer: { kind: 'faq'; entry: ResolvedFaq } | { kind: 'procedure'; procedureId: string };
  phrasings: Phrasing[];
  words: Set<string>;
}
/** A frequent question with its answer already completed from the configuration. */
export interface ResolvedFaq {
  id: string;
  asked: FaqEntry['asked'];
  answer: LocalizedText;
}

export interface QuestionMatcher {
  answer(question: string): { answer: AdviceAnswer; score: number };
}

export function questionMatcher(faq: readonly ResolvedFaq[], catalogue: Catalogue): QuestionMatcher {
  const entries: KnownEntry[] = [
    ...faq.map((entry) => known({ kind: 'faq', entry }, [...entry.asked.vi, ...entry.asked.en])),
    ...catalogue.fields.flatMap((field) =>
      field.procedures.map((procedure) =>
        known({ kind: 'procedure', procedureId: procedure.id }, [
          procedure.name.vi,
          procedure.name.en,
          ...procedure.aliases.vi,
          ...procedure.aliases.en,
        ]),
      ),
    ),
  ];
  const frequency = new Map<string, number>();
  for (const entry of entries) for (const word of entry.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarity = new Map([...frequency].map(([word, count]) => [word, Math.log(1 + entries.length / count)]));

  return {
    answer(question) {
      const words = questionWords(question).map((word) => understood(word, rarity));
      const aspect = words.map((word) => ASPECT_WORDS.get(word)).find((found) => found !== undefined) ?? 'general';
      const scored = entries
        .map((entry) => ({ entry, score: scoreOf(entry, words, rarity) }))
        .sort((a, b) => b.score - a.score);
      const [best, runnerUp] = scored;
      if (best === undefined || best.score < ANSWER_THRESHOLD) return { answer: { kind: 'unknown' }, score: best?.score ?? 0 };
      if (runnerUp !== undefined && best.score - runnerUp.score < AMBIGUITY_MARGIN) return { answer: { kind: 'unknown' }, score: best.score };
      const { answer } = best.entry;
      return {
        score: best.score,
        answer:
          answer.kind === 'faq'
            ? { kind: 'faq', id: answer.entry.id, question: { vi: answer.entry.asked.vi[0] ?? '', en: answer.entry.asked.en[0] ?? '' }, answer: answer.entry.answer }
            : { kind: 'procedure', procedureId: answer.procedureId, aspect },
      };
    },
  };
}

function known(answer: KnownEntry['answer'], texts: readonly string[]): KnownEntry {
  const phrasings = texts
    .map((text) => questionWords(text))
    .filter((words) => words.length > 0)
    .map((words) => ({ words, bigrams: bigramsOf(words) }));
  return { answer, phrasings, words: new Set(phrasings.flatMap((phrasing) => phrasing.words)) };
}

function bigramsOf(words: readonly string[]): Set<string> {
  return new Set(words.slice(1).map((word, index) => `${words[index]} ${word}`));
}

/**
 * The known word a typed one stands for: itself, its Telex reading ("khais" → "khai"), or a
 * word one slip away ("khia" → "khai"); as typed when nothing fits.
 */
function understood(word: string, rarity: ReadonlyMap<string, number>): string {
  if (rarity.has(word)) return word;
  const telex = decodeTelex(word);
  if (rarity.has(telex)) return telex;
  if (word.length < 4) return word;
  for (const candidate of rarity.keys()) {
    if (Math.abs(candidate.length - word.length) <= 1 && candidate.length >= 4 && editDistance(word, candidate, 1) <= 1) return candidate;
  }
  return word;
}

function scoreOf(entry: KnownEntry, questionWordsFound: readonly string[], rarity: ReadonlyMap<string, number>): number {
  // Asking about a procedure's fee or documents is not asking about something else.
  const words = entry.answer.kind === 'procedure' ? questionWordsFound.filter((word) => !ASPECT_WORDS.has(word)) : questionWordsFound;
  if (words.length === 0) return 0;
  let covered = 0;
  let total = 0;
  for (const word of words) {
    const weight = rarity.get(word) ?? UNKNOWN_WORD_WEIGHT;
    total += weight;
    if (entry.words.has(word)) covered += weight;
  }
  const asked = new Set(words);
  const questionBigrams = bigramsOf(words);
  let phrase = 0;
  let bigram = 0;
  for (const phrasing of entry.phrasings) {
    phrase = Math.max(phrase, phrasing.words.filter((word) => asked.has(word)).length / phrasing.words.length);
    if (questionBigrams.size > 0) bigram = Math.max(bigram, [...questionBigrams].filter((pair) => phrasing.bigrams.has(pair)).length / questionBigrams.size);
  }
  return SHARE.query * (covered / total) + SHARE.phrase * phrase + SHARE.bigram * bigram;
}
